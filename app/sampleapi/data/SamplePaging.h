// SPDX-License-Identifier: MIT
#pragma once

#include "SampleCall.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

class SampleListQuery;

// Cursor and page-number paging of the call list. Cursors are keyset positions, (sort key, id)
// of the last item served, signed so that only cursors this server issued are accepted: a walk
// stays consistent while calls are inserted (no call lost or served twice).
class SamplePaging {
public:
    struct Cursor {
        QString queryKey; // sort and filters the cursor was issued for
        qint64 sortKey = 0;
        QString id;
    };
    struct Page {
        QList<qsizetype> positions; // of the page's calls in the list given to page()
        qsizetype totalCount = 0;
        qsizetype totalPages = 0;
        bool hasMore = false;
        QString nextCursor; // empty: null
    };

    explicit SamplePaging(const QByteArray& secret);

    QString encode(const Cursor& cursor) const;
    std::optional<Cursor> decode(const QString& text) const;

    // Cuts the page the query asks for from `order`: the positions in `calls` of the calls that
    // pass its filters, already in its order (SampleListCache). O(page + log N).
    Page page(const QList<SampleCall>& calls, const std::vector<qsizetype>& order,
              const SampleListQuery& query) const;

private:
    QByteArray mac(const QByteArray& payload) const;
    Page numberedPage(const std::vector<qsizetype>& order, const SampleListQuery& query) const;
    Page cursorPage(const QList<SampleCall>& calls, const std::vector<qsizetype>& order,
                    const SampleListQuery& query) const;

    QByteArray m_secret;
};
