// SPDX-License-Identifier: MIT
#include "DetailHighlights.h"

#include <QTextCursor>
#include <QTextDocument>

QList<qsizetype> DetailHighlights::positions(const QString& text, const QString& term,
                                             qsizetype limit)
{
    QList<qsizetype> found;
    if (term.isEmpty())
        return found;
    qsizetype from = 0;
    while (limit < 0 || found.size() < limit) {
        const qsizetype at = text.indexOf(term, from, Qt::CaseInsensitive);
        if (at < 0)
            break;
        found.append(at);
        from = at + term.size();
    }
    return found;
}

QList<QTextEdit::ExtraSelection> DetailHighlights::forTerms(QTextDocument* document,
                                                            const QString& plain,
                                                            const QStringList& terms,
                                                            const QColor& background)
{
    QList<QTextEdit::ExtraSelection> marks;
    for (const QString& rawTerm : terms) {
        const QString term = rawTerm.trimmed();
        const qsizetype room = maximumMarks - marks.size();
        if (room <= 0)
            break;
        for (qsizetype at : positions(plain, term, room))
            marks.append(mark(document, at, term.size(), background));
    }
    return marks;
}

QTextEdit::ExtraSelection DetailHighlights::mark(QTextDocument* document, qsizetype start,
                                                 qsizetype length, const QColor& background)
{
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(document);
    selection.cursor.setPosition(int(start));
    selection.cursor.setPosition(int(start + length), QTextCursor::KeepAnchor);
    selection.format.setBackground(background);
    return selection;
}
