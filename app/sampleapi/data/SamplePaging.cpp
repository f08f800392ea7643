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

SamplePaging::Page SamplePaging::page(const QList<SampleCall>& calls,
                                      const std::vector<qsizetype>& order,
                                      const SampleListQuery& query) const
{
    return query.page ? numberedPage(order, query) : cursorPage(calls, order, query);
}

namespace {
QList<qsizetype> slice(const std::vector<qsizetype>& order, qsizetype start, qsizetype count)
{
    QList<qsizetype> positions;
    const qsizetype end = std::min(qsizetype(order.size()), start + count);
    for (qsizetype i = start; i < end; ++i)
        positions.append(order[size_t(i)]);
    return positions;
}
} // namespace

SamplePaging::Page SamplePaging::numberedPage(const std::vector<qsizetype>& order,
                                              const SampleListQuery& query) const
{
    const auto total = qsizetype(order.size());
    Page page;
    page.totalCount = total;
    page.totalPages = (total + query.perPage - 1) / query.perPage;
    const qsizetype offset = qsizetype(*query.page - 1) * query.perPage;
    if (offset < total)
        page.positions = slice(order, offset, query.perPage);
    page.hasMore = offset + query.perPage < total;
    return page;
}

SamplePaging::Page SamplePaging::cursorPage(const QList<SampleCall>& calls,
                                            const std::vector<qsizetype>& order,
                                            const SampleListQuery& query) const
{
    const auto total = qsizetype(order.size());
    Page page;
    page.totalCount = total;
    page.totalPages = (total + query.perPage - 1) / query.perPage;
    // Keyset: resume after the cursor's position, which need not be a call that still exists.
    // `order` is sorted in the query's order, so the calls at or before the cursor come first.
    auto first = order.cbegin();
    if (query.cursor) {
        first = std::partition_point(order.cbegin(), order.cend(), [&](qsizetype position) {
            return !query.isAfterCursor(calls.at(position));
        });
    }
    const qsizetype start = first - order.cbegin();
    page.positions = slice(order, start, query.perPage);
    page.hasMore = start + query.perPage < total;
    if (page.hasMore) {
        const SampleCall& last = calls.at(page.positions.last());
        page.nextCursor = encode({query.queryKey(), query.sortKeyOf(last), last.id});
    }
    return page;
}
