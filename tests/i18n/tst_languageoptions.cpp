// SPDX-License-Identifier: MIT
// --lang on the command line, and which catalog and locale the app picks without it.
#include "AppOptions.h"
#include "AppTranslator.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLanguageOptions : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void parsesLang_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("language");
        QTest::newRow("absent: follow the system")
            << QStringList {u"casecalls"_s, u"--demo"_s} << -1 << QString();
        QTest::newRow("spanish") << QStringList {u"casecalls"_s, u"--lang"_s, u"es"_s} << -1
                                 << u"es"_s;
        QTest::newRow("english, with =")
            << QStringList {u"casecalls"_s, u"--lang=en"_s} << -1 << u"en"_s;
        QTest::newRow("unknown language")
            << QStringList {u"casecalls"_s, u"--lang"_s, u"klingon"_s} << 2 << QString();
        QTest::newRow("region is not a language")
            << QStringList {u"casecalls"_s, u"--lang"_s, u"es_MX"_s} << 2 << QString();
        QTest::newRow("value missing")
            << QStringList {u"casecalls"_s, u"--lang"_s} << 2 << QString();
    }
    void parsesLang()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, language);
        AppOptions options;
        QCOMPARE(AppOptions::parse(arguments, options), exitCode);
        if (exitCode == -1)
            QCOMPARE(options.language, language);
    }

    void languageArgumentIsFoundBeforeTheFullParse_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("language");
        QTest::newRow("separate value")
            << QStringList {u"casecalls"_s, u"--lang"_s, u"es"_s} << u"es"_s;
        QTest::newRow("with =") << QStringList {u"casecalls"_s, u"--demo"_s, u"--lang=es"_s}
                                << u"es"_s;
        QTest::newRow("unknown is ignored here")
            << QStringList {u"casecalls"_s, u"--lang"_s, u"xx"_s} << QString();
        QTest::newRow("absent") << QStringList {u"casecalls"_s, u"--help"_s} << QString();
    }
    void languageArgumentIsFoundBeforeTheFullParse()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, language);
        QCOMPARE(AppOptions::languageArgument(arguments), language);
    }

    void languageFollowsTheSystem_data()
    {
        QTest::addColumn<QLocale>("system");
        QTest::addColumn<QString>("language");
        QTest::newRow("Spain") << QLocale(QLocale::Spanish, QLocale::Spain) << u"es"_s;
        QTest::newRow("Mexico") << QLocale(QLocale::Spanish, QLocale::Mexico) << u"es"_s;
        QTest::newRow("United States")
            << QLocale(QLocale::English, QLocale::UnitedStates) << u"en"_s;
        QTest::newRow("German falls back to English") << QLocale(QLocale::German) << u"en"_s;
        QTest::newRow("C locale") << QLocale::c() << u"en"_s;
    }
    void languageFollowsTheSystem()
    {
        QFETCH(QLocale, system);
        QFETCH(QString, language);
        QCOMPARE(AppTranslator::languageFor(system), language);
    }

    void formattingLocale_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QLocale>("system");
        QTest::addColumn<QLocale>("expected");
        const QLocale mexico(QLocale::Spanish, QLocale::Mexico);
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("no --lang keeps the system") << QString() << mexico << mexico;
        QTest::newRow("--lang es on a Mexican system keeps Mexico") << u"es"_s << mexico << mexico;
        QTest::newRow("--lang es on an English system") << u"es"_s << us << QLocale(u"es"_s);
        QTest::newRow("--lang en on a Spanish system") << u"en"_s << mexico << QLocale(u"en"_s);
    }
    void formattingLocale()
    {
        QFETCH(QString, requested);
        QFETCH(QLocale, system);
        QFETCH(QLocale, expected);
        QCOMPARE(AppTranslator::localeFor(requested, system), expected);
    }

    void installSwitchesCatalogAndDefaultLocale()
    {
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        AppTranslator translator;
        QVERIFY(translator.install(u"es"_s, us));
        QCOMPARE(translator.language(), u"es"_s);
        QCOMPARE(QCoreApplication::translate("MainWindow", "&Case"), u"E&xpediente"_s);
        QCOMPARE(QLocale().language(), QLocale::Spanish);

        QVERIFY(translator.install(u"en"_s, us));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&Case"), u"&Case"_s);
        QCOMPARE(QCoreApplication::translate("DetailFindBar", "%Ln matches", nullptr, 1),
                 u"1 match"_s);
        QCOMPARE(QLocale(), us);
        QVERIFY(!translator.hasQtCatalog()); // English needs none
    }

    void installRefusesAnUnknownLanguage()
    {
        AppTranslator translator;
        QVERIFY(translator.install(u"es"_s, QLocale::c()));
        QVERIFY(!translator.install(u"xx"_s, QLocale::c()));
        // The catalog that was installed stays.
        QCOMPARE(QCoreApplication::translate("MainWindow", "&Case"), u"E&xpediente"_s);
    }

    void removesItsTranslatorsWhenDestroyed()
    {
        {
            AppTranslator translator;
            QVERIFY(translator.install(u"es"_s, QLocale::c()));
        }
        QCOMPARE(QCoreApplication::translate("MainWindow", "&Case"), u"&Case"_s);
    }
};

QTEST_GUILESS_MAIN(TestLanguageOptions)
#include "tst_languageoptions.moc"
