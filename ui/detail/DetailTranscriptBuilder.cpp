// SPDX-License-Identifier: MIT
#include "DetailTranscriptBuilder.h"

#include "DetailColours.h"
#include "DisplayText.h"

#include <QHash>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

namespace {
// "Representative (Chase Bank)" fits; a long sentence with a colon does not.
constexpr qsizetype maximumSpeakerLength = 48;
constexpr int maximumSpeakerWords = 6;
constexpr qreal utteranceSpacing = 6;
constexpr qreal continuationIndent = 16;

QTextCharFormat speakerFormat(int index, const QPalette& palette)
{
    QTextCharFormat format;
    format.setFontWeight(QFont::Bold);
    format.setForeground(DetailColours::speaker(index, palette));
    return format;
}
} // namespace

std::optional<qsizetype> DetailTranscriptBuilder::speakerLength(QStringView line)
{
    const qsizetype colon = line.left(maximumSpeakerLength + 1).indexOf(u':');
    if (colon <= 0 || (colon + 1 < line.size() && !line.at(colon + 1).isSpace()))
        return std::nullopt;
    const QStringView name = line.left(colon);
    if (!name.front().isLetter() || name.back().isSpace())
        return std::nullopt;
    int words = 1;
    for (QChar c : name) {
        if (c == u'.' || c == u'?' || c == u'!' || c == u',' || c == u';' || c == u'"')
            return std::nullopt;
        if (c == u' ' && ++words > maximumSpeakerWords)
            return std::nullopt;
    }
    return colon;
}

QStringList DetailTranscriptBuilder::build(QTextDocument* document, const QString& transcript,
                                           const QPalette& palette)
{
    document->clear();
    document->setUndoRedoEnabled(false);
    QStringList speakers;
    QHash<QString, QTextCharFormat> speakerFormats;
    QTextBlockFormat utterance;
    utterance.setTopMargin(utteranceSpacing);
    QTextBlockFormat continuation;
    continuation.setLeftMargin(continuationIndent);
    const QTextCharFormat words;

    QTextCursor cursor(document);
    cursor.beginEditBlock();
    bool first = true;
    for (QStringView rawLine : QStringView(transcript).split(u'\n', Qt::SkipEmptyParts)) {
        const QStringView line = rawLine.trimmed();
        if (line.isEmpty())
            continue;
        const std::optional<qsizetype> nameLength = speakerLength(line);
        const QTextBlockFormat& blockFormat = nameLength ? utterance : continuation;
        if (first)
            cursor.setBlockFormat(blockFormat);
        else
            cursor.insertBlock(blockFormat, words);
        first = false;
        if (!nameLength) {
            cursor.insertText(DisplayText::isolated(line.toString()), words);
            continue;
        }
        const QString name = line.left(*nameLength).toString();
        auto format = speakerFormats.find(name);
        if (format == speakerFormats.end()) {
            format = speakerFormats.insert(name, speakerFormat(int(speakers.size()), palette));
            speakers.append(name);
        }
        // Name and words isolated apart: an override in one cannot reorder the other.
        cursor.insertText(DisplayText::isolated(name) + u':', *format);
        cursor.insertText(DisplayText::isolated(line.mid(*nameLength + 1).toString()), words);
    }
    cursor.endEditBlock();
    return speakers;
}
