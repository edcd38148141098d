// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterbar.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>

namespace {
// Long enough to let a word be typed, short enough to feel live.
constexpr int TypingDelayMs = 150;
} // namespace

FilterBar::FilterBar(const QString &searchPlaceholder, const QVector<Category> &categories, QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_category(new QComboBox(this)), m_syntax(new QComboBox(this)),
      m_loadAll(new QPushButton(tr("Load &all"), this)), m_progress(new QProgressBar(this)),
      m_progressText(new QLabel(this)), m_cancel(new QPushButton(tr("Cancel"), this)), m_categories(categories)
{
    m_search->setPlaceholderText(searchPlaceholder);
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter"));
    m_search->setAccessibleDescription(tr("Shows only the rows with this text in one of their text columns"));

    // Esc empties the field while it has focus; an empty field leaves Esc to the dialog around it.
    auto *clear = new QAction(tr("Clear filter"), m_search);
    clear->setShortcut(QKeySequence(Qt::Key_Escape));
    clear->setShortcutContext(Qt::WidgetShortcut);
    clear->setEnabled(false);
    m_search->addAction(clear);
    connect(clear, &QAction::triggered, this, [this] { setFilterText({}); });
    connect(m_search, &QLineEdit::textChanged, clear, [clear](const QString &text) { clear->setEnabled(!text.isEmpty()); });

    for (const Category &category : categories)
        m_category->addItem(category.label);
    m_category->setVisible(!categories.isEmpty());
    m_category->setAccessibleName(tr("Category"));

    m_syntax->addItem(tr("Contains"), QVariant::fromValue(TableFilterProxyModel::Syntax::Substring));
    m_syntax->addItem(tr("Wildcard"), QVariant::fromValue(TableFilterProxyModel::Syntax::Wildcard));
    m_syntax->addItem(tr("Regular expression"), QVariant::fromValue(TableFilterProxyModel::Syntax::RegularExpression));
    m_syntax->setToolTip(tr("How the filter text is matched"));
    m_syntax->setAccessibleName(tr("Match"));

    m_loadAll->setToolTip(tr("Load every row from the server, so that sorting and filtering cover the whole list"));
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Loading every row"));
    m_progress->setTextVisible(false);
    m_progress->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_progress->hide();
    m_progressText->hide();
    m_cancel->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 3);
    layout->addWidget(m_category);
    layout->addWidget(m_syntax);
    layout->addStretch(1);
    layout->addWidget(m_progressText);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_cancel);
    layout->addWidget(m_loadAll);
    // Left to right, as they are laid out.
    setTabOrder(m_search, m_category);
    setTabOrder(m_category, m_syntax);
    setTabOrder(m_syntax, m_cancel);
    setTabOrder(m_cancel, m_loadAll);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(TypingDelayMs);
    connect(m_search, &QLineEdit::textEdited, &m_debounce, qOverload<>(&QTimer::start));
    // The clear button changes the text without textEdited.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            m_debounce.start();
    });
    connect(&m_debounce, &QTimer::timeout, this, [this] { Q_EMIT filterTextChanged(m_search->text()); });
    connect(m_category, &QComboBox::currentIndexChanged, this, &FilterBar::categoryChanged);
    connect(m_syntax, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT syntaxChanged(syntax()); });
    connect(m_loadAll, &QPushButton::clicked, this, &FilterBar::loadAllRequested);
    connect(m_cancel, &QPushButton::clicked, this, &FilterBar::cancelLoadAllRequested);
}

QString FilterBar::filterText() const
{
    return m_search->text();
}

void FilterBar::setFilterText(const QString &text)
{
    m_debounce.stop();
    m_search->setText(text);
    m_debounce.stop();
    Q_EMIT filterTextChanged(text);
}

FilterBar::Category FilterBar::category() const
{
    const int index = m_category->currentIndex();
    return index >= 0 && index < m_categories.size() ? m_categories.at(index) : Category{};
}

TableFilterProxyModel::Syntax FilterBar::syntax() const
{
    return m_syntax->currentData().value<TableFilterProxyModel::Syntax>();
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::setLoadAllVisible(bool visible)
{
    m_loadAll->setVisible(visible && m_cancel->isHidden());
}

void FilterBar::setLoadingAll(bool loading)
{
    if (loading == !m_cancel->isHidden())
        return;
    m_progress->setVisible(loading);
    m_progressText->setVisible(loading);
    m_cancel->setVisible(loading);
    if (loading)
        m_loadAll->hide();
    else
        m_progressText->clear();
}

void FilterBar::setLoadAllProgress(const QString &text)
{
    m_progressText->setText(text);
}

void FilterBar::setPatternError(const QString &error)
{
    // The tab's note line says it too; the tool tip keeps it at hand in the field.
    m_search->setToolTip(error);
}
