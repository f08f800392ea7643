// SPDX-License-Identifier: MIT
#pragma once

#include "SampleCall.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

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
        QList<SampleCall> calls;
        qsizetype totalCount = 0;
        qsizetype totalPages = 0;
        bool hasMore = false;
        QString nextCursor; // empty: null
    };

    explicit SamplePaging(const QByteArray& secret);

    QString encode(const Cursor& cursor) const;
    std::optional<Cursor> decode(const QString& text) const;

    // Filters and sorts `calls`, then cuts the page the query asks for.
    Page page(QList<SampleCall> calls, const SampleListQuery& query) const;

private:
    QByteArray mac(const QByteArray& payload) const;
    Page numberedPage(const QList<SampleCall>& sorted, const SampleListQuery& query) const;
    Page cursorPage(const QList<SampleCall>& sorted, const SampleListQuery& query) const;

    QByteArray m_secret;
};
