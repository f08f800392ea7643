// SPDX-License-Identifier: MIT
#include "SignOutJob.h"

#include "RecordingFetcher.h"
#include "TokenStore.h"

SignOutJob::SignOutJob(TokenStore* tokens, RecordingFetcher* recordings, QObject* parent)
    : QObject(parent), m_tokens(tokens), m_recordings(recordings)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(keychainTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_problems.append(tr("The system keychain did not answer: the token may still be "
                             "stored there."));
        finish();
    });
}

void SignOutJob::start(const QStringList& origins)
{
    if (m_running)
        return;
    m_running = true;
    m_problems.clear();
    // Recordings first: they go whatever the keychain answers.
    if (RecordingFetcher* recordings = m_recordings.data(); recordings && !recordings->clearCache())
        m_problems.append(tr("Some cached recordings could not be removed from %1.")
                              .arg(recordings->cache().directory()));
    QStringList unique;
    for (const QString& origin : origins) {
        if (!origin.isEmpty() && !unique.contains(origin))
            unique.append(origin);
    }
    if (!m_tokens || unique.isEmpty()) {
        QMetaObject::invokeMethod(this, &SignOutJob::finish, Qt::QueuedConnection);
        return;
    }
    // Every deleteToken() ends with exactly one deleted() or unavailable().
    m_pending = int(unique.size());
    connect(m_tokens, &TokenStore::deleted, this, &SignOutJob::onKeychainAnswer);
    connect(m_tokens, &TokenStore::unavailable, this, &SignOutJob::onKeychainUnavailable);
    m_timeout.start();
    for (const QString& origin : std::as_const(unique))
        m_tokens->deleteToken(origin);
}

void SignOutJob::onKeychainAnswer()
{
    if (m_running && --m_pending <= 0)
        finish();
}

void SignOutJob::onKeychainUnavailable()
{
    // The session's copy is gone already; whether the keychain still holds one is unknown.
    const QString problem = tr("The system keychain could not be reached, so a token stored "
                               "there (service \"casecalls\") may remain.");
    if (!m_problems.contains(problem))
        m_problems.append(problem);
    onKeychainAnswer();
}

void SignOutJob::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_timeout.stop();
    if (m_tokens)
        disconnect(m_tokens, nullptr, this, nullptr);
    emit finished(m_problems.join(u'\n'));
}
