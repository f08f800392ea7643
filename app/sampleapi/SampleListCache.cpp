// SPDX-License-Identifier: MIT
#include "SampleListCache.h"

#include "SampleJson.h"
#include "SampleListQuery.h"

#include <algorithm>

namespace {
// Sort and filter combinations are few (4 orders × statuses × institutions); the bound only
// keeps a client that tries them all from growing the cache without limit.
constexpr qsizetype maxCachedOrders = 64;
} // namespace

void SampleListCache::adopt(const Snapshot& snapshot)
{
    if (m_adopted && m_version == snapshot.version)
        return;
    m_adopted = true;
    m_version = snapshot.version;
    m_orders.clear();
    m_json.assign(size_t(snapshot.calls.size()), {});
}

std::shared_ptr<const SampleListCache::Order>
SampleListCache::order(const std::shared_ptr<const Snapshot>& snapshot,
                       const SampleListQuery& query)
{
    const QString key = query.queryKey();
    {
        const QMutexLocker lock(&m_mutex);
        adopt(*snapshot);
        if (const auto found = m_orders.constFind(key); found != m_orders.cend())
            return *found;
    }
    // Sorted outside the lock: two requests racing here both sort, and either result is right.
    const QList<SampleCall>& calls = snapshot->calls;
    auto sorted = std::make_shared<Order>();
    for (qsizetype i = 0; i < calls.size(); ++i) {
        if (query.matches(calls.at(i)))
            sorted->push_back(i);
    }
    std::sort(sorted->begin(), sorted->end(), [&calls, &query](qsizetype a, qsizetype b) {
        return query.isBefore(calls.at(a), calls.at(b));
    });
    const QMutexLocker lock(&m_mutex);
    adopt(*snapshot);
    if (m_orders.size() >= maxCachedOrders)
        m_orders.clear();
    m_orders.insert(key, sorted);
    return sorted;
}

QByteArray SampleListCache::callJson(const Snapshot& snapshot, qsizetype position, qint64 urlExpiry,
                                     const std::function<QString()>& recordingUrl)
{
    {
        const QMutexLocker lock(&m_mutex);
        adopt(snapshot);
        const Json& cached = m_json.at(size_t(position));
        if (!cached.text.isEmpty() && cached.urlExpiry == urlExpiry)
            return cached.text;
    }
    const QByteArray text =
        SampleJson::document(SampleJson::call(snapshot.calls.at(position), recordingUrl()));
    const QMutexLocker lock(&m_mutex);
    adopt(snapshot);
    if (m_version == snapshot.version)
        m_json.at(size_t(position)) = {text, urlExpiry};
    return text;
}
