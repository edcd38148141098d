// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/columntablemodel.h"
#include "models/tablefilterproxymodel.h"

#include <QStringList>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// The bar above a table: a search field (debounced, Esc clears), a category filter
// (role or group type), the pattern syntax, and "Load all" with its progress and Cancel.
// It only reports what the user asked for; the tab applies it.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    // One entry of the category combo, as the table's model offers them.
    using Category = ColumnTableModel::Category;

    FilterBar(const QString &searchPlaceholder, const QVector<Category> &categories, QWidget *parent = nullptr);

    QString filterText() const;
    // Sets the text and reports it at once, without the typing delay.
    void setFilterText(const QString &text);
    Category category() const;
    TableFilterProxyModel::Syntax syntax() const;
    void focusSearch();
    QLineEdit *searchField() const { return m_search; }

    void setLoadAllVisible(bool visible);
    void setLoadingAll(bool loading);
    void setLoadAllProgress(const QString &text);
    void setPatternError(const QString &error);

Q_SIGNALS:
    void filterTextChanged(const QString &text);
    void categoryChanged();
    void syntaxChanged(TableFilterProxyModel::Syntax syntax);
    void loadAllRequested();
    void cancelLoadAllRequested();

private:
    QLineEdit *m_search;        // owned by the layout
    QComboBox *m_category;      // owned by the layout
    QComboBox *m_syntax;        // owned by the layout
    QPushButton *m_loadAll;     // owned by the layout
    QProgressBar *m_progress;   // owned by the layout
    QLabel *m_progressText;     // owned by the layout
    QPushButton *m_cancel;      // owned by the layout
    QVector<Category> m_categories;
    QTimer m_debounce;
};
