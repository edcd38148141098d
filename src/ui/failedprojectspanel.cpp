// SPDX-License-Identifier: GPL-3.0-or-later
#include "failedprojectspanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

FailedProjectsPanel::FailedProjectsPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_list(new QTreeWidget(this))
{
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Project"), tr("Why it could not be read"), QString()});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Projects that could not be read"));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->setMaximumHeight(fontMetrics().height() * 8);
    m_title->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    setVisible(false);
}

int FailedProjectsPanel::count() const
{
    return m_list->topLevelItemCount();
}

void FailedProjectsPanel::setFailures(const QVector<OrganizationAccess::Failure> &failures)
{
    m_list->clear();
    for (const OrganizationAccess::Failure &failure : failures) {
        const QString project = failure.projectId.isEmpty()
            ? tr("The organization")
            : tr("%1 (%2)").arg(failure.projectName.isEmpty() ? failure.projectId : failure.projectName, failure.projectId);
        auto *item = new QTreeWidgetItem(m_list, {project, failure.reason});
        item->setToolTip(1, failure.reason);
        auto *retry = new QPushButton(tr("Retry"), m_list);
        retry->setAccessibleName(tr("Retry %1").arg(project));
        const QString id = failure.projectId;
        connect(retry, &QPushButton::clicked, this, [this, id] { Q_EMIT retryRequested(id); });
        m_list->setItemWidget(item, 2, retry);
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(2);
    m_title->setText(tr("%n part(s) of the organization could not be read. Their members are left out of every "
                        "table below, and of exports, until a Retry succeeds.",
                        nullptr, int(failures.size())));
    setVisible(!failures.isEmpty());
}
