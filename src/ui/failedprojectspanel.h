// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/organizationaccess.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

// The parts of the organization that could not be read, each with its reason and a Retry
// for it alone. Hidden while everything was read.
class FailedProjectsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FailedProjectsPanel(QWidget *parent = nullptr);

    void setFailures(const QVector<OrganizationAccess::Failure> &failures);
    int count() const;
    QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    // An empty id: the organization's own listings.
    void retryRequested(const QString &projectId);

private:
    QLabel *m_title;      // owned by the layout
    QTreeWidget *m_list;  // owned by the layout
};
