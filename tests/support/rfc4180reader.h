// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An RFC 4180 reader for tests, written apart from the writer (src/export/csvwriter.cpp)
// so that a mistake in one is not repeated in the other. Strict: a line end other than the
// expected one, a quote inside a bare field or text after a closing quote is an error.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

struct Rfc4180Reader
{
    char separator = ',';
    QByteArray lineEnd = "\r\n";

    QVector<QStringList> records;
    QString error;

    bool read(const QByteArray &bytes)
    {
        enum class State { FieldStart, Bare, Quoted, QuoteInQuoted };
        records.clear();
        error.clear();
        State state = State::FieldStart;
        QByteArray field;
        QStringList record;
        const auto endField = [&] {
            record << QString::fromUtf8(field);
            field.clear();
        };
        const auto endRecord = [&] {
            endField();
            records << record;
            record.clear();
        };
        qsizetype i = 0;
        const auto atLineEnd = [&] { return bytes.mid(i, lineEnd.size()) == lineEnd; };
        while (i < bytes.size()) {
            const char c = bytes.at(i);
            switch (state) {
            case State::FieldStart:
            case State::Bare:
                if (c == separator) {
                    endField();
                    state = State::FieldStart;
                } else if (atLineEnd()) {
                    endRecord();
                    state = State::FieldStart;
                    i += lineEnd.size();
                    continue;
                } else if (c == '\r' || c == '\n') {
                    return fail(QStringLiteral("bare CR or LF at byte %1").arg(i));
                } else if (c == '"') {
                    if (state == State::Bare)
                        return fail(QStringLiteral("quote inside a bare field at byte %1").arg(i));
                    state = State::Quoted;
                } else {
                    field += c;
                    state = State::Bare;
                }
                break;
            case State::Quoted:
                if (c == '"')
                    state = State::QuoteInQuoted;
                else
                    field += c;
                break;
            case State::QuoteInQuoted:
                if (c == '"') {
                    field += '"';
                    state = State::Quoted;
                } else if (c == separator) {
                    endField();
                    state = State::FieldStart;
                } else if (atLineEnd()) {
                    endRecord();
                    state = State::FieldStart;
                    i += lineEnd.size();
                    continue;
                } else {
                    return fail(QStringLiteral("text after a closing quote at byte %1").arg(i));
                }
                break;
            }
            ++i;
        }
        if (state == State::Quoted)
            return fail(QStringLiteral("a quoted field never closes"));
        if (state != State::FieldStart || !field.isEmpty() || !record.isEmpty())
            return fail(QStringLiteral("the last record has no line end"));
        return true;
    }

    bool fail(const QString &why)
    {
        error = why;
        return false;
    }
};
