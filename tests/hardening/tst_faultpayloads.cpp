// SPDX-License-Identifier: MIT
// Fault matrix, payloads and paging: malformed JSON and schema violations are rejected without
// touching the rows already shown, and hostile paging (repeated or cyclic cursors, empty pages
// that promise more, the same call twice, 401 half-way) cannot loop or duplicate.
#include "CallJsonDecoder.h"
#include "CallsTableModel.h"
#include "HardeningHarness.h"
#include "RecordingUrlPolicy.h"
#include "TokenLeakGuard.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace {
QStringList idsOf(const CallsTableModel& model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.callAt(row)->id);
    return ids;
}

// A valid page with one call whose JSON member `key` is replaced by the raw text `rawValue`.
QByteArray pageWithRawField(const char* key, const QByteArray& rawValue)
{
    QByteArray page = HardeningHarness::page({7});
    const QByteArray marker = QByteArray("\"") + key + "\":";
    const qsizetype at = page.indexOf(marker);
    if (at < 0) // not in the call yet: add it first
        return page.replace("{\"created_at\"",
                            QByteArray("{") + marker + rawValue + ",\"created_at\"");
    const qsizetype valueStart = at + marker.size();
    qsizetype valueEnd = valueStart;
    while (valueEnd < page.size() && page[valueEnd] != ',' && page[valueEnd] != '}')
        ++valueEnd;
    return page.replace(valueStart, valueEnd - valueStart, rawValue);
}
} // namespace

class TestFaultPayloads : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { TokenLeakGuard::install(); }
    void init();
    void cleanup();
    void malformedPageKeepsShownRows_data();
    void malformedPageKeepsShownRows();
    void schemaViolationsAreRejected_data();
    void schemaViolationsAreRejected();
    void tolerableSchemaVariations_data();
    void tolerableSchemaVariations();
    void duplicateKeysAreDeterministic();
    void hostileRecordingUrlsDecodeButAreNotFetchable_data();
    void hostileRecordingUrlsDecodeButAreNotFetchable();
    void hostilePagingStops_data();
    void hostilePagingStops();
    void sameCallOnTwoPagesShownOnce();
    void unauthorizedMidPagingKeepsRows();

private:
    // Loads the first page ({1, 2}, next cursor "c2") and returns once it is shown.
    void showFirstPage();

    std::unique_ptr<HardeningHarness> m_api;
    std::unique_ptr<CallsTableModel> m_model;
};

void TestFaultPayloads::init()
{
    TokenLeakGuard::install();
    m_api = std::make_unique<HardeningHarness>();
    QVERIFY(m_api->start());
    m_model = std::make_unique<CallsTableModel>(m_api->client.get());
}

void TestFaultPayloads::cleanup()
{
    m_model.reset();
    m_api.reset();
}

void TestFaultPayloads::showFirstPage()
{
    m_api->server.enqueue(ScriptedResponse::json(HardeningHarness::page({1, 2}, u"c2"_s)));
    m_model->setCaseId(QString::fromLatin1(HardeningHarness::caseId));
    QTRY_COMPARE(m_model->rowCount(), 2);
    QTRY_VERIFY(!m_model->isLoading());
}

void TestFaultPayloads::malformedPageKeepsShownRows_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray valid = HardeningHarness::page({3, 4});
    QTest::newRow("truncated") << valid.left(valid.size() / 2);
    QTest::newRow("trailing garbage") << valid + "}{garbage";
    QTest::newRow("top-level scalar") << QByteArray("42");
    QTest::newRow("top-level string") << QByteArray("\"data\"");
    QTest::newRow("BOM then garbage") << QByteArray("\xEF\xBB\xBF{\"data\":");
    QTest::newRow("1025 nested arrays") << QByteArray(R"({"data":)") + QByteArray(1025, '[')
            + QByteArray(1025, ']') + R"(,"meta":{"per_page":25,"has_more":false}})";
    QTest::newRow("invalid UTF-8") << pageWithRawField("to_number",
                                                       QByteArray("\"+1800\xC3\x28\xFF"
                                                                  "5551234\""));
    QTest::newRow("lone surrogate escape") << pageWithRawField("to_number", R"("\ud800")");
    QTest::newRow("nul byte") << valid.left(20) + QByteArray(1, '\0') + valid.mid(20);
}

