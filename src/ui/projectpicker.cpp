// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectpicker.h"

#include "models/projectsmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

ProjectPicker::ProjectPicker(ApiClient *client, QWidget *parent)
    : QWidget(parent), m_model(new ProjectsModel(client, this)), m_combo(new QComboBox(this)),
      m_archived(new QCheckBox(tr("Show &archived"), this))
{
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setModel(m_model);
    m_combo->setModelColumn(ProjectsModel::PickerColumn);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(32);
    m_combo->lineEdit()->setPlaceholderText(tr("Type a project name or id, or paste a project id"));
    m_combo->setToolTip(tr("Choose a project; typing filters the loaded projects, and Enter accepts a project id"));
    // Typing finds loaded projects anywhere in the name.
    m_combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_combo->completer()->setFilterMode(Qt::MatchContains);
    m_combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_combo->completer()->setCompletionColumn(ProjectsModel::PickerColumn);

    auto *label = new QLabel(tr("&Project:"), this);
    label->setBuddy(m_combo);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_archived);

    connect(m_combo, &QComboBox::activated, this, &ProjectPicker::chooseRow);
    connect(m_combo->lineEdit(), &QLineEdit::returnPressed, this, &ProjectPicker::chooseFromText);
    connect(m_archived, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setIncludeArchived(on); // starts the listing again
        fetchFirstPage();
    });
    // When the chosen project's row arrives, show its name instead of its id.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ProjectPicker::showCurrent);
}

void ProjectPicker::setCurrentProject(const QString &projectId)
{
    m_currentId = projectId.trimmed();
    const int row = m_model->rowOf(m_currentId);
    if (row >= 0) {
        m_combo->setCurrentIndex(row);
    } else {
        m_combo->setCurrentIndex(-1);
        m_combo->setEditText(m_currentId);
    }
    Q_EMIT projectChosen(m_currentId);
}

void ProjectPicker::reload()
{
    m_model->reload();
    fetchFirstPage();
}

void ProjectPicker::fetchFirstPage()
{
    // A combo's view asks for more only while its popup is open: the first page comes from here.
    QAbstractItemModel *model = m_model;
    if (model->rowCount() == 0 && model->canFetchMore({}))
        model->fetchMore({});
}

void ProjectPicker::chooseFromText()
{
    const QString text = m_combo->currentText().trimmed();
    if (text.isEmpty())
        return;
    // A loaded project by id or by exact name, else the text is taken as an id.
    int row = m_model->rowOf(text);
    if (row < 0)
        row = m_model->rowOfName(text);
    for (int r = 0; row < 0 && r < m_model->rowCount(); ++r) {
        if (m_combo->itemText(r).compare(text, Qt::CaseInsensitive) == 0)
            row = r;
    }
    if (row >= 0) {
        chooseRow(row);
        return;
    }
    static const QRegularExpression idShape(QStringLiteral("^\\S+$"));
    if (idShape.match(text).hasMatch())
        setCurrentProject(text);
}

void ProjectPicker::chooseRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    // The record's id, not the cell's text: the display is cut and cleaned for the eye.
    setCurrentProject(m_model->record(row).id);
}

void ProjectPicker::showCurrent()
{
    // Not while the user is typing: their text wins (setText clears isModified, typing sets it).
    if (m_currentId.isEmpty() || m_combo->lineEdit()->isModified())
        return;
    // QComboBox selects the first row by itself when rows arrive in an empty list; undo that
    // unless the first row is ours, and show the chosen project's name once its row is loaded.
    const int row = m_model->rowOf(m_currentId);
    const QString text = row >= 0 ? m_combo->itemText(row) : m_currentId;
    if (m_combo->currentIndex() != row)
        m_combo->setCurrentIndex(row);
    if (m_combo->currentText() != text)
        m_combo->setEditText(text);
}
