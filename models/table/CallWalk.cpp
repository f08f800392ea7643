// SPDX-License-Identifier: MIT
#include "CallWalk.h"

#include <QCoreApplication>

namespace {
// A page of nothing new can happen honestly with page numbers while calls are inserted (a page
// shifts by its whole length); three in a row cannot.
constexpr int maxPagesWithoutNewIds = 3;
} // namespace

CallWalk::CallWalk(CallsQuery::Paging paging) : m_paging(paging) { }

QString CallWalk::advance(const PageMeta& meta, int newIdCount)
{
    ++m_pagesRead;
    m_totalCount = meta.totalCount;
    m_hasMore = meta.hasMore;
    if (!m_hasMore)
        return {};

    m_pagesWithoutNewIds = newIdCount > 0 ? 0 : m_pagesWithoutNewIds + 1;
    QString stop;
    if (m_pagesWithoutNewIds >= maxPagesWithoutNewIds) {
        stop = tr("The server kept sending pages with no new calls; loading stopped.");
    } else if (m_paging == CallsQuery::Paging::Cursor) {
        if (meta.nextCursor.isEmpty())
            stop = tr("The server said there are more calls but sent no cursor; loading stopped.");
        else if (m_cursorsSeen.contains(meta.nextCursor))
            stop = tr("The server sent the same page cursor twice; loading stopped.");
        m_cursorsSeen.insert(meta.nextCursor);
        m_next.cursor = meta.nextCursor;
    } else {
        m_next.page = meta.page.value_or(m_next.page) + 1;
    }
    if (!stop.isEmpty())
        m_hasMore = false;
    return stop;
}
