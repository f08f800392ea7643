// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Server text made safe to show. Bidi controls (U+202A-U+202E, U+2066-U+2069) and invisible
// characters (U+200B-U+200F, U+2060-U+2064, U+FEFF and the rest of Unicode's "format"
// category) can make "+1 555 0100" look like another number, or reorder the words around a
// value: identifiers lose them, free text is isolated so its controls act only inside it.
class DisplayText {
public:
    // Phone numbers, call ids, SIDs, reference and request numbers: every format character
    // removed, so what is shown and what is copied are the characters that identify.
    static QString identifier(const QString& text);
    // Free text (summaries, transcript lines, names): each line that holds a bidi control is
    // balanced (stray terminators dropped, open embeddings closed) and wrapped in a first-strong
    // isolate (U+2068 ... U+2069), so nothing in it can reorder text outside it. Lines without
    // controls are returned unchanged, so copying them gives back the server's characters.
    static QString isolated(const QString& text);
    // A tooltip that always shows as the literal text: Qt guesses rich text for tooltips, so
    // text with '<' or '&' is escaped into a paragraph that keeps its line breaks.
    static QString toolTip(const QString& text);

    static bool isInvisibleFormat(char32_t codePoint);
    static bool isBidiControl(char32_t codePoint);

private:
    static QString isolatedLine(QStringView line);
};
