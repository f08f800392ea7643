// SPDX-License-Identifier: MIT
#include "ReferenceNumbers.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

// A keyword, an optional marker ("#", ":", "number", "no."), an optional "is", then the value:
// letters and digits, optionally joined by "-" or "/". Whether it counts is decided in code.
const QRegularExpression& pattern()
{
    static const QRegularExpression expression(
        QStringLiteral(R"(\b(?:ref|reference|claim|case|confirmation|policy|ticket)\b)"
                       R"((?<marker>\s*\.?\s*(?:(?:number|num|no)\b\.?)?\s*[#:]?)\s*(?:is\s+)?)"
                       R"((?<value>[A-Za-z0-9]+(?:[-/][A-Za-z0-9]+)*))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return expression;
}

bool hasDigit(QStringView value)
{
    return std::ranges::any_of(value, [](QChar c) { return c.isDigit(); });
}

// "Ref# 889" is clearly a reference; a bare "reference 2024" is likely a year, so a value
// without a marker must be longer.
bool isReference(QStringView marker, QStringView value)
{
    const bool marked = !marker.trimmed().isEmpty() && marker.trimmed() != u".";
    const qsizetype minimumLength = marked ? 3 : 5;
    return value.size() >= minimumLength && hasDigit(value);
}

} // namespace

QList<ReferenceNumber> ReferenceNumbers::find(const QString& text)
{
    QList<ReferenceNumber> found;
    QSet<QString> seen;
    qsizetype offset = 0;
    while (offset < text.size()) {
        const QRegularExpressionMatch match = pattern().match(text, offset);
        if (!match.hasMatch())
            break;
        const QStringView value = match.capturedView(u"value");
        if (!isReference(match.capturedView(u"marker"), value)) {
            // "reference to claim #CLM-1": the rejected value may start the next keyword.
            offset = match.capturedStart(u"value");
            continue;
        }
        offset = match.capturedEnd(0);
        const QString key = value.toString().toUpper();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        found.append({match.capturedStart(u"value"), value.size(), value.toString()});
    }
    return found;
}
