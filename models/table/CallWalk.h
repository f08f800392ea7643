// SPDX-License-Identifier: MIT
#pragma once

#include "CallsQuery.h"
#include "PageMeta.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <optional>

// Where one walk through a case's calls stands: the next page to ask for, whether there is one,
// and the guard against servers that never stop paging (the same cursor twice, or pages that
// bring nothing new).
class CallWalk {
    Q_DECLARE_TR_FUNCTIONS(CallWalk)

public:
    explicit CallWalk(CallsQuery::Paging paging = CallsQuery::Paging::Cursor);

    PagePosition nextPosition() const { return m_next; }
    bool hasMore() const { return m_hasMore; }
    std::optional<int> totalCount() const { return m_totalCount; }
    int pagesRead() const { return m_pagesRead; }

    // Records a page that arrived with `newIdCount` calls not seen before in this walk. Returns
    // an empty string, or why the walk must stop although the server says there is more.
    QString advance(const PageMeta& meta, int newIdCount);

private:
    CallsQuery::Paging m_paging;
    PagePosition m_next;
    bool m_hasMore = true;
    std::optional<int> m_totalCount;
    int m_pagesRead = 0;
    int m_pagesWithoutNewIds = 0;
    QSet<QString> m_cursorsSeen;
};
