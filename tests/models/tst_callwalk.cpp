// SPDX-License-Identifier: MIT
#include "CallWalk.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
PageMeta cursorPage(const QString& next, bool hasMore, int total = 100)
{
    PageMeta meta;
    meta.perPage = 25;
    meta.nextCursor = next;
    meta.hasMore = hasMore;
    meta.totalCount = total;
    return meta;
}
} // namespace

class TestCallWalk : public QObject {
    Q_OBJECT
private slots:
    void cursorWalkFollowsNextCursor()
    {
        CallWalk walk;
        QCOMPARE(walk.nextPosition(), PagePosition {});
        QVERIFY(walk.hasMore());
        QVERIFY(walk.advance(cursorPage(u"c1"_s, true), 25).isEmpty());
        QCOMPARE(walk.nextPosition().cursor, u"c1"_s);
        QVERIFY(walk.advance(cursorPage(u"c2"_s, true), 25).isEmpty());
        QCOMPARE(walk.nextPosition().cursor, u"c2"_s);
        QVERIFY(walk.advance(cursorPage({}, false), 10).isEmpty());
        QVERIFY(!walk.hasMore());
        QCOMPARE(walk.pagesRead(), 3);
        QCOMPARE(walk.totalCount(), std::optional<int>(100));
    }

    void sameCursorTwiceStops()
    {
        CallWalk walk;
        QVERIFY(walk.advance(cursorPage(u"c1"_s, true), 25).isEmpty());
        QVERIFY(walk.advance(cursorPage(u"c2"_s, true), 25).isEmpty());
        const QString stop = walk.advance(cursorPage(u"c1"_s, true), 25);
        QVERIFY(!stop.isEmpty());
        QVERIFY(!walk.hasMore());
    }

    void moreWithoutCursorStops()
    {
        CallWalk walk;
        QVERIFY(!walk.advance(cursorPage({}, true), 25).isEmpty());
        QVERIFY(!walk.hasMore());
    }

    void pagesWithNothingNewStop()
    {
        CallWalk walk(CallsQuery::Paging::PageNumber);
        PageMeta meta = cursorPage({}, true);
        meta.page = 1;
        QVERIFY(walk.advance(meta, 25).isEmpty());
        QCOMPARE(walk.nextPosition().page, 2);
        meta.page = 2;
        QVERIFY(walk.advance(meta, 0).isEmpty()); // one page of repeats can be honest
        meta.page = 3;
        QVERIFY(walk.advance(meta, 0).isEmpty());
        meta.page = 4;
        QVERIFY(!walk.advance(meta, 0).isEmpty());
        QVERIFY(!walk.hasMore());
    }

    void newIdsResetTheNothingNewCount()
    {
        CallWalk walk;
        QVERIFY(walk.advance(cursorPage(u"a"_s, true), 0).isEmpty());
        QVERIFY(walk.advance(cursorPage(u"b"_s, true), 0).isEmpty());
        QVERIFY(walk.advance(cursorPage(u"c"_s, true), 5).isEmpty());
        QVERIFY(walk.advance(cursorPage(u"d"_s, true), 0).isEmpty());
        QVERIFY(walk.advance(cursorPage(u"e"_s, true), 0).isEmpty());
        QVERIFY(walk.hasMore());
    }

    void pageNumberFollowsTheServersPage()
    {
        CallWalk walk(CallsQuery::Paging::PageNumber);
        PageMeta meta = cursorPage({}, true);
        meta.page = 1;
        walk.advance(meta, 25);
        QCOMPARE(walk.nextPosition().page, 2);
        QVERIFY(walk.nextPosition().cursor.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCallWalk)
#include "tst_callwalk.moc"
