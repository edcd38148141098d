// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupmembersdialog.h"

#include "exportcontroller.h"
#include "listingtab.h"
#include "listingtableview.h"
#include "models/groupusersmodel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {
const QString HeaderSetting = QStringLiteral("tables/groupMembers/header");
} // namespace

GroupMembersDialog::GroupMembersDialog(ApiClient *client, const QString &groupId, const QString &groupName,
                                       QWidget *parent)
    : QDialog(parent), m_groupId(groupId), m_status(new QLabel(this)), m_exporter(new ExportController(this, this))
{
    setWindowTitle(tr("Members of %1").arg(groupName.isEmpty() ? groupId : groupName));
    auto *model = new GroupUsersModel(client);
    model->setGroupId(groupId);
    m_tab = new ListingTab(model, {tr("Members"), tr("member"), tr("members"), QStringLiteral("groupMembers")}, this);
    m_tab->restoreHeaderState(QSettings().value(HeaderSetting).toByteArray());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    QPushButton *exportSelection = buttons->addButton(tr("Export &selection…"), QDialogButtonBox::ActionRole);
    QPushButton *exportAll = buttons->addButton(tr("Export &all…"), QDialogButtonBox::ActionRole);
    for (QPushButton *button : {copy, exportSelection, exportAll})
        button->setAutoDefault(false);

    auto *copyAction = new QAction(this);
    copyAction->setShortcut(QKeySequence::Copy);
    addAction(copyAction);
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    addAction(findAction);
    auto *reloadAction = new QAction(this);
    reloadAction->setShortcut(QKeySequence::Refresh);
    addAction(reloadAction);

    m_status->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tab, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, [this] { m_exporter->copySelection(m_tab); });
    connect(copyAction, &QAction::triggered, this, [this] { m_exporter->copySelection(m_tab); });
    connect(exportSelection, &QPushButton::clicked, this, [this] { m_exporter->exportSelection(m_tab, baseName()); });
    connect(exportAll, &QPushButton::clicked, this, [this] { m_exporter->exportAll(m_tab, baseName()); });
    connect(findAction, &QAction::triggered, m_tab->filterBar(), &FilterBar::focusSearch);
    connect(reloadAction, &QAction::triggered, m_tab, &ListingTab::reload);
    connect(m_tab, &ListingTab::statusChanged, m_status, &QLabel::setText);
    connect(m_exporter, &ExportController::statusMessage, m_status, &QLabel::setText);
    connect(this, &QDialog::finished, this, [this] {
        QSettings().setValue(HeaderSetting, m_tab->headerState());
    });

    const QFontMetrics metrics = fontMetrics();
    resize(metrics.averageCharWidth() * 140, metrics.height() * 34);
    m_tab->ensureStarted();
}

QString GroupMembersDialog::baseName() const
{
    return m_groupId + QStringLiteral("-members");
}
