// SPDX-License-Identifier: MIT
// Per-keystroke filtering over 10 000 calls with 5 KB transcripts, loaded from the sample server.
#include "CallFilterProxyModel.h"
#include "ProxyTestFixture.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;
using namespace ProxyTest;

class TestFilterSpeed : public QObject {
    Q_OBJECT
private slots:
    void speedWithTenThousandCalls();

private:
    Fixture m_fixture;
};

// No assertion on time: the figures are printed for the record.
void TestFilterSpeed::speedWithTenThousandCalls()
{
    SampleApiOptions options;
    options.callCount = 10000;
    options.transcriptBytes = 5000;
    QVERIFY(m_fixture.start(options, 100));
    m_fixture.callsTester.reset(); // the tester's checks on every page would dominate
    QElapsedTimer timer;
    timer.start();
    m_fixture.calls->setCaseId(m_fixture.server->caseId());
    walkToTheEnd(*m_fixture.calls);
    QVERIFY(m_fixture.calls->rowCount() >= 10000);
    qInfo("loading %d calls: %lld ms", m_fixture.calls->rowCount(), timer.elapsed());

    CallFilterProxyModel proxy;
    timer.start();
    proxy.setSourceModel(m_fixture.calls.get());
    qInfo("indexing them (setSourceModel): %lld ms", timer.elapsed());
    for (const QString& typed :
         {u"l"_s, u"le"_s, u"let"_s, u"lett"_s, u"lette"_s, u"letter"_s, u"letters"_s,
          u"letters t"_s, u"letters te"_s, u"\"letters testamentary\""_s, u"zzqx"_s, u""_s}) {
        LocalFilter filter;
        filter.text = typed;
        timer.start();
        proxy.setLocalFilter(filter);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        qInfo("keystroke %-26s %5d rows: %6.2f ms", qPrintable(typed), proxy.matchCount(), ms);
    }
    QCOMPARE(proxy.matchCount(), m_fixture.calls->rowCount());
}

QTEST_GUILESS_MAIN(TestFilterSpeed)
#include "tst_filterspeed.moc"
