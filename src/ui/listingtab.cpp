// SPDX-License-Identifier: GPL-3.0-or-later
#include "listingtab.h"

#include "errorbanner.h"
#include "listingtableview.h"
#include "models/pagedtablemodel.h"
#include "models/tablefilterproxymodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

ListingTab::ListingTab(PagedTableModel *model, const Kind &kind, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new TableFilterProxyModel(this)), m_kind(kind),
      m_filterBar(new FilterBar(tr("Filter %1 (Ctrl+F)").arg(kind.plural), model->categories(), this)),
      m_banner(new ErrorBanner(this)), m_note(new QLabel(this)), m_busy(new QProgressBar(this)),
      m_view(new ListingTableView(this)), m_empty(new QLabel)
{
    m_model->setParent(this);
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    // A screen reader says the table's name, then each cell with its column's title.
    m_view->setAccessibleName(kind.title);
    m_view->setAccessibleDescription(tr("The %1 listed; more pages load as you scroll").arg(kind.plural));

    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::RichText);
    m_note->hide();
    connect(m_note, &QLabel::linkActivated, this, [this] { loadAll(); });

    // A thin indeterminate bar: as tall as a third of a line of text.
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(qMax(2, fontMetrics().height() / 3));
    m_busy->setAccessibleName(tr("Loading"));
    QSizePolicy busyPolicy = m_busy->sizePolicy();
    busyPolicy.setRetainSizeWhenHidden(true); // the table does not jump when loading stops
    m_busy->setSizePolicy(busyPolicy);
    m_busy->hide();

    // The empty-state text sits in the middle of the table area; the header stays.
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    auto *emptyLayout = new QVBoxLayout(m_view->viewport());
    emptyLayout->addWidget(m_empty, 0, Qt::AlignCenter);
    m_empty->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_note);
    layout->addWidget(m_busy);
    layout->addWidget(m_view, 1);
    layout->setSpacing(layout->spacing() / 2);

    connect(m_filterBar, &FilterBar::filterTextChanged, m_proxy, &TableFilterProxyModel::setFilterText);
    connect(m_filterBar, &FilterBar::syntaxChanged, m_proxy, &TableFilterProxyModel::setFilterSyntax);
    connect(m_filterBar, &FilterBar::categoryChanged, this, &ListingTab::applyCategory);
    connect(m_filterBar, &FilterBar::loadAllRequested, this, &ListingTab::loadAll);
    connect(m_filterBar, &FilterBar::cancelLoadAllRequested, this, &ListingTab::cancelLoadAll);
    connect(m_banner, &ErrorBanner::retryRequested, this, [this] {
        m_banner->hide();
        m_model->retry();
    });
    connect(m_banner, &ErrorBanner::settingsRequested, this, &ListingTab::connectionSettingsRequested);

    connect(m_model, &PagedTableModel::stateChanged, this, &ListingTab::refresh);
    connect(m_model, &PagedTableModel::errorOccurred, m_banner, &ErrorBanner::showError);
    connect(m_model, &PagedTableModel::modelReset, m_banner, &ErrorBanner::hide);
    connect(m_model, &PagedTableModel::loadAllProgress, this, [this](int rows) {
        m_filterBar->setLoadAllProgress(tr("%1 %2…").arg(QLocale().toString(rows), m_kind.plural));
    });
    connect(m_model, &PagedTableModel::loadAllFinished, this, [this] {
        m_filterBar->setLoadingAll(false);
        refresh();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ListingTab::fitColumnsOnce);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ListingTab::refresh);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ListingTab::refresh);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ListingTab::refresh);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ListingTab::refresh);
    connect(m_view, &ListingTableView::sortChanged, this, &ListingTab::refresh);
    refresh();
}

QString ListingTab::titleWithCount() const
{
    const int rows = m_model->rowCount();
    if (!m_model->query().isRunnable() || (rows == 0 && !m_model->isComplete()))
        return m_kind.title;
    const QString count = QLocale().toString(rows);
    return m_model->isComplete() ? tr("%1 %2").arg(m_kind.title, count) : tr("%1 %2+").arg(m_kind.title, count);
}

QString ListingTab::statusText() const
{
    if (!m_model->query().isRunnable())
        return {};
    const int rows = m_model->rowCount();
    const QString count = QLocale().toString(rows);
    const QString noun = rows == 1 ? m_kind.singular : m_kind.plural;
    QStringList parts;
    if (m_proxy->isFiltering()) {
        parts << tr("%1 of %2 %3 shown").arg(QLocale().toString(m_proxy->rowCount()), count, noun);
        if (m_model->isComplete())
            parts << tr("all loaded");
        else if (m_model->hasError())
            parts << tr("stopped by an error");
        else
            parts << tr("more on the server");
    } else if (m_model->isComplete()) {
        parts << tr("%1 %2 · all loaded").arg(count, noun);
    } else if (m_model->hasError()) {
        parts << tr("%1 %2 loaded · stopped by an error").arg(count, noun);
    } else if (rows == 0 && m_model->isLoading()) {
        parts << tr("Loading %1…").arg(m_kind.plural);
    } else {
        parts << tr("%1 %2 loaded · more available").arg(count, noun);
    }
    if (const int skipped = m_model->skippedRows())
        parts << (skipped == 1 ? tr("1 row could not be read")
                               : tr("%1 rows could not be read").arg(QLocale().toString(skipped)));
    if (const int repeated = m_model->duplicateRows())
        parts << (repeated == 1 ? tr("1 repeated row left out")
                                : tr("%1 repeated rows left out").arg(QLocale().toString(repeated)));
    return parts.join(QStringLiteral(" · "));
}

