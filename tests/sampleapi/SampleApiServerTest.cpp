// SPDX-License-Identifier: MIT
#include "SampleApiServerTest.h"

#include <QTest>

using namespace Qt::StringLiterals;

void SampleApiServerTest::initTestCase()
{
    m_server = std::make_unique<SampleApiServer>();
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    QCOMPARE(m_server->baseUrl().host(), u"127.0.0.1"_s);
    QCOMPARE(m_server->baseUrl().path(), u"/v1"_s);
    QVERIFY(m_server->signedOrigin().port() != m_server->baseUrl().port());
    m_client = std::make_unique<HttpTestClient>(m_server->token());
}

void SampleApiServerTest::init()
{
    m_server->setFaults({});
    m_server->setLatencyMs(0);
    m_server->clearRequests();
    m_client->setToken(m_server->token());
}

QUrl SampleApiServerTest::apiUrl(const QString& path, const QString& query) const
{
    QUrl url = m_server->baseUrl();
    url.setPath(url.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QUrl SampleApiServerTest::callsUrl(const QString& query) const
{
    return apiUrl(u"/cases/%1/phone-calls"_s.arg(m_server->caseId()), query);
}

QJsonObject SampleApiServerTest::callById(const QString& id)
{
    const auto reply =
        m_client->get(apiUrl(u"/cases/%1/phone-calls/%2"_s.arg(m_server->caseId(), id)));
    return reply.json()[u"data"_s].toObject();
}

QJsonArray SampleApiServerTest::allCalls(const QString& query)
{
    QJsonArray calls;
    QString cursor;
    for (int guard = 0; guard < 100; ++guard) {
        QString pageQuery = u"per_page=100"_s + (query.isEmpty() ? QString() : u"&"_s + query);
        if (!cursor.isEmpty())
            pageQuery += u"&cursor="_s + cursor;
        const auto body = m_client->get(callsUrl(pageQuery)).json();
        for (const QJsonValue& call : body[u"data"_s].toArray())
            calls.append(call);
        cursor = body[u"meta"_s][u"next_cursor"_s].toString();
        if (!body[u"meta"_s][u"has_more"_s].toBool())
            break;
    }
    return calls;
}

QJsonObject SampleApiServerTest::firstCall(const std::function<bool(const QJsonObject&)>& predicate)
{
    for (const QJsonValue& call : allCalls()) {
        if (predicate(call.toObject()))
            return call.toObject();
    }
    return {};
}
