// SPDX-License-Identifier: MIT
#include "RecentCases.h"
#include "RecentCasesModel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QUrl apiUrl(u"https://api.example.com/v1"_s);
const QUrl otherApiUrl(u"https://staging.example.com/v1"_s);

// A valid ULID whose last two characters count up, so each index gives another case.
QString caseId(int index)
{
    return u"01HZX5KQ7V3M8N2P4R6T9W1Y"_s + u"%1"_s.arg(index, 2, 10, QChar(u'0'));
}

RecentCase recent(const QUrl& baseUrl, const QString& id, const QString& label = {})
{
    return {baseUrl, id, label, {}};
}

QByteArray settingsFileText()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestRecentCases : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void settingsAreInTestLocation();
    void addPutsMostRecentFirst();
    void addDeduplicates_data();
    void addDeduplicates();
    void addKeepsLabelWhenNewOneIsEmpty();
    void keepsAtMostTen();
    void renameAndRemove();
    void persistsAcrossInstances();
    void storesBaseUrlWithoutUserInfoOrQuery();
    void skipsDamagedEntries();
    void modelFollowsChanges();
    void modelData();
};

void TestRecentCases::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CaseCallsTests"_s);
    QCoreApplication::setApplicationName(u"tst_recentcases"_s);
}

void TestRecentCases::init()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}

void TestRecentCases::settingsAreInTestLocation()
{
    const QString testConfig =
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QVERIFY2(QSettings().fileName().startsWith(testConfig), qPrintable(QSettings().fileName()));
}

void TestRecentCases::addPutsMostRecentFirst()
{
    RecentCases cases;
    cases.add(recent(apiUrl, caseId(1)));
    cases.add(recent(apiUrl, caseId(2)));
    cases.add(recent(apiUrl, caseId(1)));
    const QList<RecentCase> list = cases.list();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).caseId, caseId(1));
    QCOMPARE(list.at(1).caseId, caseId(2));
    QVERIFY(list.at(0).lastOpened.isValid());
    QVERIFY(list.at(0).lastOpened >= list.at(1).lastOpened);
}

void TestRecentCases::addDeduplicates_data()
{
    QTest::addColumn<QUrl>("secondUrl");
    QTest::addColumn<QString>("secondId");
    QTest::addColumn<int>("expectedCount");
    QTest::newRow("same url and id") << apiUrl << caseId(1) << 1;
    QTest::newRow("trailing slash") << QUrl(u"https://api.example.com/v1/"_s) << caseId(1) << 1;
    QTest::newRow("user info") << QUrl(u"https://me@api.example.com/v1"_s) << caseId(1) << 1;
    QTest::newRow("other server") << otherApiUrl << caseId(1) << 2;
    QTest::newRow("other case") << apiUrl << caseId(2) << 2;
}

void TestRecentCases::addDeduplicates()
{
    QFETCH(QUrl, secondUrl);
    QFETCH(QString, secondId);
    QFETCH(int, expectedCount);
    RecentCases cases;
    cases.add(recent(apiUrl, caseId(1)));
    cases.add(recent(secondUrl, secondId));
    QCOMPARE(cases.count(), expectedCount);
}

void TestRecentCases::addKeepsLabelWhenNewOneIsEmpty()
{
    RecentCases cases;
    cases.add(recent(apiUrl, caseId(1), u"Estate of J. Doe"_s));
    cases.add(recent(apiUrl, caseId(1)));
    QCOMPARE(cases.list().constFirst().label, u"Estate of J. Doe"_s);
    cases.add(recent(apiUrl, caseId(1), u"Doe"_s));
    QCOMPARE(cases.list().constFirst().label, u"Doe"_s);
}

void TestRecentCases::keepsAtMostTen()
{
    RecentCases cases;
    for (int i = 0; i < 13; ++i)
        cases.add(recent(apiUrl, caseId(i)));
    QCOMPARE(cases.count(), RecentCases::maxCount);
    QCOMPARE(cases.list().constFirst().caseId, caseId(12));
    QCOMPARE(cases.list().constLast().caseId, caseId(3));
    QCOMPARE(RecentCases().count(), RecentCases::maxCount);
}

