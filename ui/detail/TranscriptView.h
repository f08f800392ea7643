// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextEdit>
#include <QWidget>

class DetailFindBar;
class QLabel;
class QStackedWidget;

// A call's transcript as a conversation, with find-in-transcript (F3 / Shift+F3, "3 of 12")
// and the filter pane's search terms marked. When there is no transcript it says why.
class TranscriptView : public QWidget {
    Q_OBJECT
public:
    explicit TranscriptView(QWidget* parent = nullptr);

    void setTranscript(const QString& transcript);
    // Shown instead of a transcript ("The transcript is still being processed.").
    void showMessage(const QString& message);
    void setHighlightTerms(const QStringList& terms);
    void focusFind();
    void findNext();
    void findPrevious();

    QTextEdit* textEdit() const { return m_text; }
    QStringList speakers() const { return m_speakers; }
    qsizetype matchCount() const { return m_matches.size(); }

private:
    void createShortcuts();
    void search(const QString& text);
    void selectMatch(qsizetype index);
    void updateExtraSelections();

    DetailFindBar* m_findBar;
    QTextEdit* m_text;
    QLabel* m_message;
    QStackedWidget* m_pages;
    QString m_plain; // the document's plain text; its indexes are document positions
    QStringList m_speakers;
    QStringList m_terms;
    QList<QTextEdit::ExtraSelection> m_termMarks;
    QList<qsizetype> m_matches;
    qsizetype m_findLength = 0;
    qsizetype m_current = -1;
};
