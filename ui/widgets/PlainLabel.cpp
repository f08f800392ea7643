// SPDX-License-Identifier: MIT
#include "PlainLabel.h"

PlainLabel::PlainLabel(QWidget* parent) : QLabel(parent)
{
    makePlain(this);
}

PlainLabel::PlainLabel(const QString& text, QWidget* parent) : QLabel(parent)
{
    // The format first: QLabel lays its text out as soon as it is set.
    makePlain(this);
    setText(text);
}

void PlainLabel::makePlain(QLabel* label)
{
    label->setTextFormat(Qt::PlainText);
    // Plain text has no links, but a label that was rich before may still hold one's state.
    label->setOpenExternalLinks(false);
    label->setTextInteractionFlags(label->textInteractionFlags() & ~Qt::LinksAccessibleByMouse
                                   & ~Qt::LinksAccessibleByKeyboard);
}
