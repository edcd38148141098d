// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/organizationaccess.h"

#include <QWidget>

#include <memory>

class AccessListModel;
class AccessMatrixModel;
class ApiClient;
class FailedProjectsPanel;
class FilteredTablePane;
class OrganizationAccessLoader;
class PeopleModel;
class PersonAccessModel;
class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

// The whole organization at once: People (and the access of the person selected), the flat
// Access list, and the Access matrix, over one organization-wide load with its progress,
// Cancel, and the projects that failed with a Retry each.
class OrganizationView : public QWidget
{
    Q_OBJECT

public:
    enum class Page { People, AccessList, Matrix };

    explicit OrganizationView(ApiClient *client, QWidget *parent = nullptr);

    // Loads (or reloads) the organization.
    void load();
    OrganizationAccessLoader *loader() const { return m_loader; }
    std::shared_ptr<const OrganizationAccess> access() const;

    void showPage(Page page);
    Page currentPage() const;
    FilteredTablePane *currentPane() const;
    FilteredTablePane *peoplePane() const { return m_people; }
    FilteredTablePane *personPane() const { return m_person; }
    FilteredTablePane *accessPane() const { return m_accessList; }
    QTableView *matrixView() const { return m_matrix; }
    FailedProjectsPanel *failures() const { return m_failures; }
    // Selects `person` (an index into access()->people) on the People page.
    void selectPerson(int person);
    QString statusText() const;

Q_SIGNALS:
    void statusChanged(const QString &text);
    void accessChanged(std::shared_ptr<const OrganizationAccess> access);

private:
    void showAccess(const std::shared_ptr<const OrganizationAccess> &access);
    void showProgress(int done, int total);
    void refreshBusy();
    void showPersonAccess(int person);
    QWidget *makeMatrixPage();

    OrganizationAccessLoader *m_loader;  // owned (child)
    PeopleModel *m_peopleModel;          // owned by m_people
    PersonAccessModel *m_personModel;    // owned by m_person
    AccessListModel *m_accessModel;      // owned by m_accessList
    AccessMatrixModel *m_matrixModel;    // owned (child)
    QPushButton *m_loadButton;           // owned by the layout
    QCheckBox *m_archived;               // owned by the layout
    QProgressBar *m_progress;            // owned by the layout
    QLabel *m_progressText;              // owned by the layout
    QPushButton *m_cancel;               // owned by the layout
    QLabel *m_summary;                   // owned by the layout
    FailedProjectsPanel *m_failures;     // owned by the layout
    QStackedWidget *m_stack;             // owned by the layout: the empty state or the tabs
    QLabel *m_emptyState;                // owned by m_stack
    QTabWidget *m_tabs;                  // owned by m_stack
    FilteredTablePane *m_people;         // owned by m_tabs
    FilteredTablePane *m_person;         // owned by m_tabs
    QLabel *m_personTitle;               // owned by m_tabs
    FilteredTablePane *m_accessList;     // owned by m_tabs
    QTableView *m_matrix;                // owned by m_tabs
    QString m_cancelNote;                // said until the next load
};
