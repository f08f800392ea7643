// SPDX-License-Identifier: MIT
// Durations, dates, times and counts follow the default QLocale that start-up sets.
#include "AppTranslator.h"
#include "CallFormatter.h"
#include "PlayerTime.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLocaleFormatting : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void durations_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("expected");
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QLocale spanish(QLocale::Spanish, QLocale::Spain);
        // Arabic (Egypt) writes Arabic-Indic digits: proof that the digits come from QLocale.
        const QLocale arabic(QLocale::Arabic, QLocale::Egypt);
        QTest::newRow("en minutes") << english << 342 << u"5:42"_s;
        QTest::newRow("es minutes") << spanish << 342 << u"5:42"_s;
        QTest::newRow("en hours") << english << 3723 << u"1:02:03"_s;
        QTest::newRow("es seconds only") << spanish << 7 << u"0:07"_s;
        QTest::newRow("ar minutes") << arabic << 342 << u"\u0665:\u0664\u0662"_s;
        QTest::newRow("ar padded") << arabic << 61 << u"\u0661:\u0660\u0661"_s;
    }
    void durations()
    {
        QFETCH(QLocale, locale);
        QFETCH(int, seconds);
        QFETCH(QString, expected);
        QLocale::setDefault(locale);
        QCOMPARE(CallFormatter::duration(seconds), expected);
        // The player shows the same clock as the detail header.
        QCOMPARE(PlayerTime::clock(qint64(seconds) * 1000 + 999), expected);
    }

    void olderCallsUseTheLocalesDateAndTime_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("es_ES") << QLocale(QLocale::Spanish, QLocale::Spain);
    }
    void olderCallsUseTheLocalesDateAndTime()
    {
        QFETCH(QLocale, locale);
        QLocale::setDefault(locale);
        const QDateTime now(QDate(2026, 11, 24), QTime(15, 0));
        const QDateTime call(QDate(2026, 11, 3), QTime(14, 5));
        QCOMPARE(CallFormatter::when(call.toUTC(), now.toUTC()),
                 locale.toString(call, QLocale::ShortFormat));
    }

    void englishAndSpanishDiffer()
    {
        // 3 November 2026, 14:05: month-first and 12-hour in en_US, day-first and 24-hour in es.
        const QDateTime now(QDate(2026, 11, 24), QTime(15, 0));
        const QDateTime call(QDate(2026, 11, 3), QTime(14, 5));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString english = CallFormatter::when(call.toUTC(), now.toUTC());
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        const QString spanish = CallFormatter::when(call.toUTC(), now.toUTC());
        QVERIFY2(english.startsWith(u"11/3/"_s) && english.contains(u"PM"_s), qPrintable(english));
        QVERIFY2(spanish.startsWith(u"3/11/"_s) && spanish.contains(u"14:05"_s),
                 qPrintable(spanish));
    }

    void recentCallsSayTodayInTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("today");
        QTest::addColumn<QString>("yesterday");
        QTest::newRow("en") << u"en"_s << u"Today"_s << u"Yesterday"_s;
        QTest::newRow("es") << u"es"_s << u"Hoy"_s << u"Ayer"_s;
    }
    void recentCallsSayTodayInTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, today);
        QFETCH(QString, yesterday);
        AppTranslator translator;
        QVERIFY(translator.install(language, QLocale(QLocale::English, QLocale::UnitedStates)));
        const QDateTime now(QDate(2026, 11, 24), QTime(18, 0));
        const QDateTime call(QDate(2026, 11, 24), QTime(14, 5));
        const QString time = QLocale().toString(call.time(), QLocale::ShortFormat);
        // 24-hour clock in Spanish, 12-hour in American English.
        QCOMPARE(time.contains(u"14"_s), language == u"es"_s);
        QCOMPARE(CallFormatter::when(call.toUTC(), now.toUTC()), today + u' ' + time);
        QCOMPARE(CallFormatter::when(call.toUTC(), now.addDays(1).toUTC()),
                 yesterday + u' ' + time);
    }

    void recordingStatusesAreTranslatedUnknownOnesShownAsSent_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<QString>("spanish");
        QTest::newRow("null") << QString() << u"Ninguna"_s;
        QTest::newRow("processing") << u"processing"_s << u"En proceso"_s;
        QTest::newRow("failed") << u"failed"_s << u"Fallida"_s;
        QTest::newRow("unknown: server text") << u"archived"_s << u"archived"_s;
    }
    void recordingStatusesAreTranslatedUnknownOnesShownAsSent()
    {
        QFETCH(QString, wire);
        QFETCH(QString, spanish);
        AppTranslator translator;
        QVERIFY(translator.install(u"es"_s, QLocale::c()));
        QCOMPARE(CallFormatter::recordingStatus(wire), spanish);
    }

    void countsUseLocaleDigitsAndPlurals_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en one") << u"en"_s << 1 << u"Loaded 1 of 1 call"_s;
        QTest::newRow("en many") << u"en"_s << 12345 << u"Loaded 1,234 of 12,345 calls"_s;
        QTest::newRow("es one") << u"es"_s << 1 << u"Cargadas 1 de 1 llamada"_s;
        QTest::newRow("es many") << u"es"_s << 12345 << u"Cargadas 1234 de 12.345 llamadas"_s;
    }
    void countsUseLocaleDigitsAndPlurals()
    {
        QFETCH(QString, language);
        QFETCH(int, total);
        QFETCH(QString, expected);
        AppTranslator translator;
        QVERIFY(translator.install(language, QLocale(QLocale::English, QLocale::UnitedStates)));
        const int loaded = total == 1 ? 1 : 1234;
        QCOMPARE(
            QCoreApplication::translate("MainWindow", "Loaded %L1 of %Ln calls", nullptr, total)
                .arg(loaded),
            expected);
    }
};

QTEST_GUILESS_MAIN(TestLocaleFormatting)
#include "tst_localeformatting.moc"
