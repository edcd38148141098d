// SPDX-License-Identifier: GPL-3.0-or-later
#include "errorbanner.h"

#include "api/apierror.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)),
      m_retry(new QPushButton(tr("&Retry"), this)), m_settings(new QPushButton(tr("Connection &settings…"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Error"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_settings, 0, Qt::AlignVCenter);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    setTabOrder(m_settings, m_retry); // as they are laid out

    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    connect(m_settings, &QPushButton::clicked, this, &ErrorBanner::settingsRequested);
    applyPalette();
    hide();
}

void ErrorBanner::showError(const ApiError &error)
{
    // toString() leads with the HTTP status when there is one: "HTTP 403: ...".
    m_text->setText(error.toString());
    setAccessibleDescription(error.toString());
    m_settings->setVisible(error.isAuthenticationProblem());
    show();
}

QString ErrorBanner::message() const
{
    return m_text->text();
}

bool ErrorBanner::offersSettings() const
{
    return !m_settings->isHidden();
}

void ErrorBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applyingPalette)
        applyPalette();
}

// A warm tint of the window colour, so a dark theme gets a dark banner and a light one a light banner.
void ErrorBanner::applyPalette()
{
    m_applyingPalette = true;
    QPalette pal = palette();
    // From the parent: our own Window colour is already the tint.
    const QPalette source = parentWidget() ? parentWidget()->palette() : QApplication::palette(this);
    const QColor base = source.color(QPalette::Window);
    const QColor warn(220, 50, 47);
    const qreal mix = 0.22;
    const QColor tint = QColor::fromRgbF(base.redF() * (1 - mix) + warn.redF() * mix,
                                         base.greenF() * (1 - mix) + warn.greenF() * mix,
                                         base.blueF() * (1 - mix) + warn.blueF() * mix);
    pal.setColor(QPalette::Window, tint);
    setPalette(pal);
    m_applyingPalette = false;
}
