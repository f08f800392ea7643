// SPDX-License-Identifier: MIT
#include "SamplePaging.h"

#include "SampleListQuery.h"

#include <algorithm>

using namespace Qt::StringLiterals;

SamplePaging::SamplePaging(const QByteArray& secret) : m_seal(secret) { }

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
        page.nextCursor = m_seal.encode({query.queryKey(), query.sortKeyOf(last), last.id});
    }
    return page;
}
