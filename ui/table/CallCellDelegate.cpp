// SPDX-License-Identifier: MIT
#include "CallCellDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>

namespace {
// A few screens of distinct cell texts; a hit saves a layout, a miss costs what the style pays.
constexpr int kLaidOutTexts = 4096;

QPalette::ColorGroup colorGroup(const QStyleOptionViewItem& option)
{
    if (!(option.state & QStyle::State_Enabled))
        return QPalette::Disabled;
    return option.state & QStyle::State_Active ? QPalette::Normal : QPalette::Inactive;
}
} // namespace

CallCellDelegate::CallCellDelegate(QObject* parent) : PlainToolTipDelegate(parent)
{
    m_laidOut.setMaxCost(kLaidOutTexts);
}

bool CallCellDelegate::isSingleLineText(const QStyleOptionViewItem& option)
{
    using Feature = QStyleOptionViewItem::ViewItemFeature;
    if (option.features & (Feature::HasDecoration | Feature::HasCheckIndicator | Feature::WrapText))
        return false;
    return !option.text.contains(u'\n') && !option.text.contains(QChar::LineSeparator);
}

void CallCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    if (!isSingleLineText(cell)) {
        PlainToolTipDelegate::paint(painter, option, index);
        return;
    }
    const QWidget* widget = cell.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    const QString text = std::exchange(cell.text, QString());
    cell.features &= ~QStyleOptionViewItem::HasDisplay;
    // Background, selection and focus frame, exactly as the style paints them.
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
    if (text.isEmpty())
        return;
    // The margin QCommonStyle leaves on both sides of an item's text.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = cell.rect.adjusted(margin, 0, -margin, 0);
    if (textRect.width() <= 0)
        return;
    const QStaticText& glyphs = laidOut(text, cell.font, textRect.width(), cell.textElideMode);
    const Qt::Alignment alignment = QStyle::visualAlignment(cell.direction, cell.displayAlignment);
    const QRect placed =
        QStyle::alignedRect(cell.direction, alignment, glyphs.size().toSize(), textRect);
    painter->save();
    painter->setFont(cell.font);
    painter->setPen(cell.palette.color(
        colorGroup(cell),
        cell.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setClipRect(textRect, Qt::IntersectClip);
    painter->drawStaticText(placed.topLeft(), glyphs);
    painter->restore();
}

const QStaticText& CallCellDelegate::laidOut(const QString& text, const QFont& font, int width,
                                             Qt::TextElideMode mode) const
{
    const QString key = text + QChar(0) + QString::number(width) + QChar(0)
        + QString::number(int(mode)) + QChar(0) + font.key();
    if (const QStaticText* cached = m_laidOut.object(key))
        return *cached;
    // Text far wider than the cell (a summary's first line) is cut to what could possibly show
    // and elided before it is laid out, rather than laid out whole first.
    const QFontMetrics metrics(font);
    const int narrowest =
        std::max(1, std::min(metrics.horizontalAdvance(u'.'), metrics.horizontalAdvance(u'i')));
    const qsizetype mostThatFit = 2 + width / narrowest;
    QString shown = text;
    if (mode != Qt::ElideNone && text.size() > mostThatFit)
        shown = metrics.elidedText(text.left(mostThatFit), mode, width);
    auto* glyphs = new QStaticText(shown);
    glyphs->setTextFormat(Qt::PlainText); // server text is never markup
    glyphs->prepare(QTransform(), font);
    // Most cells fit: only the ones that do not pay for a second layout.
    if (glyphs->size().width() > width && mode != Qt::ElideNone) {
        glyphs->setText(metrics.elidedText(shown, mode, width));
        glyphs->prepare(QTransform(), font);
    }
    m_laidOut.insert(key, glyphs);
    return *glyphs;
}
