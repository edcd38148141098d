// SPDX-License-Identifier: GPL-3.0-or-later
#include "organizationview.h"

#include "accesscolors.h"
#include "accessmatrixdelegate.h"
#include "failedprojectspanel.h"
#include "filterbar.h"
#include "filteredtablepane.h"
#include "rotatedheaderview.h"

#include "access/accesslistmodel.h"
#include "access/accessmatrixmodel.h"
#include "access/organizationaccessloader.h"
#include "access/peoplemodel.h"
#include "access/personaccessmodel.h"
#include "models/tablefilterproxymodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// A small square of `color` with the text colour's outline, for the matrix's legend.
QLabel *legendSwatch(const QColor &color, bool groupMark, const QPalette &palette, QWidget *parent)
{
    const int side = parent->fontMetrics().height();
    QPixmap swatch(side, side);
    swatch.fill(Qt::transparent);
    QPainter painter(&swatch);
    painter.setRenderHint(QPainter::Antialiasing);
    if (color.isValid())
        painter.fillRect(swatch.rect().adjusted(1, 1, -1, -1), color);
    painter.setPen(palette.color(QPalette::Mid));
    painter.drawRect(swatch.rect().adjusted(0, 0, -1, -1));
    if (groupMark) {
        painter.setBrush(palette.color(QPalette::Text));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(swatch.rect().center(), 2, 2);
    }
    painter.end();
    auto *label = new QLabel(parent);
    label->setPixmap(swatch);
    return label;
}

} // namespace

OrganizationView::OrganizationView(ApiClient *client, QWidget *parent)
    : QWidget(parent), m_loader(new OrganizationAccessLoader(client, this)), m_peopleModel(new PeopleModel),
      m_personModel(new PersonAccessModel), m_accessModel(new AccessListModel),
      m_matrixModel(new AccessMatrixModel(this)), m_loadButton(new QPushButton(tr("&Load organization"), this)),
      m_archived(new QCheckBox(tr("Include archived projects"), this)), m_progress(new QProgressBar(this)),
      m_progressText(new QLabel(this)), m_cancel(new QPushButton(tr("Cancel"), this)), m_summary(new QLabel(this)),
      m_failures(new FailedProjectsPanel(this)), m_stack(new QStackedWidget(this)),
      m_emptyState(new QLabel(m_stack)), m_tabs(new QTabWidget(m_stack)),
      m_people(new FilteredTablePane(m_peopleModel, tr("person"), tr("people"), m_tabs)),
      m_person(new FilteredTablePane(m_personModel, tr("project"), tr("projects"), m_tabs)),
      m_personTitle(new QLabel(m_tabs)),
      m_accessList(new FilteredTablePane(m_accessModel, tr("access row"), tr("access rows"), m_tabs)),
      m_matrix(new QTableView(m_tabs))
{
    m_loadButton->setToolTip(tr("Read every project's members, service accounts and groups, and the organization's users"));
    m_archived->setToolTip(tr("Archived projects list no members: they are shown as projects that could not be read"));
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 30);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Organization load progress"));
    m_cancel->setToolTip(tr("Stop reading; the tables keep what the last complete load showed"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_loadButton);
    bar->addWidget(m_archived);
    bar->addSpacing(fontMetrics().averageCharWidth() * 2);
    bar->addWidget(m_progress);
    bar->addWidget(m_progressText);
    bar->addWidget(m_cancel);
    bar->addStretch(1);
    bar->addWidget(m_summary);

    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setText(tr("Who has access to what, across every project: load the organization to see each "
                             "person's projects, the flat access list and the access matrix."));

    // People: everyone above, the access of the person selected below.
    auto *peoplePage = new QSplitter(Qt::Vertical, m_tabs);
    peoplePage->addWidget(m_people);
    auto *personBox = new QWidget(peoplePage);
    auto *personLayout = new QVBoxLayout(personBox);
    personLayout->setContentsMargins(0, 0, 0, 0);
    m_personTitle->setText(tr("Select a person to see every project they can use, and how."));
    m_personTitle->setWordWrap(true);
    personLayout->addWidget(m_personTitle);
    personLayout->addWidget(m_person, 1);
    peoplePage->addWidget(personBox);
    peoplePage->setStretchFactor(0, 3);
    peoplePage->setStretchFactor(1, 2);
    m_tabs->addTab(peoplePage, tr("&People"));
    m_tabs->addTab(m_accessList, tr("&Access list"));
    m_tabs->addTab(makeMatrixPage(), tr("Access &matrix"));
    m_tabs->setDocumentMode(true);

    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_tabs);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_failures);
    layout->addWidget(m_stack, 1);

    connect(m_loadButton, &QPushButton::clicked, this, &OrganizationView::load);
    connect(m_cancel, &QPushButton::clicked, m_loader, &OrganizationAccessLoader::cancel);
    connect(m_loader, &OrganizationAccessLoader::progress, this, &OrganizationView::showProgress);
    connect(m_loader, &OrganizationAccessLoader::stateChanged, this, &OrganizationView::refreshBusy);
    connect(m_loader, &OrganizationAccessLoader::cancelled, this, [this] {
        m_cancelNote = m_loader->access() ? tr("Organization load cancelled; the tables show the last complete load.")
                                          : tr("Organization load cancelled.");
        Q_EMIT statusChanged(statusText());
    });
    connect(m_loader, &OrganizationAccessLoader::finished, this, &OrganizationView::showAccess);
    connect(m_failures, &FailedProjectsPanel::retryRequested, m_loader, &OrganizationAccessLoader::retryProject);
    connect(m_people, &FilteredTablePane::currentSourceRowChanged, this, &OrganizationView::showPersonAccess);
    connect(m_matrix, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        selectPerson(m_matrixModel->personAt(index.row()));
    });
    refreshBusy();
}

