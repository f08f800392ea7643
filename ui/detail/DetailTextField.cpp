// SPDX-License-Identifier: MIT
#include "DetailTextField.h"

#include "DetailColours.h"
#include "DetailHighlights.h"

#include <QAbstractTextDocumentLayout>
#include <QTextCursor>

#include <cmath>

DetailTextField::DetailTextField(QWidget* parent) : QTextEdit(parent)
{
    setReadOnly(true);
    setAcceptRichText(false);
    setTabChangesFocus(true);
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    // Blend into the page around it: this is text to read, not a field to edit.
    viewport()->setAutoFillBackground(false);
    document()->setDocumentMargin(0);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &DetailTextField::fitHeightToDocument);
}

void DetailTextField::setPlainContent(const QString& text)
{
    clear();
    QTextCursor cursor(document());
    cursor.insertText(text, QTextCharFormat());
    applyHighlights();
    fitHeightToDocument();
}

void DetailTextField::setHighlightTerms(const QStringList& terms)
{
    m_terms = terms;
    applyHighlights();
}

void DetailTextField::applyHighlights()
{
    setExtraSelections(DetailHighlights::forTerms(document(), document()->toPlainText(), m_terms,
                                                  DetailColours::termHighlight(palette())));
}

void DetailTextField::resizeEvent(QResizeEvent* event)
{
    QTextEdit::resizeEvent(event);
    // A new width rewraps the text; the height follows.
    fitHeightToDocument();
}

void DetailTextField::fitHeightToDocument()
{
    const int margins = contentsMargins().top() + contentsMargins().bottom();
    setFixedHeight(int(std::ceil(document()->size().height())) + margins);
}
