// SPDX-License-Identifier: MIT
#include "TranscriptView.h"

#include "DetailColours.h"
#include "DetailFindBar.h"
#include "DetailHighlights.h"
#include "DetailTranscriptBuilder.h"
#include "PlainLabel.h"

#include <QLabel>
#include <QShortcut>
#include <QStackedWidget>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

TranscriptView::TranscriptView(QWidget* parent)
    : QWidget(parent),
      m_findBar(new DetailFindBar(this)),
      m_text(new QTextEdit(this)),
      m_message(new PlainLabel(this)),
      m_pages(new QStackedWidget(this))
{
    m_text->setObjectName(u"transcriptText"_s);
    m_text->setAccessibleName(tr("Transcript"));
    m_text->setReadOnly(true);
    m_text->setAcceptRichText(false);
    m_text->setUndoRedoEnabled(false);
    m_text->setTabChangesFocus(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setObjectName(u"transcriptState"_s);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_message->setMargin(24);
    m_pages->addWidget(m_text);
    m_pages->addWidget(m_message);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_findBar);
    layout->addWidget(m_pages, 1);
    setFocusProxy(m_text);

    connect(m_findBar, &DetailFindBar::textChanged, this, &TranscriptView::search);
    connect(m_findBar, &DetailFindBar::nextRequested, this, &TranscriptView::findNext);
    connect(m_findBar, &DetailFindBar::previousRequested, this, &TranscriptView::findPrevious);
    createShortcuts();
}

void TranscriptView::createShortcuts()
{
    auto* next = new QShortcut(QKeySequence::FindNext, this);
    auto* previous = new QShortcut(QKeySequence::FindPrevious, this);
    for (QShortcut* shortcut : {next, previous})
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QShortcut::activated, this, &TranscriptView::findNext);
    connect(previous, &QShortcut::activated, this, &TranscriptView::findPrevious);
}

void TranscriptView::setTranscript(const QString& transcript)
{
    m_speakers = DetailTranscriptBuilder::build(m_text->document(), transcript, palette());
    m_plain = m_text->document()->toPlainText();
    m_text->moveCursor(QTextCursor::Start);
    m_termMarks = DetailHighlights::forTerms(m_text->document(), m_plain, m_terms,
                                             DetailColours::termHighlight(palette()));
    m_pages->setCurrentWidget(m_text);
    m_findBar->setEnabled(true);
    search(m_findBar->text());
}

void TranscriptView::showMessage(const QString& message)
{
    m_text->clear();
    m_plain.clear();
    m_speakers.clear();
    m_termMarks.clear();
    m_message->setText(message);
    m_pages->setCurrentWidget(m_message);
    m_findBar->setEnabled(false);
    search(m_findBar->text());
}

void TranscriptView::setHighlightTerms(const QStringList& terms)
{
    m_terms = terms;
    m_termMarks = DetailHighlights::forTerms(m_text->document(), m_plain, m_terms,
                                             DetailColours::termHighlight(palette()));
    updateExtraSelections();
}

void TranscriptView::focusFind()
{
    m_findBar->focusField();
}

void TranscriptView::search(const QString& text)
{
    m_findLength = text.size();
    m_matches = DetailHighlights::positions(m_plain, text);
    m_current = -1;
    if (!m_matches.isEmpty()) {
        // Find as you type: the first match from where the reader is.
        const qsizetype from = m_text->textCursor().selectionStart();
        const auto at = std::ranges::lower_bound(m_matches, from);
        selectMatch(at == m_matches.end() ? 0 : at - m_matches.begin());
    }
    m_findBar->setMatch(m_current, m_matches.size());
    updateExtraSelections();
}

void TranscriptView::findNext()
{
    if (!m_matches.isEmpty())
        selectMatch((m_current + 1) % m_matches.size());
}

void TranscriptView::findPrevious()
{
    if (!m_matches.isEmpty())
        selectMatch((m_current <= 0 ? m_matches.size() : m_current) - 1);
}

void TranscriptView::selectMatch(qsizetype index)
{
    m_current = index;
    QTextCursor cursor(m_text->document());
    cursor.setPosition(int(m_matches.at(index)));
    cursor.setPosition(int(m_matches.at(index) + m_findLength), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
    m_findBar->setMatch(m_current, m_matches.size());
}

void TranscriptView::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> marks = m_termMarks;
    const QColor findColour = DetailColours::findHighlight(palette());
    const qsizetype shown = std::min(m_matches.size(), DetailHighlights::maximumMarks);
    for (qsizetype i = 0; i < shown; ++i)
        marks.append(
            DetailHighlights::mark(m_text->document(), m_matches.at(i), m_findLength, findColour));
    m_text->setExtraSelections(marks);
}