void TestRecentCases::renameAndRemove()
{
    RecentCases cases;
    cases.add(recent(apiUrl, caseId(1)));
    cases.add(recent(apiUrl, caseId(2)));
    QVERIFY(cases.rename(apiUrl, caseId(1), u"Smith"_s));
    QVERIFY(!cases.rename(otherApiUrl, caseId(1), u"Nope"_s));
    QCOMPARE(RecentCases().list().at(1).label, u"Smith"_s);

    QVERIFY(cases.remove(apiUrl, caseId(2)));
    QVERIFY(!cases.remove(apiUrl, caseId(2)));
    const QList<RecentCase> reread = RecentCases().list();
    QCOMPARE(reread.size(), 1);
    QCOMPARE(reread.constFirst().caseId, caseId(1));
}

void TestRecentCases::persistsAcrossInstances()
{
    const QDateTime opened =
        QDateTime::fromString(u"2024-03-05T09:30:15.250Z"_s, Qt::ISODateWithMs);
    RecentCases().add({apiUrl, caseId(7), u"Label"_s, opened});
    const RecentCase reread = RecentCases().list().value(0);
    QCOMPARE(reread.caseId, caseId(7));
    QCOMPARE(reread.label, u"Label"_s);
    QCOMPARE(reread.baseUrl, apiUrl);
    QCOMPARE(reread.lastOpened, opened);
}

void TestRecentCases::storesBaseUrlWithoutUserInfoOrQuery()
{
    RecentCases().add(recent(
        QUrl(u"https://me:hunter2pw@api.example.com/v1?access_token=qtok99#frag"_s), caseId(1)));
    QCOMPARE(RecentCases().list().constFirst().baseUrl, apiUrl);
    const QByteArray text = settingsFileText();
    QVERIFY(text.contains("api.example.com"));
    QVERIFY(!text.contains("hunter2pw"));
    QVERIFY(!text.contains("qtok99"));
}

void TestRecentCases::skipsDamagedEntries()
{
    {
        QSettings settings;
        settings.beginWriteArray(u"recentCases"_s);
        settings.setArrayIndex(0);
        settings.setValue(u"baseUrl"_s, apiUrl.toString()); // no case id
        settings.setArrayIndex(1);
        settings.setValue(u"caseId"_s, caseId(1));
        settings.setValue(u"baseUrl"_s, apiUrl.toString());
        settings.endArray();
    }
    const QList<RecentCase> list = RecentCases().list();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.constFirst().caseId, caseId(1));
}

void TestRecentCases::modelFollowsChanges()
{
    RecentCasesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.add(recent(apiUrl, caseId(1)));
    model.add(recent(apiUrl, caseId(2)));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.rename(1, u"Renamed"_s));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(1).data(RecentCasesModel::LabelRole).toString(), u"Renamed"_s);
    QVERIFY(model.remove(0));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.remove(5));
    QCOMPARE(RecentCasesModel().rowCount(), 1); // saved
}

void TestRecentCases::modelData()
{
    RecentCasesModel model;
    model.add(recent(apiUrl, caseId(1), u"Doe estate"_s));
    model.add(recent(otherApiUrl, caseId(2)));
    const QModelIndex labelled = model.index(1);
    QCOMPARE(labelled.data(RecentCasesModel::CaseIdRole).toString(), caseId(1));
    QCOMPARE(labelled.data(RecentCasesModel::BaseUrlRole).toUrl(), apiUrl);
    QVERIFY(labelled.data(RecentCasesModel::LastOpenedRole).toDateTime().isValid());
    const QString display = labelled.data().toString();
    QVERIFY2(display.contains(u"Doe estate"_s) && display.contains(caseId(1))
                 && display.contains(u"api.example.com"_s),
             qPrintable(display));
    const QString unlabelled = model.index(0).data().toString();
    QVERIFY2(unlabelled.contains(caseId(2)) && unlabelled.contains(u"staging.example.com"_s),
             qPrintable(unlabelled));
    QVERIFY(!model.index(0).data(Qt::ToolTipRole).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestRecentCases)
#include "tst_recentcases.moc"
