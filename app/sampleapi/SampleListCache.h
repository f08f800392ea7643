// SPDX-License-Identifier: MIT
#pragma once

#include "SampleCallStore.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>

#include <functional>
#include <memory>
#include <vector>

class SampleListQuery;

// What makes a page of the call list cost O(page) instead of O(case): the filtered, sorted order
// of the calls per (sort, filters), and each call's serialised JSON, both kept for as long as the
// store's snapshot is current (a full walk of N calls was O(N²) when every request re-sorted and
// re-serialised the whole case). Thread-safe.
class SampleListCache {
public:
    using Snapshot = SampleCallStore::Snapshot;
    using Order = std::vector<qsizetype>; // positions in Snapshot::calls

    // The snapshot's calls that pass the query's filters, in the query's order.
    std::shared_ptr<const Order> order(const std::shared_ptr<const Snapshot>& snapshot,
                                       const SampleListQuery& query);
    // The compact JSON object of the call at `position`. `urlExpiry` is part of the key (a signed
    // recording URL changes with it; 0 for any other call); `recordingUrl` is asked only on a miss.
    QByteArray callJson(const Snapshot& snapshot, qsizetype position, qint64 urlExpiry,
                        const std::function<QString()>& recordingUrl);

private:
    struct Json {
        QByteArray text;
        qint64 urlExpiry = 0;
    };
    void adopt(const Snapshot& snapshot); // m_mutex held

    QMutex m_mutex;
    bool m_adopted = false;
    quint64 m_version = 0;
    QHash<QString, std::shared_ptr<const Order>> m_orders; // by SampleListQuery::queryKey()
    std::vector<Json> m_json; // by position
};
