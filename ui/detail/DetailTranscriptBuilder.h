// SPDX-License-Identifier: MIT
#pragma once

#include <QPalette>
#include <QString>
#include <QStringList>

#include <optional>

class QTextDocument;

// Lays a "Speaker: words" transcript out as a conversation in a QTextDocument: one block per
// line, the speaker in bold and in a colour of its own, other lines as indented continuations.
// Text goes in through QTextCursor::insertText only, so nothing in it is read as markup.
class DetailTranscriptBuilder {
public:
    // Returns the speakers in order of first appearance.
    static QStringList build(QTextDocument* document, const QString& transcript,
                             const QPalette& palette);
    // Length of the "Speaker" part of "Speaker: words", or nothing when the line is not an
    // utterance (a continuation, "At 10:30 we...", a sentence that happens to hold a colon).
    static std::optional<qsizetype> speakerLength(QStringView line);
};
