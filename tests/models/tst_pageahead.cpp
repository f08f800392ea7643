// SPDX-License-Identifier: MIT
#include "ApiClient.h"
#include "CallPageReply.h"
#include "CallWalk.h"
#include "PageAhead.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
PageMeta cursorPage(const QString& next, bool hasMore)
{
    PageMeta meta;
    meta.perPage = 25;
    meta.nextCursor = next;
    meta.hasMore = hasMore;
    return meta;
}

PagePosition cursorAt(const QString& cursor)
{
    PagePosition position;
    position.cursor = cursor;
    return position;
}

ArrivedPage arrivedWithRequestId(const QString& requestId)
{
    ArrivedPage arrived;
    arrived.requestId = requestId;
    return arrived;
}
} // namespace

// The replies come from a client with no API address: they never send anything, and only
// finish from the event loop, which these tests do not run unless they abort them.
class TestPageAhead : public QObject {
    Q_OBJECT
private slots:
    void asksForThePageAfterThePendingOne()
    {
        PageAhead ahead;
        CallWalk walk;
        QCOMPARE(ahead.positionAfter(walk, cursorPage(u"c1"_s, true)),
                 std::optional<PagePosition>(cursorAt(u"c1"_s)));
        QVERIFY(walk.advance(cursorPage(u"c1"_s, true), 25).isEmpty());
        QCOMPARE(ahead.positionAfter(walk, cursorPage(u"c2"_s, true)),
                 std::optional<PagePosition>(cursorAt(u"c2"_s)));
        QCOMPARE(walk.nextPosition(), cursorAt(u"c1"_s)); // the walk itself does not move
    }

    void asksForNothingWhereTheWalkWouldStop()
    {
        PageAhead ahead;
        CallWalk walk;
        QVERIFY(!ahead.positionAfter(walk, cursorPage({}, false))); // last page
        QVERIFY(!ahead.positionAfter(walk, cursorPage({}, true))); // no cursor
        QVERIFY(walk.advance(cursorPage(u"c1"_s, true), 25).isEmpty());
        QVERIFY(!ahead.positionAfter(walk, cursorPage(u"c1"_s, true))); // again
    }

    void asksForNothingWhileSomethingIsAhead()
    {
        ApiClient client(nullptr);
        PageAhead ahead;
        QVERIFY(ahead.isEmpty());
        CallPageReply* reply = client.listCalls(u"case"_s, {}, cursorAt(u"c1"_s));
        ahead.start(reply, cursorAt(u"c1"_s));
        QVERIFY(!ahead.isEmpty());
        QVERIFY(ahead.isAhead(reply));
        QVERIFY(!ahead.positionAfter(CallWalk(), cursorPage(u"c2"_s, true)));
        // Arrived, it is still ahead until adopted or dropped.
        QVERIFY(ahead.finished(reply, arrivedWithRequestId(u"r1"_s)));
        QVERIFY(!ahead.isAhead(reply));
        QVERIFY(!ahead.isEmpty());
        QVERIFY(!ahead.positionAfter(CallWalk(), cursorPage(u"c2"_s, true)));
    }

    void adoptsTheRunningReplyWithTheCursorDecodedEarly()
    {
        ApiClient client(nullptr);
        PageAhead ahead;
        CallPageReply* reply = client.listCalls(u"case"_s, {}, cursorAt(u"c1"_s));
        ahead.start(reply, cursorAt(u"c1"_s));
        QVERIFY(ahead.metaDecoded(reply, cursorPage(u"c2"_s, true)));
        const std::optional<PageAhead::Adopted> adopted = ahead.adopt(cursorAt(u"c1"_s));
        QVERIFY(adopted);
        QCOMPARE(adopted->reply, reply);
        QVERIFY(!adopted->arrived);
        QCOMPARE(adopted->meta, std::optional<PageMeta>(cursorPage(u"c2"_s, true)));
        QVERIFY(ahead.isEmpty());
        QVERIFY(!reply->isFinished()); // handed over, not aborted
        QVERIFY(!ahead.adopt(cursorAt(u"c1"_s))); // only once
        reply->abort();
    }