QString ListingTab::partialNote() const
{
    if (!m_proxy->patternError().isEmpty())
        return tr("The filter is not a valid pattern: %1").arg(m_proxy->patternError().toHtmlEscaped());
    const int rows = m_model->rowCount();
    if (m_model->isComplete() || rows == 0)
        return {};
    const bool sorted = m_proxy->sortColumn() >= 0;
    const bool filtered = m_proxy->isFiltering();
    if (!sorted && !filtered)
        return {};
    const QString over = QLocale().toString(rows);
    QString text;
    if (sorted && filtered)
        text = tr("Filtered and sorted over %1 loaded %2; more on the server.").arg(over, m_kind.plural);
    else if (sorted)
        text = tr("Sorted over %1 loaded %2; more on the server.").arg(over, m_kind.plural);
    else
        text = tr("Filtered over %1 loaded %2; more on the server.").arg(over, m_kind.plural);
    if (m_model->isLoadingAll())
        return text;
    return text + QStringLiteral(" <a href=\"loadall\">") + tr("Load all") + QStringLiteral("</a>");
}

QString ListingTab::emptyText() const
{
    if (!m_model->query().isRunnable())
        return tr("Choose a project above.");
    if (m_proxy->rowCount() > 0)
        return {};
    const int rows = m_model->rowCount();
    if (rows == 0) {
        if (m_model->isComplete())
            return tr("This project has no %1.").arg(m_kind.plural);
        if (m_model->hasError())
            return tr("No %1 could be loaded.").arg(m_kind.plural);
        return {}; // still loading: the busy line says so
    }
    if (!m_filterBar->filterText().isEmpty())
        return tr("No %1 match “%2”.").arg(m_kind.plural, m_filterBar->filterText());
    return tr("No %1 match the filter.").arg(m_kind.plural);
}

void ListingTab::ensureStarted()
{
    // fetchMore is protected on the model; the proxy passes it on.
    if (m_model->rowCount() == 0 && m_proxy->canFetchMore({}))
        m_proxy->fetchMore({});
}

void ListingTab::reload()
{
    m_model->reload();
    ensureStarted();
}

void ListingTab::loadAll()
{
    if (m_model->isComplete() || !m_model->query().isRunnable())
        return;
    m_banner->hide();
    m_filterBar->setLoadingAll(true);
    m_filterBar->setLoadAllProgress(tr("%1 %2…").arg(QLocale().toString(m_model->rowCount()), m_kind.plural));
    m_model->loadAll();
    refresh();
}

void ListingTab::cancelLoadAll()
{
    m_model->cancelLoadAll();
    m_filterBar->setLoadingAll(false);
    refresh();
}

QByteArray ListingTab::headerState() const
{
    return m_view->horizontalHeader()->saveState();
}

void ListingTab::restoreHeaderState(const QByteArray &state)
{
    // A remembered layout wins over fitting the columns to the first rows.
    if (!state.isEmpty() && m_view->horizontalHeader()->restoreState(state))
        m_columnsFitted = true;
}

void ListingTab::fitColumnsOnce()
{
    if (m_columnsFitted || m_proxy->rowCount() == 0)
        return;
    m_columnsFitted = true;
    m_view->resizeColumnsToContents();
    // A very long name should not push the other columns out of sight.
    QHeaderView *header = m_view->horizontalHeader();
    const int widest = fontMetrics().averageCharWidth() * 40;
    for (int column = 0; column < header->count(); ++column)
        header->resizeSection(column, qMin(header->sectionSize(column) + fontMetrics().averageCharWidth() * 2, widest));
}

void ListingTab::applyCategory()
{
    const FilterBar::Category category = m_filterBar->category();
    m_proxy->setCategoryFilter(category.values, category.exclude);
}

void ListingTab::refresh()
{
    m_busy->setVisible(m_model->isLoading());
    // A reload or a project switch ends a "load all" without a word from the model.
    m_filterBar->setLoadingAll(m_model->isLoadingAll());
    m_filterBar->setLoadAllVisible(m_model->query().isRunnable() && !m_model->isComplete());
    m_filterBar->setPatternError(m_proxy->patternError());
    const QString note = partialNote();
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    const QString empty = emptyText();
    m_empty->setText(empty);
    m_empty->setVisible(!empty.isEmpty());
    Q_EMIT statusChanged(statusText());
    Q_EMIT titleChanged(titleWithCount());
}
