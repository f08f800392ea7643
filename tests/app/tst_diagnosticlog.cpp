// SPDX-License-Identifier: MIT
// The log file a problem report is made from: whole lines from any thread, rotation, private
// permissions, and no secret in it, ever.
#include "DiagnosticLog.h"
#include "TestLogGuard.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTest, "casecalls.test")

class TestDiagnosticLog : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void writesTimeLevelCategoryAndMessage();
    void redactsBearerValuesAndRegisteredSecrets_data();
    void redactsBearerValuesAndRegisteredSecrets();
    void folderAndFileArePrivate();
    void rotatesALargeFileAtStart();
    void linesFromManyThreadsStayWhole();
    void reportsAFolderItCannotCreate();

private:
    QByteArray logText() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_logDir;
};

void TestDiagnosticLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_logDir = m_dir->filePath(u"logs"_s);
}

void TestDiagnosticLog::cleanup()
{
    DiagnosticLog::uninstall();
    m_dir.reset();
}

QByteArray TestDiagnosticLog::logText() const
{
    QFile file(DiagnosticLog::filePath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestDiagnosticLog::writesTimeLevelCategoryAndMessage()
{
    QVERIFY(DiagnosticLog::install(m_logDir));
    QCOMPARE(DiagnosticLog::filePath(), m_logDir + u"/casecalls.log"_s);
    qCWarning(lcTest, "page %d failed", 3);
    const QByteArray text = logText();
    QVERIFY2(text.contains(" warning casecalls.test: page 3 failed\n"), text.constData());
    QVERIFY(
        QDateTime::fromString(QString::fromUtf8(text.left(text.indexOf(' '))), Qt::ISODateWithMs)
            .isValid());
}

void TestDiagnosticLog::redactsBearerValuesAndRegisteredSecrets_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("secret");
    QTest::newRow("header") << u"Authorization: Bearer s3cr3t-token-value"_s
                            << u"s3cr3t-token-value"_s;
    QTest::newRow("lower case, quoted")
        << u"sent {\"authorization\":\"bearer abc.def.ghi\"}"_s << u"abc.def.ghi"_s;
    QTest::newRow("registered secret")
        << u"url ?t=registered-secret-42 failed"_s << u"registered-secret-42"_s;
}

void TestDiagnosticLog::redactsBearerValuesAndRegisteredSecrets()
{
    QFETCH(QString, message);
    QFETCH(QString, secret);
    DiagnosticLog::addSecret(u"registered-secret-42"_s);
    QVERIFY(DiagnosticLog::install(m_logDir));
    qWarning("%s", qPrintable(message));
    // The suite-wide guard saw the secret before DiagnosticLog redacted it: on purpose here.
    TestLogGuard::forgetLeaks();
    const QByteArray text = logText();
    QVERIFY(!text.isEmpty());
    QVERIFY2(!text.contains(secret.toUtf8()), "a secret reached the log file");
    QVERIFY(text.contains("[redacted]"));
    QVERIFY(!DiagnosticLog::redacted(message).contains(secret));
}

void TestDiagnosticLog::folderAndFileArePrivate()
{
    QVERIFY(DiagnosticLog::install(m_logDir));
    qInfo("hello");
    const QFile::Permissions groupOrOther = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFileInfo(m_logDir).permissions() & groupOrOther, QFile::Permissions());
    QCOMPARE(QFileInfo(DiagnosticLog::filePath()).permissions() & groupOrOther,
             QFile::Permissions());
}

void TestDiagnosticLog::rotatesALargeFileAtStart()
{
    QVERIFY(QDir().mkpath(m_logDir));
    QFile old(m_logDir + u"/casecalls.log"_s);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write(QByteArray(DiagnosticLog::rotateAtBytes + 1, 'x'));
    old.close();
    QVERIFY(DiagnosticLog::install(m_logDir));
    qWarning("after rotation");
    QVERIFY(QFileInfo(DiagnosticLog::filePath()).size() < 1024);
    QCOMPARE(QFileInfo(m_logDir + u"/casecalls.log.1"_s).size(), DiagnosticLog::rotateAtBytes + 1);
}

void TestDiagnosticLog::linesFromManyThreadsStayWhole()
{
    QVERIFY(DiagnosticLog::install(m_logDir));
    constexpr int threads = 4;
    constexpr int linesEach = 50;
    std::vector<std::unique_ptr<QThread>> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back(QThread::create([t] {
            for (int i = 0; i < linesEach; ++i)
                qInfo("worker %d line %d end", t, i);
        }));
        workers.back()->start();
    }
    for (auto& worker : workers)
        QVERIFY(worker->wait(10000));
    const QList<QByteArray> lines = logText().split('\n');
    int whole = 0;
    for (const QByteArray& line : lines)
        whole += line.contains(" info default: worker ") && line.endsWith(" end") ? 1 : 0;
    QCOMPARE(whole, threads * linesEach);
}

void TestDiagnosticLog::reportsAFolderItCannotCreate()
{
    QFile blocker(m_dir->filePath(u"file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QString error;
    QVERIFY(!DiagnosticLog::install(blocker.fileName() + u"/logs"_s, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestDiagnosticLog)
#include "tst_diagnosticlog.moc"
