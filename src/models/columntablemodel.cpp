// SPDX-License-Identifier: GPL-3.0-or-later
#include "columntablemodel.h"

#include "modelroles.h"

#include <QDateTime>
#include <QLocale>
#include <QTextDocument>

namespace {
// Cells longer than this show their whole text in a tool tip.
constexpr int LongCell = 40;
const QString Missing = QStringLiteral("—");
// Longer text is cut for display: laying out a megabyte on every paint would freeze the table.
constexpr int MaxDisplayChars = 1000;

bool isHiddenControl(char16_t u)
{
    return u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0);
}

bool isBidiControl(char16_t u)
{
    return (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x200e || u == 0x200f
        || u == 0x061c;
}

// What a cell shows of a server's text: control characters become a visible U+FFFD, bidirectional
// controls are dropped (an override can make "exe.evil" read "live.exe"), very long text is cut
// with an ellipsis. Raw, filter and export values stay exactly as the server sent them.
QString displaySafe(const QString &text)
{
    bool clean = text.size() <= MaxDisplayChars;
    for (qsizetype i = 0; clean && i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        clean = !isHiddenControl(u) && !isBidiControl(u);
    }
    if (clean)
        return text;
    QString shown;
    shown.reserve(std::min<qsizetype>(text.size(), MaxDisplayChars + 1));
    for (const QChar c : text) {
        if (shown.size() >= MaxDisplayChars) {
            shown += QChar(0x2026);
            break;
        }
        if (isBidiControl(c.unicode()))
            continue;
        shown += isHiddenControl(c.unicode()) ? QChar(QChar::ReplacementCharacter) : c;
    }
    return shown;
}
} // namespace

QModelIndex ColumnTableModel::index(int row, int column, const QModelIndex &parent) const
{
    // A proxy's sort asks for two indexes a comparison (some 3.4 million for 100 000 rows):
    // the same answer as QAbstractTableModel's, with one bounds check instead of hasIndex().
    if (parent.isValid() || row < 0 || column < 0 || column >= m_columns.size() || row >= rowCount())
        return {};
    return createIndex(row, column);
}

int ColumnTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString ColumnTableModel::displayText(int, const QString &raw) const
{
    return raw;
}

QVariant ColumnTableModel::data(const QModelIndex &index, int role) const
{
    // Widgets do ask with an invalid index (QComboBox::itemIcon(-1) with no current item): no warning for that.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Column &column = m_columns.at(index.column());
    switch (role) {
    // An editable QComboBox and QCompleter read EditRole: they get the display text.
    case Qt::EditRole:
    case Qt::DisplayRole: {
        const QVariant raw = rawValue(index.row(), index.column());
        if (column.isTime && !raw.isValid())
            return Missing; // a time the listing does not give
        if (column.isTime)
            return QLocale().toString(QDateTime::fromSecsSinceEpoch(raw.toLongLong()), QLocale::ShortFormat);
        const QString text = raw.toString();
        return text.isNull() ? Missing : displaySafe(displayText(index.column(), text));
    }
    case Qt::ToolTipRole: {
        if (column.isTime && !rawValue(index.row(), index.column()).isValid())
            return {};
        if (column.isTime) {
            const QDateTime when = QDateTime::fromSecsSinceEpoch(rawValue(index.row(), index.column()).toLongLong());
            return QLocale().toString(when, QLocale::LongFormat);
        }
        const QString text = rawValue(index.row(), index.column()).toString();
        if (text.size() <= LongCell)
            return {};
        // Plain text: a name like "<b>x</b>" must never render as markup.
        return Qt::convertFromPlainText(displaySafe(text), Qt::WhiteSpaceNormal);
    }
    case ModelRoles::RawRole:
        return rawValue(index.row(), index.column());
    case ModelRoles::ExportRole: {
        const QVariant raw = rawValue(index.row(), index.column());
        if (column.isTime && !raw.isValid())
            return QString(QLatin1String(""));
        if (column.isTime)
            return QDateTime::fromSecsSinceEpoch(raw.toLongLong(), Qt::UTC).toString(Qt::ISODate);
        const QString text = raw.toString();
        return text.isNull() ? QString(QLatin1String("")) : text;
    }
    case ModelRoles::FilterRole:
        if (!m_searchColumns.contains(index.column()))
            return {};
        return rawValue(index.row(), index.column());
    default:
        return {};
    }
}

void ColumnTableModel::setColumns(QVector<Column> columns)
{
    m_columns = std::move(columns);
    m_searchColumns.clear();
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).searchable && !m_columns.at(i).isTime)
            m_searchColumns.append(i);
    }
}

QVariant ColumnTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const Column &column = m_columns.at(section);
    switch (role) {
    case Qt::DisplayRole: return column.title;
    case Qt::ToolTipRole: return column.toolTip;
    case ModelRoles::FieldNameRole: return column.fieldName;
    default: return {};
    }
}

int ColumnTableModel::columnForField(const QString &fieldName) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).fieldName.compare(fieldName, Qt::CaseInsensitive) == 0
            || m_columns.at(i).title.compare(fieldName, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}
