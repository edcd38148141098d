// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class ApiClient;
class ProjectsModel;
class QCheckBox;
class QComboBox;

// The project chooser at the top of the window: a searchable combo over the projects listing
// (its popup pages in as it scrolls), "Show archived", and a project id typed or pasted directly.
class ProjectPicker : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectPicker(ApiClient *client, QWidget *parent = nullptr);

    ProjectsModel *model() const { return m_model; }
    QComboBox *comboBox() const { return m_combo; }
    QString currentProjectId() const { return m_currentId; }
    // Selects `projectId` (loaded or not) and reports it through projectChosen.
    void setCurrentProject(const QString &projectId);
    // Lists the projects again from the first page (after a change of connection).
    void reload();

Q_SIGNALS:
    void projectChosen(const QString &projectId);

private:
    void fetchFirstPage();
    void chooseFromText();
    void chooseRow(int row);
    void showCurrent();

    ProjectsModel *m_model;   // owned (child)
    QComboBox *m_combo;       // owned by the layout
    QCheckBox *m_archived;    // owned by the layout
    QString m_currentId;
};
