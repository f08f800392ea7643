// SPDX-License-Identifier: MIT
#include "TokenStore.h"

#include <QUrl>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {
const QString serviceName = u"casecalls"_s;

int defaultPort(const QString& scheme)
{
    if (scheme == "https"_L1)
        return 443;
    if (scheme == "http"_L1)
        return 80;
    return -1;
}
} // namespace

TokenStore::TokenStore(QObject* parent) : QObject(parent) { }

QString TokenStore::originOf(const QUrl& baseUrl)
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return {};
    const QString scheme = baseUrl.scheme().toLower();
    const int port = baseUrl.port(defaultPort(scheme));
    if (port < 0)
        return {};
    QUrl origin;
    origin.setScheme(scheme);
    origin.setHost(baseUrl.host()); // QUrl lower-cases host names and brackets IPv6 addresses
    origin.setPort(port);
    return origin.toString();
}

void TokenStore::readToken(const QString& origin)
{
    if (m_state == State::SessionOnly) {
        answerFromSession(origin);
        return;
    }
    startJob(new QKeychain::ReadPasswordJob(serviceName, this), origin);
}

void TokenStore::writeToken(const QString& origin, const QString& token)
{
    m_sessionTokens.insert(origin, token);
    if (m_state == State::SessionOnly) {
        QMetaObject::invokeMethod(
            this, [this] { emit unavailable(m_unavailableReason); }, Qt::QueuedConnection);
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(serviceName, this);
    job->setTextData(token);
    startJob(job, origin);
}

void TokenStore::deleteToken(const QString& origin)
{
    m_sessionTokens.remove(origin);
    if (m_state == State::SessionOnly) {
        QMetaObject::invokeMethod(
            this, [this, origin] { emit deleted(origin); }, Qt::QueuedConnection);
        return;
    }
    startJob(new QKeychain::DeletePasswordJob(serviceName, this), origin);
}

void TokenStore::startJob(QKeychain::Job* job, const QString& origin)
{
    // A plaintext fallback would put the token in a settings file: never.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(origin);
    connect(job, &QKeychain::Job::finished, this,
            [this, origin](QKeychain::Job* finished) { onJobFinished(finished, origin); });
    job->start();
}

void TokenStore::onJobFinished(QKeychain::Job* job, const QString& origin)
{
    const QKeychain::Error error = job->error();
    const bool isRead = qobject_cast<QKeychain::ReadPasswordJob*>(job) != nullptr;
    const bool isDelete = qobject_cast<QKeychain::DeletePasswordJob*>(job) != nullptr;
    if (error == QKeychain::EntryNotFound) {
        setState(State::Keychain);
        if (isRead)
            emit notFound(origin);
        else
            emit deleted(origin); // nothing to delete is as good as deleted
        return;
    }
    if (error != QKeychain::NoError) {
        becomeUnavailable(reasonFor(error, job->errorString()));
        if (isRead) // a read always ends with tokenRead or notFound, here from memory
            answerFromSession(origin);
        return;
    }
    setState(State::Keychain);
    if (isRead)
        onReadFinished(origin, static_cast<QKeychain::ReadPasswordJob*>(job)->textData());
    else if (isDelete)
        emit deleted(origin);
    else
        emit written(origin);
}

void TokenStore::onReadFinished(const QString& origin, const QString& token)
{
    m_sessionTokens.insert(origin, token);
    emit tokenRead(origin, token);
}

void TokenStore::becomeUnavailable(const QString& reason)
{
    m_unavailableReason = reason;
    setState(State::SessionOnly);
    emit unavailable(reason);
}

void TokenStore::answerFromSession(const QString& origin)
{
    QMetaObject::invokeMethod(
        this,
        [this, origin] {
            if (m_sessionTokens.contains(origin))
                emit tokenRead(origin, m_sessionTokens.value(origin));
            else
                emit notFound(origin);
        },
        Qt::QueuedConnection);
}

void TokenStore::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QString TokenStore::reasonFor(int error, const QString& detail)
{
    QString reason;
    switch (error) {
    case QKeychain::AccessDeniedByUser:
        reason = tr("Access to the system keychain was declined.");
        break;
    case QKeychain::AccessDenied:
        reason = tr("The system keychain refused access (it may be locked).");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        reason = tr("No system keychain was found (such as GNOME Keyring or KWallet).");
        break;
    default:
        reason = tr("The system keychain could not be reached.");
        break;
    }
    reason += u' ' + tr("The token is kept for this session only.");
    // QtKeychain's messages name the failing service, never the secret. Its default text
    // ("Unknown error") tells a person nothing.
    if (!detail.isEmpty() && detail != "Unknown error"_L1)
        reason += u' ' + tr("(Details: %1)").arg(detail);
    return reason;
}