QWidget *OrganizationView::makeMatrixPage()
{
    auto *page = new QWidget(m_tabs);
    auto *legend = new QHBoxLayout;
    const QPalette palette = this->palette();
    const struct
    {
        QColor color;
        bool groupMark;
        QString text;
    } keys[] = {
        {AccessColors::owner(palette), false, tr("Owner")},
        {AccessColors::member(palette), false, tr("Member")},
        {AccessColors::otherRole(palette), false, tr("Other role")},
        {AccessColors::viaGroupOnly(palette), true, tr("Through a group only")},
    };
    for (const auto &key : keys) {
        legend->addWidget(legendSwatch(key.color, key.groupMark, palette, page));
        legend->addWidget(new QLabel(key.text, page));
        legend->addSpacing(fontMetrics().averageCharWidth() * 2);
    }
    legend->addWidget(new QLabel(tr("A marked corner: a group grants access too. Hover a cell for the details; "
                                    "double-click it to see the person's access."),
                                 page));
    legend->addStretch(1);

    m_matrix->setModel(m_matrixModel);
    m_matrix->setItemDelegate(new AccessMatrixDelegate(m_matrix));
    m_matrix->setHorizontalHeader(new RotatedHeaderView(m_matrix));
    const int side = fontMetrics().height() + 4;
    m_matrix->horizontalHeader()->setDefaultSectionSize(side);
    m_matrix->horizontalHeader()->setMinimumSectionSize(side);
    m_matrix->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_matrix->verticalHeader()->setDefaultSectionSize(side);
    m_matrix->verticalHeader()->setMaximumWidth(fontMetrics().averageCharWidth() * 32);
    m_matrix->setShowGrid(true);
    m_matrix->setWordWrap(false);
    m_matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrix->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_matrix->setAccessibleName(tr("Access matrix: people by projects"));
    m_matrix->setAccessibleDescription(tr("Each cell says how a person can use a project: owner, member, another "
                                          "role, or through a group."));

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(legend);
    layout->addWidget(m_matrix, 1);
    return page;
}

void OrganizationView::load()
{
    m_cancelNote.clear();
    m_loader->start(m_archived->isChecked());
}

std::shared_ptr<const OrganizationAccess> OrganizationView::access() const
{
    return m_loader->access();
}

void OrganizationView::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

OrganizationView::Page OrganizationView::currentPage() const
{
    return Page(m_tabs->currentIndex());
}

