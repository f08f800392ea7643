// SPDX-License-Identifier: MIT
#include "PlainToolTipDelegate.h"

#include "DisplayText.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

bool PlainToolTipDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view,
                                     const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (!event || !view || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString tip = index.data(Qt::ToolTipRole).toString();
    if (tip.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return false;
    }
    QToolTip::showText(event->globalPos(), DisplayText::toolTip(tip), view, option.rect);
    return true;
}
