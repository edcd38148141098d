// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QAbstractItemModel;
class QAbstractItemView;
class QWidget;

// Starts the next page before the user reaches the bottom. Qt's views call fetchMore()
// only once the very last row is on screen, so scrolling stalls for a round trip at every
// page; this asks as soon as the last visible row is within `rowsAhead` rows of the end.
// It talks only to the view's model (a proxy forwards canFetchMore/fetchMore to its source),
// and the model's own guard keeps it at one request per page.
class ScrollPrefetcher : public QObject
{
    Q_OBJECT

public:
    // Parented to `view`; watches whatever model the view shows, now or later.
    explicit ScrollPrefetcher(QAbstractItemView *view, int rowsAhead = 100);

    int rowsAhead() const { return m_rowsAhead; }
    void setRowsAhead(int rows);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Coalesces the many triggers of one event-loop turn into one check after the view laid out.
    void schedule();
    void check();
    void follow(QAbstractItemModel *model);
    int lastVisibleRow() const;

    QAbstractItemView *m_view; // the parent
    QWidget *m_viewport;       // the view's, watched for resizes
    QPointer<QAbstractItemModel> m_model;
    QTimer m_timer;
    int m_rowsAhead = 100;
};
