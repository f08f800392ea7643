// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QString>

// Downloaded recordings on disk, one file per call ("<callId>.<mp3|wav|audio>"), bounded in
// size with least-recently-used eviction. The folder is 0700 and every file 0600: recordings
// of estate calls are personal data. Writes are atomic like QSaveFile's: a download goes to a
// private ".part" file (created 0600) and is renamed into place only when complete, so a crash
// never leaves a half-written recording under its final name. (QSettings, the app's only
// other writer, saves through QSaveFile itself.) Used from one thread.
class RecordingCache {
public:
    static constexpr qint64 defaultMaxBytes = 512LL * 1024 * 1024;

    // `directory` empty: QStandardPaths::CacheLocation + "/recordings".
    explicit RecordingCache(const QString& directory = {}, qint64 maxBytes = defaultMaxBytes);

    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    qint64 maxBytes() const { return m_maxBytes; }
    void setMaxBytes(qint64 maxBytes);

    // The cached file for a call, or empty. Marks it as just used.
    QString lookup(const QString& callId);
    // A fresh private (0600) file path to download into; empty when the folder cannot be made.
    QString partialPath(const QString& callId) const;
    // Moves a finished download into the cache under `suffix` ("mp3"), evicts older files to
    // stay within the bound, and returns the cached path (empty on failure; `partial` removed).
    QString insert(const QString& callId, const QString& partial, const QString& suffix);
    // Files that eviction must not remove (the one being played).
    void setPinned(const QSet<QString>& paths) { m_pinned = paths; }
    qint64 totalBytes() const;
    // Removes the cached file of one call (a damaged download, before fetching it again).
    bool remove(const QString& callId);
    // Removes every cached recording (and stale partial downloads). Returns false when a file
    // could not be removed.
    bool clear();

private:
    bool ensureDirectory() const;
    void evict();

    QString m_directory;
    qint64 m_maxBytes;
    QSet<QString> m_pinned;
};
