// SPDX-License-Identifier: MIT
#include "RecordingCache.h"

#include "Ulid.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr auto privateFile = QFile::ReadOwner | QFile::WriteOwner;
const QString partialSuffix = u".part"_s;

QFileInfoList recordingFiles(const QString& directory)
{
    return QDir(directory).entryInfoList(QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden);
}

void touch(const QString& path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadWrite))
        file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
}
} // namespace

RecordingCache::RecordingCache(const QString& directory, qint64 maxBytes)
    : m_directory(directory.isEmpty() ? defaultDirectory() : directory), m_maxBytes(maxBytes)
{
}

QString RecordingCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/recordings"_s;
}

void RecordingCache::setMaxBytes(qint64 maxBytes)
{
    m_maxBytes = maxBytes;
    evict();
}

QString RecordingCache::lookup(const QString& callId)
{
    // Only a validated id ever becomes part of a file name: no path tricks from the server.
    if (!isValidUlid(callId))
        return {};
    const QFileInfoList files = recordingFiles(m_directory);
    for (const QFileInfo& file : files) {
        if (file.completeBaseName() == callId && file.suffix() != partialSuffix.mid(1)
            && file.size() > 0) {
            touch(file.filePath());
            return file.filePath();
        }
    }
    return {};
}

QString RecordingCache::partialPath(const QString& callId) const
{
    if (!isValidUlid(callId) || !ensureDirectory())
        return {};
    return m_directory + u'/' + callId + partialSuffix;
}

QString RecordingCache::insert(const QString& callId, const QString& partial, const QString& suffix)
{
    const QString target = m_directory + u'/' + callId + u'.' + suffix;
    QFile::remove(target);
    if (!isValidUlid(callId) || !QFile::rename(partial, target)) {
        QFile::remove(partial);
        return {};
    }
    QFile::setPermissions(target, privateFile);
    touch(target);
    const QSet<QString> pinned = m_pinned;
    m_pinned.insert(target);
    evict();
    m_pinned = pinned;
    return target;
}

qint64 RecordingCache::totalBytes() const
{
    qint64 total = 0;
    const QFileInfoList files = recordingFiles(m_directory);
    for (const QFileInfo& file : files)
        total += file.size();
    return total;
}

bool RecordingCache::remove(const QString& callId)
{
    const QString path = lookup(callId);
    return path.isEmpty() || QFile::remove(path);
}

bool RecordingCache::clear()
{
    bool removedAll = true;
    const QFileInfoList files = recordingFiles(m_directory);
    for (const QFileInfo& file : files)
        removedAll = QFile::remove(file.filePath()) && removedAll;
    return removedAll;
}

bool RecordingCache::ensureDirectory() const
{
    if (!QDir().mkpath(m_directory))
        return false;
    return QFile::setPermissions(m_directory,
                                 QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void RecordingCache::evict()
{
    QFileInfoList files = recordingFiles(m_directory);
    files.removeIf([](const QFileInfo& file) { return file.fileName().endsWith(partialSuffix); });
    // Oldest use first; lookup() and insert() refresh the modification time.
    std::sort(files.begin(), files.end(), [](const QFileInfo& a, const QFileInfo& b) {
        return a.lastModified() < b.lastModified();
    });
    qint64 total = totalBytes();
    for (const QFileInfo& file : std::as_const(files)) {
        if (total <= m_maxBytes)
            break;
        if (m_pinned.contains(file.filePath()))
            continue;
        if (QFile::remove(file.filePath()))
            total -= file.size();
    }
}
