// SPDX-License-Identifier: MIT
#pragma once

// The calls of the sample case, loaded over loopback HTTP into a real CallsTableModel, and an
// independent, plain reading of them that the proxies are checked against.
#include "CallColumns.h"
#include "CallsTableModel.h"
#include "LoopbackApi.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <memory>

namespace ProxyTest {
constexpr int loadTimeoutMs = 30000;

// The tests drive paging themselves. A tester that may fetch calls fetchMore() from inside the
// model's reset when the case is set, and CallsTableModel then sends the first page twice.
inline std::unique_ptr<QAbstractItemModelTester> makeTester(QAbstractItemModel* model)
{
    auto tester = std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester->setUseFetchMore(false);
    return tester;
}

// `server` and `client` point into `loopback` once start() made it.
struct Fixture {
    std::unique_ptr<LoopbackApi> loopback;
    SampleApiServer* server = nullptr;
    ApiClient* client = nullptr;
    std::unique_ptr<CallsTableModel> calls;
    std::unique_ptr<QAbstractItemModelTester> callsTester;

    // False when the server cannot listen or the client refuses its URL.
    bool start(const SampleApiOptions& options, int perPage)
    {
        loopback = std::make_unique<LoopbackApi>(options);
        server = &loopback->server;
        client = &loopback->client;
        if (!loopback->start())
            return false;
        calls = std::make_unique<CallsTableModel>(client);
        callsTester = makeTester(calls.get());
        CallsQuery query;
        query.perPage = perPage;
        calls->setQuery(query);
        return true;
    }

    void stop()
    {
        callsTester.reset();
        calls.reset();
        client = nullptr;
        server = nullptr;
        loopback.reset();
    }

    QString counterpart(int sourceRow) const
    {
        return calls->data(calls->index(sourceRow, CallColumn::Counterpart)).toString();
    }
};

// Fills the model page by page, as a view scrolling to the bottom would.
inline void walkToTheEnd(CallsTableModel& calls)
{
    QTRY_VERIFY_WITH_TIMEOUT(!calls.isLoading(), loadTimeoutMs);
    while (calls.canFetchMore({})) {
        calls.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!calls.isLoading(), loadTimeoutMs);
    }
    QVERIFY2(!calls.lastError().isError(), qPrintable(calls.lastError().message));
}

// The searchable fields of a call, read plainly: no folding tables, no index.
inline QStringList searchableFields(const Call& call, const QString& counterpart)
{
    QStringList fields {call.summary, call.transcript, call.notes, call.calledBy, counterpart};
    for (const ActionItem& item : call.actionItems)
        fields << item.description;
    for (QString& field : fields)
        field = field.simplified();
    return fields;
}

inline bool fieldsContain(const QStringList& fields, const QString& term)
{
    return std::any_of(fields.cbegin(), fields.cend(), [&term](const QString& field) {
        return field.contains(term, Qt::CaseInsensitive);
    });
}
} // namespace ProxyTest
