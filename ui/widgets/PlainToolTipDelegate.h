// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

// Shows an item's tooltip as literal text. Qt guesses rich text for tooltips, so a server
// string such as "<b>x</b><img src=...>" would otherwise be rendered as markup; the models
// keep the raw text and this delegate escapes it on the way to the screen.
class PlainToolTipDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;
};