    void adoptsThePageThatArrivedAlready()
    {
        ApiClient client(nullptr);
        PageAhead ahead;
        CallPageReply* reply = client.listCalls(u"case"_s, {}, cursorAt(u"c1"_s));
        ahead.start(reply, cursorAt(u"c1"_s));
        QVERIFY(ahead.finished(reply, arrivedWithRequestId(u"r1"_s)));
        const std::optional<PageAhead::Adopted> adopted = ahead.adopt(cursorAt(u"c1"_s));
        QVERIFY(adopted);
        QVERIFY(!adopted->reply);
        QVERIFY(adopted->arrived);
        QCOMPARE(adopted->arrived->requestId, u"r1"_s);
        QVERIFY(!adopted->meta);
        QVERIFY(ahead.isEmpty());
        reply->abort();
    }

    void dropsAndAbortsAPageTheWalkDoesNotWant()
    {
        ApiClient client(nullptr);
        PageAhead ahead;
        CallPageReply* reply = client.listCalls(u"case"_s, {}, cursorAt(u"c1"_s));
        ahead.start(reply, cursorAt(u"c1"_s));
        QVERIFY(ahead.metaDecoded(reply, cursorPage(u"c2"_s, true)));
        QVERIFY(!ahead.adopt(cursorAt(u"other"_s)));
        QVERIFY(ahead.isEmpty());
        QVERIFY(reply->isFinished()); // deleted only later, from the event loop
        QCOMPARE(reply->error().kind, ApiError::Kind::Cancelled);
        // What is dropped is forgotten, also its cursor: starting again at that position hands
        // over no early cursor.
        CallPageReply* again = client.listCalls(u"case"_s, {}, cursorAt(u"c1"_s));
        ahead.start(again, cursorAt(u"c1"_s));
        const std::optional<PageAhead::Adopted> adopted = ahead.adopt(cursorAt(u"c1"_s));
        QVERIFY(adopted);
        QVERIFY(!adopted->meta);
        again->abort();
    }

    void ignoresRepliesThatAreNotAhead()
    {
        ApiClient client(nullptr);
        PageAhead ahead;
        CallPageReply* pending = client.listCalls(u"case"_s, {}, {});
        CallPageReply* reply = client.listCalls(u"case"_s, {}, cursorAt(u"c1"_s));
        QVERIFY(!ahead.metaDecoded(pending, cursorPage(u"c1"_s, true)));
        QVERIFY(!ahead.finished(pending, {}));
        QVERIFY(ahead.isEmpty());
        ahead.start(reply, cursorAt(u"c1"_s));
        QVERIFY(!ahead.isAhead(pending));
        QVERIFY(!ahead.isAhead(nullptr));
        QVERIFY(!ahead.finished(pending, {}));
        QVERIFY(!ahead.metaDecoded(pending, cursorPage(u"c2"_s, true)));
        const std::optional<PageAhead::Adopted> adopted = ahead.adopt(cursorAt(u"c1"_s));
        QVERIFY(adopted && !adopted->arrived && !adopted->meta);
        pending->abort();
        reply->abort();
    }

    void dropAbortsTheRequestAndForgetsWhatArrived()
    {
        ApiClient client(nullptr);
        PageAhead ahead;
        CallPageReply* reply = client.listCalls(u"case"_s, {}, cursorAt(u"c1"_s));
        ahead.start(reply, cursorAt(u"c1"_s));
        ahead.drop();
        QVERIFY(ahead.isEmpty());
        QVERIFY(reply->isFinished()); // deleted only later, from the event loop
        QVERIFY(!ahead.isAhead(reply)); // its finished() finds it not ahead

        CallPageReply* next = client.listCalls(u"case"_s, {}, cursorAt(u"c1"_s));
        ahead.start(next, cursorAt(u"c1"_s));
        QVERIFY(ahead.finished(next, arrivedWithRequestId(u"r1"_s)));
        ahead.drop();
        QVERIFY(ahead.isEmpty());
        QVERIFY(!ahead.adopt(cursorAt(u"c1"_s)));
        next->abort();
    }
};

QTEST_GUILESS_MAIN(TestPageAhead)
#include "tst_pageahead.moc"
