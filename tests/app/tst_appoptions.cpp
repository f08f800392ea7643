// SPDX-License-Identifier: MIT
#include "AppOptions.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAppOptions : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { qputenv("CASECALLS_TOKEN", "from-the-environment"); }

    void parses_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<bool>("demo");
        QTest::addColumn<QString>("caseId");
        QTest::newRow("demo") << QStringList {u"casecalls"_s, u"--demo"_s} << -1 << true
                              << QString();
        QTest::newRow("nothing opens the dialog")
            << QStringList {u"casecalls"_s} << -1 << false << QString();
        QTest::newRow("url and case")
            << QStringList {u"casecalls"_s, u"--base-url"_s, u"https://api.example.com/v1"_s,
                            u"--case"_s, u"01K8PC05EJ4T11HRYE78AN7EEE"_s}
            << -1 << false << u"01K8PC05EJ4T11HRYE78AN7EEE"_s;
        QTest::newRow("bad case id")
            << QStringList {u"casecalls"_s, u"--base-url"_s, u"https://api.example.com/v1"_s,
                            u"--case"_s, u"../etc/passwd"_s}
            << 2 << false << QString();
        QTest::newRow("relative url") << QStringList {u"casecalls"_s, u"--base-url"_s, u"api/v1"_s,
                                                      u"--case"_s, u"01K8PC05EJ4T11HRYE78AN7EEE"_s}
                                      << 2 << false << QString();
        QTest::newRow("unknown option")
            << QStringList {u"casecalls"_s, u"--frobnicate"_s} << 2 << false << QString();
        QTest::newRow("version") << QStringList {u"casecalls"_s, u"--version"_s} << 0 << false
                                 << QString();
        QTest::newRow("help") << QStringList {u"casecalls"_s, u"--help"_s} << 0 << false
                              << QString();
    }
    void parses()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(bool, demo);
        QFETCH(QString, caseId);
        AppOptions options;
        QCOMPARE(AppOptions::parse(arguments, options), exitCode);
        if (exitCode != -1)
            return;
        QCOMPARE(options.demo, demo);
        QCOMPARE(options.caseId, caseId);
        if (!caseId.isEmpty())
            QCOMPARE(options.token, u"from-the-environment"_s);
    }

    void checkPlaybackIsAnOption()
    {
        AppOptions options;
        QCOMPARE(AppOptions::parse({u"casecalls"_s, u"--demo"_s}, options), -1);
        QVERIFY(!options.checkPlayback);
        QCOMPARE(AppOptions::parse({u"casecalls"_s, u"--demo"_s, u"--check-playback"_s}, options),
                 -1);
        QVERIFY(options.checkPlayback);
    }

    void tokenIsNeverACommandLineOption()
    {
        AppOptions options;
        QCOMPARE(AppOptions::parse({u"casecalls"_s, u"--token"_s, u"secret"_s}, options), 2);
    }
};

QTEST_GUILESS_MAIN(TestAppOptions)
#include "tst_appoptions.moc"
