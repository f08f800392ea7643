// SPDX-License-Identifier: MIT
#include "UlidValidator.h"

#include "Ulid.h"

namespace {
constexpr qsizetype ulidLength = 26;

// Upper-cases ASCII letters and drops blanks (pasted ids often carry spaces or a newline),
// moving `pos` left for every blank removed before it.
QString normalized(const QString& input, int* pos)
{
    const int originalPos = pos ? *pos : 0;
    QString result;
    result.reserve(input.size());
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input.at(i);
        if (c.isSpace()) {
            if (pos && i < originalPos)
                --*pos;
            continue;
        }
        const bool isAsciiLower = c.unicode() >= u'a' && c.unicode() <= u'z';
        result.append(isAsciiLower ? c.toUpper() : c);
    }
    return result;
}

// True when `text` can still become a ULID: padding it with zeros gives one.
bool isUlidPrefix(const QString& text)
{
    if (text.size() > ulidLength)
        return false;
    return isValidUlid(text + QString(ulidLength - text.size(), u'0'));
}
} // namespace

UlidValidator::UlidValidator(QObject* parent) : QValidator(parent) { }

QValidator::State UlidValidator::validate(QString& input, int& pos) const
{
    int newPos = pos;
    const QString candidate = normalized(input, &newPos);
    if (!isUlidPrefix(candidate))
        return Invalid;
    input = candidate;
    pos = newPos;
    return input.size() == ulidLength ? Acceptable : Intermediate;
}

void UlidValidator::fixup(QString& input) const
{
    const QString candidate = normalized(input, nullptr);
    if (isUlidPrefix(candidate))
        input = candidate;
}

QString UlidValidator::problem(const QString& text)
{
    const QString candidate = normalized(text, nullptr);
    if (candidate.isEmpty())
        return tr("Enter the case id: 26 characters, digits and letters.");
    if (!isUlidPrefix(candidate)) {
        if (candidate.size() > ulidLength)
            return tr("The case id is too long: it has 26 characters.");
        return tr("A case id has only digits and the letters A to Z without I, L, O and U.");
    }
    if (candidate.size() < ulidLength)
        return tr("The case id has %1 of its 26 characters.").arg(candidate.size());
    return {};
}
