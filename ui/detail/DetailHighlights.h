// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextEdit>

// Finding text and marking it with extra selections, which overlay the document without
// changing it (clearing a highlight never has to undo formats).
class DetailHighlights {
public:
    // Marking beyond this many matches only costs time; nobody scrolls through them all.
    static constexpr qsizetype maximumMarks = 5000;

    // Start of every case-insensitive occurrence of term in text, at most limit of them.
    static QList<qsizetype> positions(const QString& text, const QString& term,
                                      qsizetype limit = -1);
    // One selection per occurrence of each term. `plain` is the document's toPlainText().
    static QList<QTextEdit::ExtraSelection> forTerms(QTextDocument* document, const QString& plain,
                                                     const QStringList& terms,
                                                     const QColor& background);
    static QTextEdit::ExtraSelection mark(QTextDocument* document, qsizetype start,
                                          qsizetype length, const QColor& background);
};
