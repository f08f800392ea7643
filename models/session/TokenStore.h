// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QUrl;
namespace QKeychain {
class Job;
}

// Keeps API tokens in the system keychain (QtKeychain), one entry per API origin under the
// service "casecalls". When no keychain is reachable, tokens live in memory for this session
// only: never in a file, never in QSettings, never in a log.
class TokenStore : public QObject {
    Q_OBJECT
public:
    enum class State {
        Unknown, // no keychain job has finished yet
        Keychain, // the keychain answered
        SessionOnly, // no keychain: tokens are kept in memory until the app quits
    };
    Q_ENUM(State)

    explicit TokenStore(QObject* parent = nullptr);

    // The keychain key for an API base URL: "scheme://host:port", the port always spelled out
    // so that "https://h" and "https://h:443" share one entry. Empty for an unusable URL.
    static QString originOf(const QUrl& baseUrl);

    // Each answers asynchronously. A read always ends with tokenRead or notFound, preceded by
    // unavailable when the keychain failed (the answer then comes from this session's memory).
    void readToken(const QString& origin);
    void writeToken(const QString& origin, const QString& token); // written or unavailable
    void deleteToken(const QString& origin); // deleted or unavailable

    // The token this session wrote or read for `origin` (the only copy when SessionOnly).
    QString sessionToken(const QString& origin) const { return m_sessionTokens.value(origin); }
    State state() const { return m_state; }
    QString unavailableReason() const { return m_unavailableReason; }

signals:
    void tokenRead(const QString& origin, const QString& token);
    void notFound(const QString& origin);
    void written(const QString& origin);
    void deleted(const QString& origin);
    // No keychain (or access refused): `reason` is meant for the user. The token written is
    // kept in memory (sessionToken) and later reads answer from there without the keychain.
    void unavailable(const QString& reason);
    void stateChanged(TokenStore::State state);

private:
    void startJob(QKeychain::Job* job, const QString& origin);
    void onJobFinished(QKeychain::Job* job, const QString& origin);
    void onReadFinished(const QString& origin, const QString& token);
    void becomeUnavailable(const QString& reason);
    // Answers from memory once the keychain is known to be missing (queued, like a job).
    void answerFromSession(const QString& origin);
    void setState(State state);

    static QString reasonFor(int error, const QString& detail);

    State m_state = State::Unknown;
    QString m_unavailableReason;
    QHash<QString, QString> m_sessionTokens;
};