void TestFaultPayloads::malformedPageKeepsShownRows()
{
    QFETCH(QByteArray, body);
    QVERIFY(!CallJsonDecoder::decodeCallPage(body).ok());
    QVERIFY(!CallJsonDecoder::decodeCallPageReference(body).ok());
    showFirstPage();
    const QStringList shown = idsOf(*m_model);
    QSignalSpy errors(m_model.get(), &CallsTableModel::errorOccurred);
    m_api->server.enqueue(ScriptedResponse::json(body));
    m_model->fetchMore({});
    QVERIFY(errors.wait());
    QCOMPARE(errors.constFirst().constFirst().value<ApiError>().kind, ApiError::Kind::Decode);
    QCOMPARE(idsOf(*m_model), shown);
    QCOMPARE(m_api->server.requestCount(), 2); // a bad body is not retried
}

void TestFaultPayloads::schemaViolationsAreRejected_data()
{
    QTest::addColumn<QByteArray>("body");
    // The contract's required fields (none of them nullable), missing or null.
    for (const char* key : {"id", "to_number", "status", "direction", "created_at", "updated_at"}) {
        QTest::addRow("%s null", key) << pageWithRawField(key, "null");
        QTest::addRow("%s missing", key)
            << pageWithRawField(key, "0").replace(QByteArray("\"") + key + "\":0", "\"x_gone\":0");
    }
    QTest::newRow("duration \"12\"") << pageWithRawField("duration_seconds", R"("12")");
    QTest::newRow("duration -1") << pageWithRawField("duration_seconds", "-1");
    QTest::newRow("duration 1e308") << pageWithRawField("duration_seconds", "1e308");
    QTest::newRow("duration 1e309") << pageWithRawField("duration_seconds", "1e309");
    QTest::newRow("started_at garbage") << pageWithRawField("started_at", R"("garbage")");
    QTest::newRow("id array") << pageWithRawField("id", "[1]");
}

void TestFaultPayloads::schemaViolationsAreRejected()
{
    QFETCH(QByteArray, body);
    const auto decoded = CallJsonDecoder::decodeCallPage(body);
    QVERIFY2(!decoded.ok(), body.constData());
    QCOMPARE(decoded.error.kind, ApiError::Kind::Decode);
    QVERIFY(decoded.value.calls.isEmpty());
}

void TestFaultPayloads::tolerableSchemaVariations_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("unknown field") << pageWithRawField("x_future_field", R"({"a":[1]})");
    QTest::newRow("unknown status") << pageWithRawField("status", R"("teleported")");
    QTest::newRow("unknown direction") << pageWithRawField("direction", R"("sideways")");
    QTest::newRow("1 MB summary") << pageWithRawField("summary",
                                                      '"' + QByteArray(1024 * 1024, 'a') + '"');
}

void TestFaultPayloads::tolerableSchemaVariations()
{
    QFETCH(QByteArray, body);
    const auto decoded = CallJsonDecoder::decodeCallPage(body);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error.userMessage()));
    QCOMPARE(decoded.value.calls.size(), 1);
    QCOMPARE(decoded.value.calls.first().id, HardeningHarness::callId(7));
}

void TestFaultPayloads::duplicateKeysAreDeterministic()
{
    // RFC 8259 leaves duplicate names undefined; what matters is that the result is one of the
    // two values (or a rejection), never a mix, and the same every time.
    const QByteArray body = pageWithRawField("duration_seconds", "5,\"duration_seconds\":9");
    const auto first = CallJsonDecoder::decodeCallPage(body);
    const auto second = CallJsonDecoder::decodeCallPage(body);
    QCOMPARE(first.ok(), second.ok());
    if (first.ok()) {
        const std::optional<int> duration = first.value.calls.value(0).durationSeconds;
        QVERIFY(duration == 5 || duration == 9);
        QCOMPARE(second.value.calls.value(0).durationSeconds, duration);
    }
}

