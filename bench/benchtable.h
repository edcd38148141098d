// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

// The figures of one run, printed as a table: figure | value | target | result.
class BenchTable
{
public:
    enum class Result { Pass, Fail, Info };

    void add(const QString &figure, const QString &value, const QString &target, Result result);
    void addInfo(const QString &figure, const QString &value) { add(figure, value, QString(), Result::Info); }
    void print() const;
    // "N of M targets met".
    QString summary() const;

    // The machine the figures come from: cores and CPU model.
    static QString machine();

private:
    struct Row
    {
        QString figure;
        QString value;
        QString target;
        Result result;
    };
    QVector<Row> m_rows;
};
