// SPDX-License-Identifier: MIT
#pragma once

#include "SampleCall.h"
#include "SampleCursorSeal.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

class SampleListQuery;

// Cursor and page-number paging of the call list. Cursors are keyset positions (SampleCursor),
// so a walk stays consistent while calls are inserted (no call lost or served twice).
class SamplePaging {
public:
    struct Page {
        QList<qsizetype> positions; // of the page's calls in the list given to page()
        qsizetype totalCount = 0;
        qsizetype totalPages = 0;
        bool hasMore = false;
        QString nextCursor; // empty: null
    };

    explicit SamplePaging(const QByteArray& secret);

    // Signs the cursors this paging issues; SampleListQuery reads them back with it.
    const SampleCursorSeal& seal() const { return m_seal; }

    // Cuts the page the query asks for from `order`: the positions in `calls` of the calls that
    // pass its filters, already in its order (SampleListCache). O(page + log N).
    Page page(const QList<SampleCall>& calls, const std::vector<qsizetype>& order,
              const SampleListQuery& query) const;

private:
    Page numberedPage(const std::vector<qsizetype>& order, const SampleListQuery& query) const;
    Page cursorPage(const QList<SampleCall>& calls, const std::vector<qsizetype>& order,
                    const SampleListQuery& query) const;

    SampleCursorSeal m_seal;
};