void TestFaultPayloads::hostileRecordingUrlsDecodeButAreNotFetchable_data()
{
    QTest::addColumn<QByteArray>("url");
    QTest::newRow("file") << QByteArray("file:///etc/passwd");
    QTest::newRow("javascript") << QByteArray("javascript:alert(document.cookie)");
    QTest::newRow("plain http, remote host") << QByteArray("http://evil.example.com/r.mp3");
}

void TestFaultPayloads::hostileRecordingUrlsDecodeButAreNotFetchable()
{
    QFETCH(QByteArray, url);
    // The page stays readable (one bad link must not hide a case's calls), but the URL is one
    // the player must refuse, and the token never goes there.
    const auto decoded =
        CallJsonDecoder::decodeCallPage(pageWithRawField("recording_url", '"' + url + '"'));
    if (!decoded.ok())
        return; // rejecting the whole page is safe too
    const QUrl recording(decoded.value.calls.value(0).recordingUrl);
    QVERIFY(!RecordingUrlPolicy::mayFetch(recording));
    QVERIFY(!RecordingUrlPolicy::mayCarryToken(recording, m_api->server.baseUrl()));
    QVERIFY(!m_api->client->makeRequest(recording).hasRawHeader("Authorization"));
}

void TestFaultPayloads::hostilePagingStops_data()
{
    QTest::addColumn<QStringList>("nextCursors"); // cursor each page names, page 2 onwards
    QTest::addColumn<int>("maxRequests");
    QTest::newRow("same cursor twice") << QStringList {u"c2"_s} << 3;
    QTest::newRow("cycle of cursors") << QStringList {u"c3"_s, u"c2"_s} << 4;
    QTest::newRow("empty pages promising more")
        << QStringList {u"e1"_s, u"e2"_s, u"e3"_s, u"e4"_s, u"e5"_s, u"e6"_s} << 5;
}

void TestFaultPayloads::hostilePagingStops()
{
    QFETCH(QStringList, nextCursors);
    QFETCH(int, maxRequests);
    const bool emptyPages = nextCursors.first().startsWith(u'e');
    showFirstPage();
    int served = 0;
    m_api->server.setHandler([&](const ScriptedRequest&) {
        const QString next = nextCursors.value(served++ % nextCursors.size());
        return ScriptedResponse::json(
            HardeningHarness::page(emptyPages ? QList<int> {} : QList<int> {10 + served}, next));
    });
    QSignalSpy errors(m_model.get(), &CallsTableModel::errorOccurred);
    m_model->loadAll();
    QVERIFY(errors.wait());
    QTRY_VERIFY(!m_model->isLoading());
    QVERIFY2(m_api->server.requestCount() <= maxRequests,
             qPrintable(QString::number(m_api->server.requestCount())));
    QVERIFY(!m_model->canFetchMore({}));
    QCOMPARE(idsOf(*m_model).mid(0, 2),
             (QStringList {HardeningHarness::callId(1), HardeningHarness::callId(2)}));
}

void TestFaultPayloads::sameCallOnTwoPagesShownOnce()
{
    showFirstPage();
    m_api->server.enqueue(ScriptedResponse::json(HardeningHarness::page({2, 3})));
    m_model->fetchMore({});
    QTRY_VERIFY(!m_model->isLoading());
    QCOMPARE(idsOf(*m_model),
             (QStringList {HardeningHarness::callId(1), HardeningHarness::callId(2),
                           HardeningHarness::callId(3)}));
}

void TestFaultPayloads::unauthorizedMidPagingKeepsRows()
{
    showFirstPage();
    QSignalSpy unauthorized(m_api->client.get(), &ApiClient::unauthorized);
    QSignalSpy errors(m_model.get(), &CallsTableModel::errorOccurred);
    m_api->server.setHandler([](const ScriptedRequest&) {
        return ScriptedResponse::json(HardeningHarness::errorBody("unauthorized"), 401);
    });
    m_model->loadAll();
    QVERIFY(errors.wait());
    QCOMPARE(unauthorized.size(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_api->server.requestCount(), 2); // no retry, no further pages
}

HARDENING_TEST_MAIN(TestFaultPayloads)
#include "tst_faultpayloads.moc"
