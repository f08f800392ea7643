// SPDX-License-Identifier: MIT
#pragma once

#include "PlainToolTipDelegate.h"

#include <QCache>
#include <QStaticText>

// Paints the calls table's cells. The style's own item painting lays each cell's text out two or
// three times on every repaint, and a table that grows while a case loads repaints often
// (measured: text layout was ~70 % of a repaint, 7–27 ms for one screen of rows). Here the style
// paints the cell without its text, and the text is drawn from glyphs laid out once and kept
// across repaints. Cells with an icon, a check box or more than one line are left to the style.
class CallCellDelegate : public PlainToolTipDelegate {
    Q_OBJECT
public:
    explicit CallCellDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    static bool isSingleLineText(const QStyleOptionViewItem& option);
    // `text` laid out in `font`, elided to `width` pixels as `mode` says.
    const QStaticText& laidOut(const QString& text, const QFont& font, int width,
                               Qt::TextElideMode mode) const;

    mutable QCache<QString, QStaticText> m_laidOut;
};
