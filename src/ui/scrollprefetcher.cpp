// SPDX-License-Identifier: GPL-3.0-or-later
#include "scrollprefetcher.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QScrollBar>

#include <algorithm>

ScrollPrefetcher::ScrollPrefetcher(QAbstractItemView *view, int rowsAhead)
    : QObject(view), m_view(view), m_rowsAhead(std::max(0, rowsAhead))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &ScrollPrefetcher::check);
    // rangeChanged also fires when rows arrive or the viewport changes height.
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &ScrollPrefetcher::schedule);
    connect(view->verticalScrollBar(), &QScrollBar::rangeChanged, this, &ScrollPrefetcher::schedule);
    m_viewport = view->viewport();
    m_viewport->installEventFilter(this);
    follow(view->model());
    schedule();
}

void ScrollPrefetcher::setRowsAhead(int rows)
{
    m_rowsAhead = std::max(0, rows);
    schedule();
}

bool ScrollPrefetcher::eventFilter(QObject *watched, QEvent *event)
{
    // Compared with the viewport kept at construction: while the view is being destroyed its
    // children still get events, and the view is no longer a QAbstractItemView to ask.
    if ((event->type() == QEvent::Resize || event->type() == QEvent::Show) && watched == m_viewport)
        schedule();
    return QObject::eventFilter(watched, event);
}

void ScrollPrefetcher::schedule()
{
    m_timer.start();
}

void ScrollPrefetcher::follow(QAbstractItemModel *model)
{
    if (model == m_model)
        return;
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (!model)
        return;
    connect(model, &QAbstractItemModel::rowsInserted, this, &ScrollPrefetcher::schedule);
    connect(model, &QAbstractItemModel::modelReset, this, &ScrollPrefetcher::schedule);
    // A proxy's sort or filter moves the loaded rows around.
    connect(model, &QAbstractItemModel::layoutChanged, this, &ScrollPrefetcher::schedule);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ScrollPrefetcher::schedule);
}

int ScrollPrefetcher::lastVisibleRow() const
{
    const QWidget *viewport = m_view->viewport();
    const QModelIndex bottom = m_view->indexAt(QPoint(1, viewport->height() - 1));
    if (bottom.isValid())
        return bottom.row();
    // Nothing under the bottom edge: the rows end inside the viewport, so all of them show.
    return m_model->rowCount(m_view->rootIndex()) - 1;
}

void ScrollPrefetcher::check()
{
    follow(m_view->model()); // a view can be given another model at any time
    if (!m_model || !m_view->isVisible())
        return;
    const QModelIndex root = m_view->rootIndex();
    if (!m_model->canFetchMore(root))
        return;
    const int rowsLeft = m_model->rowCount(root) - 1 - lastVisibleRow();
    if (rowsLeft <= m_rowsAhead)
        m_model->fetchMore(root);
}
