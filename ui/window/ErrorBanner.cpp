// SPDX-License-Identifier: MIT
#include "ErrorBanner.h"

#include "ApiError.h"
#include "PlainLabel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent),
      m_message(new PlainLabel(this)), // server text
      m_retry(new QPushButton(tr("&Retry"), this)),
      m_copyRequestId(new QPushButton(tr("Copy request id"), this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setAccessibleName(tr("Error"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette tinted = palette();
    const QColor base = tinted.color(QPalette::Window);
    tinted.setColor(QPalette::Window,
                    QColor::fromRgbF(std::min(1.0f, base.redF() * 0.85f + 0.15f),
                                     base.greenF() * 0.85f, base.blueF() * 0.85f));
    setPalette(tinted);

    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    m_message->setObjectName(QStringLiteral("errorMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_copyRequestId->setObjectName(QStringLiteral("copyRequestId"));
    auto* dismiss = new QPushButton(tr("Dismiss"), this);
    dismiss->setAccessibleName(tr("Dismiss the error"));

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(icon);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_copyRequestId);
    layout->addWidget(m_retry);
    layout->addWidget(dismiss);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        emit retryRequested();
    });
    connect(m_copyRequestId, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_requestId); });
    connect(dismiss, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void ErrorBanner::showError(const ApiError& error)
{
    m_requestId = error.requestId;
    m_message->setText(error.userMessage());
    m_copyRequestId->setVisible(!m_requestId.isEmpty());
    m_retry->setVisible(error.kind != ApiError::Kind::InvalidRequest);
    show();
}

void ErrorBanner::showMessage(const QString& message)
{
    m_requestId.clear();
    m_message->setText(message);
    m_copyRequestId->hide();
    m_retry->hide();
    show();
}

QString ErrorBanner::text() const
{
    return m_message->text();
}
