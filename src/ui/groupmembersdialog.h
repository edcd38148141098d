// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class ApiClient;
class ExportController;
class ListingTab;
class QLabel;

// The members of one organization group (GET /organization/groups/{id}/users), opened by
// double-clicking a group: the same paging, filter, copy and export as the main tables.
class GroupMembersDialog : public QDialog
{
    Q_OBJECT

public:
    GroupMembersDialog(ApiClient *client, const QString &groupId, const QString &groupName, QWidget *parent = nullptr);

    ListingTab *listing() const { return m_tab; }
    QString groupId() const { return m_groupId; }

private:
    QString baseName() const;

    QString m_groupId;
    ListingTab *m_tab;              // owned by the layout
    QLabel *m_status;               // owned by the layout
    ExportController *m_exporter;   // owned (child)
};
