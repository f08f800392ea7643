// SPDX-License-Identifier: MIT
#include "DisplayText.h"

#include <QList>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
constexpr char16_t leftToRightEmbedding = 0x202A;
constexpr char16_t rightToLeftEmbedding = 0x202B;
constexpr char16_t popDirectionalFormatting = 0x202C;
constexpr char16_t leftToRightOverride = 0x202D;
constexpr char16_t rightToLeftOverride = 0x202E;
constexpr char16_t leftToRightIsolate = 0x2066;
constexpr char16_t rightToLeftIsolate = 0x2067;
constexpr char16_t firstStrongIsolate = 0x2068;
constexpr char16_t popDirectionalIsolate = 0x2069;
} // namespace

bool DisplayText::isBidiControl(char32_t codePoint)
{
    return (codePoint >= leftToRightEmbedding && codePoint <= rightToLeftOverride)
        || (codePoint >= leftToRightIsolate && codePoint <= popDirectionalIsolate)
        || codePoint == 0x200E || codePoint == 0x200F || codePoint == 0x061C; // LRM, RLM, ALM
}

bool DisplayText::isInvisibleFormat(char32_t codePoint)
{
    // The format category holds every control above, the zero-width characters, the BOM,
    // the soft hyphen and the invisible tag characters (U+E0001...).
    return QChar::category(codePoint) == QChar::Other_Format || isBidiControl(codePoint)
        || (codePoint >= 0x200B && codePoint <= 0x200F)
        || (codePoint >= 0x2060 && codePoint <= 0x2064) || codePoint == 0xFEFF;
}

QString DisplayText::identifier(const QString& text)
{
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            if (!isInvisibleFormat(QChar::surrogateToUcs4(c, text.at(i + 1))))
                clean.append(text.mid(i, 2));
            ++i;
        } else if (!isInvisibleFormat(c.unicode())) {
            clean.append(c);
        }
    }
    return clean;
}

QString DisplayText::isolated(const QString& text)
{
    bool hasControl = false;
    for (const QChar c : text)
        hasControl = hasControl || isBidiControl(c.unicode());
    if (!hasControl)
        return text;
    QStringList lines;
    for (const QStringView line : QStringView(text).split(u'\n'))
        lines.append(isolatedLine(line));
    return lines.join(u'\n');
}

QString DisplayText::isolatedLine(QStringView line)
{
    bool hasControl = false;
    for (const QChar c : line)
        hasControl = hasControl || isBidiControl(c.unicode());
    if (!hasControl)
        return line.toString();
    QString balanced;
    balanced.reserve(line.size() + 8);
    balanced.append(QChar(firstStrongIsolate));
    QList<bool> open; // true: an isolate (closed by PDI), false: an embedding or override (PDF)
    for (const QChar c : line) {
        switch (c.unicode()) {
        case leftToRightEmbedding:
        case rightToLeftEmbedding:
        case leftToRightOverride:
        case rightToLeftOverride:
            open.append(false);
            break;
        case leftToRightIsolate:
        case rightToLeftIsolate:
        case firstStrongIsolate:
            open.append(true);
            break;
        case popDirectionalFormatting:
            if (open.isEmpty() || open.last())
                continue; // would close nothing of its own: dropped
            open.removeLast();
            break;
        case popDirectionalIsolate:
            if (!open.contains(true))
                continue; // would close our isolate early: dropped
            // A PDI also closes the embeddings opened inside its isolate (UAX #9, X6a).
            while (!open.takeLast()) { }
            break;
        default:
            break;
        }
        balanced.append(c);
    }
    while (!open.isEmpty())
        balanced.append(QChar(open.takeLast() ? popDirectionalIsolate : popDirectionalFormatting));
    balanced.append(QChar(popDirectionalIsolate));
    return balanced;
}

QString DisplayText::toolTip(const QString& text)
{
    if (!text.contains(u'<') && !text.contains(u'&'))
        return text;
    return u"<p style=\"white-space:pre-wrap\">"_s + text.toHtmlEscaped() + u"</p>"_s;
}
