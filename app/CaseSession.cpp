// SPDX-License-Identifier: MIT
#include "CaseSession.h"

#include "ApiClient.h"
#include "CallsTableModel.h"
#include "ContactListModel.h"
#include "MainWindow.h"
#include "RecentCasesModel.h"
#include "TokenStore.h"

#include <QMessageBox>

CaseSession::CaseSession(ApiClient* client, ContactListModel* contacts, CallsTableModel* calls,
                         MainWindow* window, QObject* parent)
    : QObject(parent),
      m_client(client),
      m_contacts(contacts),
      m_calls(calls),
      m_window(window),
      m_tokens(new TokenStore(this)),
      m_recent(new RecentCasesModel(this))
{
    connect(window, &MainWindow::openCaseRequested, this, [this] { choose(); });
}

bool CaseSession::open(const ConnectionChoice& choice, QString* whyNot, bool remember)
{
    if (!m_client->setBaseUrl(choice.baseUrl, whyNot))
        return false;
    m_client->setToken(choice.token);
    m_window->setCaseLabel(choice.label.isEmpty() ? choice.caseId : choice.label);
    m_contacts->setCaseId(choice.caseId);
    m_calls->setCaseId(choice.caseId);
    if (!remember)
        return true;
    // Remembered once the first page has arrived, so a mistyped case is not kept.
    connect(
        m_calls, &CallsTableModel::progressChanged, this,
        [this, choice] {
            if (m_calls->caseId() == choice.caseId && !m_calls->lastError().isError())
                m_recent->add({choice.baseUrl, choice.caseId, choice.label, {}});
        },
        Qt::SingleShotConnection);
    return true;
}

void CaseSession::choose(const ConnectionChoice& start)
{
    const auto checkBaseUrl = [](const QUrl& url, QString* whyNot) {
        ApiClient probe(nullptr);
        return probe.setBaseUrl(url, whyNot);
    };
    ConnectionDialog dialog(m_tokens, m_recent, checkBaseUrl, m_window);
    if (!start.caseId.isEmpty() || !start.baseUrl.isEmpty())
        dialog.setChoice(start);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString whyNot;
    if (!open(dialog.choice(), &whyNot))
        QMessageBox::warning(m_window, tr("Case not opened"), whyNot);
}

void CaseSession::openWithStoredToken(const ConnectionChoice& choice)
{
    const QString origin = TokenStore::originOf(choice.baseUrl);
    auto* context = new QObject(this);
    const auto finish = [this, choice, context](const QString& token) {
        context->deleteLater();
        ConnectionChoice withToken = choice;
        withToken.token = token;
        if (token.isEmpty())
            choose(withToken);
        else if (QString whyNot; !open(withToken, &whyNot))
            QMessageBox::warning(m_window, tr("Case not opened"), whyNot);
    };
    connect(m_tokens, &TokenStore::tokenRead, context,
            [finish, origin](const QString& from, const QString& token) {
                if (from == origin)
                    finish(token);
            });
    connect(m_tokens, &TokenStore::notFound, context, [finish] { finish({}); });
    connect(m_tokens, &TokenStore::unavailable, context, [finish] { finish({}); });
    m_tokens->readToken(origin);
}
