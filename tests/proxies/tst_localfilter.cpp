// SPDX-License-Identifier: MIT
// The local filter value type: when it is active and how it explains itself.
#include "LocalFilter.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(LocalFilter)

class TestLocalFilter : public QObject {
    Q_OBJECT
private slots:
    void localFilterDescribesItself_data();
    void localFilterDescribesItself();
};

void TestLocalFilter::localFilterDescribesItself_data()
{
    QTest::addColumn<LocalFilter>("filter");
    QTest::addColumn<QStringList>("description");
    LocalFilter all;
    QTest::newRow("nothing") << all << QStringList();
    LocalFilter blank;
    blank.text = u"   "_s;
    QTest::newRow("blank text") << blank << QStringList();
    LocalFilter text;
    text.text = u" letters  testamentary "_s;
    QTest::newRow("text") << text << QStringList {u"Text: \u201cletters testamentary\u201d"_s};
    LocalFilter every = text;
    every.direction = CallDirection::Inbound;
    every.onlyWithRecording = true;
    every.onlyWithOpenActionItems = true;
    every.from = QDate(2025, 3, 3);
    every.to = QDate(2025, 3, 5);
    const QLocale locale;
    QTest::newRow("everything")
        << every
        << QStringList {u"Text: \u201cletters testamentary\u201d"_s,
                        u"Inbound only"_s,
                        u"With recording"_s,
                        u"With open action items"_s,
                        u"From "_s + locale.toString(every.from, QLocale::ShortFormat),
                        u"To "_s + locale.toString(every.to, QLocale::ShortFormat)};
    LocalFilter outbound;
    outbound.direction = CallDirection::Outbound;
    QTest::newRow("outbound") << outbound << QStringList {u"Outbound only"_s};
}

void TestLocalFilter::localFilterDescribesItself()
{
    QFETCH(LocalFilter, filter);
    QFETCH(QStringList, description);
    QCOMPARE(filter.describe(), description);
    QCOMPARE(filter.isActive(), !description.isEmpty());
    QVERIFY(filter == filter);
    QVERIFY(!(filter == LocalFilter {}) || description.isEmpty());
}

QTEST_GUILESS_MAIN(TestLocalFilter)
#include "tst_localfilter.moc"
