// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listpage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVector>

#include <any>
#include <optional>

// A page's items read as `Record`s (ProjectUser, Group, ...) with Record::fromJson, and how many
// could not be read. reader() is the item reader that builds one on the thread that parses the
// page (PageFetch::setItemReader); listings hand it on as their pages' readItems.
template<typename Record>
struct RecordPage
{
    QVector<Record> records;
    int unreadable = 0;

    static RecordPage read(const QJsonArray &items)
    {
        RecordPage page;
        page.records.reserve(items.size());
        for (const QJsonValue &item : items) {
            if (std::optional<Record> record = Record::fromJson(item.toObject()))
                page.records.append(std::move(*record));
            else
                ++page.unreadable;
        }
        return page;
    }
    static ListPage::ItemReader reader()
    {
        return [](const QJsonArray &items) { return std::any(read(items)); };
    }
    // The page a listing reported, or nothing when `readItems` holds no page of `Record`s.
    static const RecordPage *of(const std::any &readItems) { return std::any_cast<RecordPage>(&readItems); }
};
