// SPDX-License-Identifier: MIT
#include "CallPresentationProxy.h"

#include "CallColumns.h"
#include "CallStatus.h"
#include "UiResources.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

namespace {
// Status hues picked to read on both light and dark palettes; mixed with the text colour so they
// follow the theme's contrast.
QColor blend(const QColor& hue, const QColor& text)
{
    return QColor::fromRgbF((hue.redF() * 2 + text.redF()) / 3,
                            (hue.greenF() * 2 + text.greenF()) / 3,
                            (hue.blueF() * 2 + text.blueF()) / 3);
}
} // namespace

CallPresentationProxy::CallPresentationProxy(QObject* parent) : QIdentityProxyModel(parent)
{
    ensureUiResources();
    m_outbound = QIcon(QStringLiteral(":/icons/outbound.svg"));
    m_inbound = QIcon(QStringLiteral(":/icons/inbound.svg"));
    m_recording = QIcon(QStringLiteral(":/icons/recording.svg"));
}

QVariant CallPresentationProxy::data(const QModelIndex& index, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        // Direction and a present recording are icons; their words move to the tooltip.
        if (index.column() == CallColumn::Direction
            || (index.column() == CallColumn::Recording
                && index.data(CallRole::HasRecording).toBool()))
            return {};
        break;
    case Qt::DecorationRole:
        return decoration(index);
    case Qt::ForegroundRole:
        if (index.column() == CallColumn::Status)
            return statusForeground(index);
        break;
    case Qt::ToolTipRole:
        if (index.column() == CallColumn::Direction || index.column() == CallColumn::Recording)
            return QIdentityProxyModel::data(index, Qt::DisplayRole);
        break;
    case Qt::AccessibleTextRole:
        return QIdentityProxyModel::data(index, Qt::DisplayRole);
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

QVariant CallPresentationProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The icon columns are narrow: their titles become icons, and the words a tooltip.
    const bool iconColumn = section == CallColumn::Direction || section == CallColumn::Recording;
    if (orientation == Qt::Horizontal && iconColumn) {
        if (role == Qt::DisplayRole)
            return {};
        if (role == Qt::DecorationRole)
            return section == CallColumn::Direction ? m_outbound : m_recording;
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return QIdentityProxyModel::headerData(section, orientation, Qt::DisplayRole);
    }
    return QIdentityProxyModel::headerData(section, orientation, role);
}

QVariant CallPresentationProxy::decoration(const QModelIndex& index) const
{
    if (index.column() == CallColumn::Direction) {
        switch (CallDirection(index.data(CallRole::DirectionValue).toInt())) {
        case CallDirection::Inbound:
            return m_inbound;
        case CallDirection::Outbound:
            return m_outbound;
        case CallDirection::Unknown:
            return {};
        }
    }
    if (index.column() == CallColumn::Recording && index.data(CallRole::HasRecording).toBool())
        return m_recording;
    return {};
}

QVariant CallPresentationProxy::statusForeground(const QModelIndex& index) const
{
    const QColor text = QGuiApplication::palette().color(QPalette::Text);
    switch (CallStatus(index.data(CallRole::StatusValue).toInt())) {
    case CallStatus::Completed:
        return QBrush(blend(QColor(0x2e, 0x9e, 0x4f), text));
    case CallStatus::Failed:
    case CallStatus::Busy:
    case CallStatus::NoAnswer:
    case CallStatus::Cancelled:
        return QBrush(blend(QColor(0xd0, 0x45, 0x3a), text));
    case CallStatus::Ringing:
    case CallStatus::InProgress:
    case CallStatus::Initiated:
        return QBrush(blend(QColor(0xd9, 0x8c, 0x1f), text));
    case CallStatus::Unknown:
        break;
    }
    return {};
}
