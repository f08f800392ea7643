// SPDX-License-Identifier: MIT
#include "SamplePaging.h"

#include "SampleListQuery.h"

#include <QMessageAuthenticationCode>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr auto base64Options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
constexpr char separator = '|';
} // namespace

SamplePaging::SamplePaging(const QByteArray& secret) : m_secret(secret) { }

QByteArray SamplePaging::mac(const QByteArray& payload) const
{
    return QMessageAuthenticationCode::hash(payload, m_secret, QCryptographicHash::Sha256)
        .toHex()
        .left(16);
}

QString SamplePaging::encode(const Cursor& cursor) const
{
    const QByteArray payload = cursor.queryKey.toUtf8() + separator
        + QByteArray::number(cursor.sortKey) + separator + cursor.id.toLatin1();
    return QString::fromLatin1((payload + separator + mac(payload)).toBase64(base64Options));
}

std::optional<SamplePaging::Cursor> SamplePaging::decode(const QString& text) const
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
    Cursor cursor;
    cursor.queryKey = QString::fromUtf8(payload.left(keyStart));
    cursor.sortKey = payload.mid(keyStart + 1, idStart - keyStart - 1).toLongLong();
    cursor.id = QString::fromLatin1(payload.mid(idStart + 1));
    return cursor;
}

SamplePaging::Page SamplePaging::page(QList<SampleCall> calls, const SampleListQuery& query) const
{
    calls.removeIf([&query](const SampleCall& call) { return !query.matches(call); });
    std::sort(calls.begin(), calls.end(),
              [&query](const SampleCall& a, const SampleCall& b) { return query.isBefore(a, b); });
    return query.page ? numberedPage(calls, query) : cursorPage(calls, query);
}

SamplePaging::Page SamplePaging::numberedPage(const QList<SampleCall>& sorted,
                                              const SampleListQuery& query) const
{
    Page page;
    page.totalCount = sorted.size();
    page.totalPages = (sorted.size() + query.perPage - 1) / query.perPage;
    const qsizetype offset = qsizetype(*query.page - 1) * query.perPage;
    if (offset < sorted.size())
        page.calls = sorted.mid(offset, query.perPage);
    page.hasMore = offset + query.perPage < sorted.size();
    return page;
}

SamplePaging::Page SamplePaging::cursorPage(const QList<SampleCall>& sorted,
                                            const SampleListQuery& query) const
{
    Page page;
    page.totalCount = sorted.size();
    page.totalPages = (sorted.size() + query.perPage - 1) / query.perPage;
    // Keyset: resume after the cursor's position, which need not be a call that still exists.
    auto first = sorted.cbegin();
    if (query.cursor) {
        first = std::find_if(sorted.cbegin(), sorted.cend(), [&query](const SampleCall& call) {
            return query.isAfterCursor(call);
        });
    }
    const qsizetype start = first - sorted.cbegin();
    page.calls = sorted.mid(start, query.perPage);
    page.hasMore = start + query.perPage < sorted.size();
    if (page.hasMore) {
        const SampleCall& last = page.calls.last();
        page.nextCursor = encode({query.queryKey(), query.sortKeyOf(last), last.id});
    }
    return page;
}
