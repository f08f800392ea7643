// SPDX-License-Identifier: MIT
#include "SampleCursorSeal.h"

#include <QMessageAuthenticationCode>

namespace {
constexpr auto base64Options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
constexpr char separator = '|';
} // namespace

SampleCursorSeal::SampleCursorSeal(const QByteArray& secret) : m_secret(secret) { }

QByteArray SampleCursorSeal::mac(const QByteArray& payload) const
{
    return QMessageAuthenticationCode::hash(payload, m_secret, QCryptographicHash::Sha256)
        .toHex()
        .left(16);
}

QString SampleCursorSeal::encode(const SampleCursor& cursor) const
{
    const QByteArray payload = cursor.queryKey.toUtf8() + separator
        + QByteArray::number(cursor.sortKey) + separator + cursor.id.toLatin1();
    return QString::fromLatin1((payload + separator + mac(payload)).toBase64(base64Options));
}

std::optional<SampleCursor> SampleCursorSeal::decode(const QString& text) const
{
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), base64Options | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QByteArray bytes = *decoded;
    const qsizetype macStart = bytes.lastIndexOf(separator);
    if (macStart < 0 || mac(bytes.left(macStart)) != bytes.mid(macStart + 1))
        return std::nullopt;
    const QByteArray payload = bytes.left(macStart);
    const qsizetype idStart = payload.lastIndexOf(separator);
    const qsizetype keyStart = payload.lastIndexOf(separator, idStart - 1);
    SampleCursor cursor;
    cursor.queryKey = QString::fromUtf8(payload.left(keyStart));
    cursor.sortKey = payload.mid(keyStart + 1, idStart - keyStart - 1).toLongLong();
    cursor.id = QString::fromLatin1(payload.mid(idStart + 1));
    return cursor;
}