FilteredTablePane *OrganizationView::currentPane() const
{
    switch (Page(m_tabs->currentIndex())) {
    case Page::People:
        return m_person->view()->hasFocus() ? m_person : m_people;
    case Page::AccessList:
        return m_accessList;
    case Page::Matrix:
        return nullptr;
    }
    return nullptr;
}

void OrganizationView::selectPerson(int person)
{
    if (person < 0 || person >= m_peopleModel->rowCount())
        return;
    showPage(Page::People);
    const QModelIndex shown = m_people->proxy()->mapFromSource(m_peopleModel->index(person, 0));
    if (!shown.isValid()) {
        // Filtered out: clear the filter so the person can be shown.
        m_people->filterBar()->setFilterText(QString());
    }
    const QModelIndex index = m_people->proxy()->mapFromSource(m_peopleModel->index(person, 0));
    m_people->view()->setCurrentIndex(index);
    m_people->view()->scrollTo(index);
}

void OrganizationView::showAccess(const std::shared_ptr<const OrganizationAccess> &access)
{
    const int person = m_personModel->person();
    const QString personId = person >= 0 && m_peopleModel->access() ? m_peopleModel->access()->people.at(person).id
                                                                     : QString();
    m_peopleModel->setAccess(access);
    m_personModel->setAccess(access);
    m_accessModel->setAccess(access);
    m_matrixModel->setAccess(access);
    m_failures->setFailures(access->failures);
    m_stack->setCurrentWidget(m_tabs);
    // The person who was selected stays selected across a reload or a retry.
    for (int p = 0; !personId.isEmpty() && p < access->people.size(); ++p) {
        if (access->people.at(p).id == personId) {
            selectPerson(p);
            break;
        }
    }
    const QLocale locale;
    m_summary->setText(tr("%1 people · %2 projects · %3 access rows · read %4")
                           .arg(locale.toString(access->people.size()), locale.toString(access->projects.size()),
                                locale.toString(access->entries.size()),
                                locale.toString(access->loadedAt.toLocalTime(), QLocale::ShortFormat)));
    Q_EMIT accessChanged(access);
    Q_EMIT statusChanged(statusText());
}

void OrganizationView::showProgress(int done, int total)
{
    if (total < 0) {
        m_progress->setRange(0, 0);
        m_progressText->setText(tr("%1 projects read, listing more…").arg(QLocale().toString(done)));
    } else {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
        m_progressText->setText(tr("%1 of %2 projects").arg(QLocale().toString(done), QLocale().toString(total)));
    }
    Q_EMIT statusChanged(statusText());
}

void OrganizationView::refreshBusy()
{
    const bool busy = m_loader->isBusy();
    m_progress->setVisible(busy);
    m_progressText->setVisible(busy);
    m_cancel->setVisible(busy);
    m_loadButton->setEnabled(!busy);
    m_loadButton->setText(m_loader->access() ? tr("Re&load organization") : tr("&Load organization"));
    m_failures->setEnabled(!busy);
    if (m_loader->state() == OrganizationAccessLoader::State::Building)
        m_progressText->setText(tr("Joining the listings…"));
}

void OrganizationView::showPersonAccess(int person)
{
    m_personModel->setPerson(person);
    const std::shared_ptr<const OrganizationAccess> access = m_peopleModel->access();
    if (person < 0 || !access) {
        m_personTitle->setText(tr("Select a person to see every project they can use, and how."));
        return;
    }
    const OrganizationAccess::Person &who = access->people.at(person);
    const QString name = who.name.isEmpty() ? who.id : who.name;
    const int projects = access->summaries.at(person).projects;
    m_personTitle->setText(projects == 0 ? tr("%1 is in the organization but can use no project.").arg(name)
                                         : tr("%1 can use %n project(s):", nullptr, projects).arg(name));
}

QString OrganizationView::statusText() const
{
    if (m_loader->isBusy())
        return m_progressText->text();
    if (!m_cancelNote.isEmpty())
        return m_cancelNote;
    const std::shared_ptr<const OrganizationAccess> access = m_loader->access();
    if (!access)
        return tr("The organization has not been loaded yet.");
    if (!access->failures.isEmpty())
        return tr("%n part(s) of the organization could not be read; the tables leave them out.", nullptr,
                  int(access->failures.size()));
    return tr("Every project was read.");
}
