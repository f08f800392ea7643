// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class RecordingFetcher;
class TokenStore;

// "Sign out": forgets what this computer keeps for the user's cases. Removes the keychain
// entries (and this session's in-memory copies) of the given API origins and every cached
// recording. Nothing else holds case data or secrets on disk: the app uses no
// QNetworkDiskCache (responses are never cached), recent cases hold no token, and QSettings
// holds only layout and the recent-case list.
class SignOutJob : public QObject {
    Q_OBJECT
public:
    static constexpr int keychainTimeoutMs = 10000;

    // Neither is owned; `recordings` may be null (nothing cached then).
    SignOutJob(TokenStore* tokens, RecordingFetcher* recordings, QObject* parent = nullptr);

    // Starts erasing. finished() follows exactly once, from the event loop, when the keychain
    // has answered for every origin (or has not answered for keychainTimeoutMs).
    void start(const QStringList& origins);
    bool isRunning() const { return m_running; }

signals:
    // `problems` is empty when everything is gone; otherwise it says what may remain.
    void finished(const QString& problems);

private:
    void onKeychainAnswer();
    void onKeychainUnavailable();
    void finish();

    QPointer<TokenStore> m_tokens;
    QPointer<RecordingFetcher> m_recordings;
    QTimer m_timeout;
    int m_pending = 0;
    bool m_running = false;
    QStringList m_problems;
};
