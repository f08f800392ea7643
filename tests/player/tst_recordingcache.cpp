// SPDX-License-Identifier: MIT
#include "RecordingCache.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QStringList ids {u"01HZY0000000000000000000A1"_s, u"01HZY0000000000000000000A2"_s,
                       u"01HZY0000000000000000000A3"_s, u"01HZY0000000000000000000A4"_s};

// Puts `bytes` bytes into the cache for `callId`, the way a download does.
QString add(RecordingCache& cache, const QString& callId, qint64 bytes)
{
    const QString partial = cache.partialPath(callId);
    QFile file(partial);
    if (!file.open(QIODevice::WriteOnly, QFile::ReadOwner | QFile::WriteOwner))
        return {};
    file.write(QByteArray(bytes, 'x'));
    file.close();
    return cache.insert(callId, partial, u"mp3"_s);
}

void age(const QString& path, int secondsAgo)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-secondsAgo),
                             QFileDevice::FileModificationTime));
}
} // namespace

class TestRecordingCache : public QObject {
    Q_OBJECT

private slots:
    void defaultsToCacheLocation();
    void filesArePrivate();
    void evictsLeastRecentlyUsed();
    void pinnedFileSurvivesEviction();
    void clearRemovesEverything();
    void removeDropsOneCall();
    void refusesIdsThatAreNotUlids_data();
    void refusesIdsThatAreNotUlids();
};

void TestRecordingCache::defaultsToCacheLocation()
{
    QStandardPaths::setTestModeEnabled(true);
    const RecordingCache cache;
    QCOMPARE(cache.directory(),
             QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/recordings"_s);
    QCOMPARE(cache.maxBytes(), RecordingCache::defaultMaxBytes);
}

void TestRecordingCache::filesArePrivate()
{
    QTemporaryDir dir;
    RecordingCache cache(dir.filePath(u"recordings"_s));
    const QString path = add(cache, ids.at(0), 100);
    QVERIFY(!path.isEmpty());
    const auto groupOrOther = QFile::Permissions(0x00FF);
    QCOMPARE(QFileInfo(path).permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
             QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(QFileInfo(cache.directory()).permissions() & groupOrOther, QFile::Permissions());
    QCOMPARE(cache.lookup(ids.at(0)), path);
}

void TestRecordingCache::evictsLeastRecentlyUsed()
{
    QTemporaryDir dir;
    RecordingCache cache(dir.path(), 3000);
    const QString first = add(cache, ids.at(0), 1000);
    const QString second = add(cache, ids.at(1), 1000);
    const QString third = add(cache, ids.at(2), 1000);
    age(first, 30);
    age(second, 20);
    age(third, 10);
    QCOMPARE(cache.lookup(ids.at(0)), first); // used again: now the most recent
    QVERIFY(!add(cache, ids.at(3), 1000).isEmpty());
    QVERIFY(cache.totalBytes() <= 3000);
    QVERIFY2(cache.lookup(ids.at(1)).isEmpty(), "the least recently used file should go");
    QCOMPARE(cache.lookup(ids.at(0)), first);
    QCOMPARE(cache.lookup(ids.at(2)), third);
}

void TestRecordingCache::pinnedFileSurvivesEviction()
{
    QTemporaryDir dir;
    RecordingCache cache(dir.path(), 5000);
    const QString playing = add(cache, ids.at(0), 2000);
    add(cache, ids.at(1), 2000);
    age(playing, 60);
    cache.setPinned({playing});
    cache.setMaxBytes(2500);
    QCOMPARE(cache.lookup(ids.at(0)), playing);
    QVERIFY(cache.lookup(ids.at(1)).isEmpty());
}

void TestRecordingCache::clearRemovesEverything()
{
    QTemporaryDir dir;
    RecordingCache cache(dir.path());
    add(cache, ids.at(0), 10);
    add(cache, ids.at(1), 10);
    QVERIFY(cache.totalBytes() > 0);
    QVERIFY(cache.clear());
    QCOMPARE(cache.totalBytes(), 0);
    QVERIFY(cache.lookup(ids.at(0)).isEmpty());
}

void TestRecordingCache::removeDropsOneCall()
{
    QTemporaryDir dir;
    RecordingCache cache(dir.path());
    const QString first = add(cache, ids.at(0), 100);
    const QString second = add(cache, ids.at(1), 100);
    QVERIFY(cache.remove(ids.at(0)));
    QVERIFY(!QFile::exists(first));
    QVERIFY(QFile::exists(second));
    QVERIFY(cache.lookup(ids.at(0)).isEmpty());
    QVERIFY(cache.remove(ids.at(0))); // nothing left to remove is not a failure
}

void TestRecordingCache::refusesIdsThatAreNotUlids_data()
{
    QTest::addColumn<QString>("callId");
    QTest::newRow("traversal") << u"../../etc/passwd"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("slash") << u"01HZY00000000000000000/0A1"_s;
}

void TestRecordingCache::refusesIdsThatAreNotUlids()
{
    QFETCH(QString, callId);
    QTemporaryDir dir;
    RecordingCache cache(dir.path());
    QVERIFY(cache.partialPath(callId).isEmpty());
    QVERIFY(cache.lookup(callId).isEmpty());
}

QTEST_GUILESS_MAIN(TestRecordingCache)
#include "tst_recordingcache.moc"
