// SPDX-License-Identifier: MIT
#include "CaseSession.h"

#include "ApiClient.h"
#include "CallsTableModel.h"
#include "ContactListModel.h"
#include "DisplayText.h"
#include "MainWindow.h"
#include "PlainLabel.h"
#include "RecentCasesModel.h"
#include "SignOutJob.h"
#include "TokenStore.h"

#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

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
    connect(window, &MainWindow::signOutRequested, this, &CaseSession::confirmSignOut);
    connect(window, &MainWindow::tokenRejected, this, &CaseSession::askForNewToken);
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

void CaseSession::askForNewToken(const ApiError& error)
{
    // One prompt at a time, and nothing already loaded is dropped: the model keeps its rows and
    // retries once a new token is in. The texts keep MainWindow's translation context: they
    // were its own before the prompt moved here.
    if (m_askingForToken)
        return;
    m_askingForToken = true;
    QInputDialog dialog(m_window);
    dialog.setWindowTitle(QCoreApplication::translate("MainWindow", "New access token"));
    dialog.setTextEchoMode(QLineEdit::Password);
    dialog.setLabelText(
        QCoreApplication::translate("MainWindow",
                                    "The server no longer accepts the access token (request id "
                                    "%1).\nEnter a new token to go on:")
            .arg(error.requestId.isEmpty() ? QCoreApplication::translate("MainWindow", "none")
                                           : DisplayText::identifier(error.requestId)));
    // The request id is the server's: the label must never render it as markup.
    for (QLabel* label : dialog.findChildren<QLabel*>())
        PlainLabel::makePlain(label);
    const bool ok = dialog.exec() == QDialog::Accepted;
    const QString token = dialog.textValue();
    m_askingForToken = false;
    if (!ok || token.isEmpty())
        return;
    m_client->setToken(token);
    m_window->hideError();
    m_calls->retry();
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

void CaseSession::confirmSignOut()
{
    QMessageBox box(QMessageBox::Question, tr("Sign out"),
                    tr("Remove the stored access tokens and every cached recording from this "
                       "computer, and close the case?"),
                    QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("signOutConfirmation"));
    QPushButton* signOutButton = box.addButton(tr("Sign Out"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == signOutButton)
        signOut();
}

void CaseSession::signOut()
{
    QStringList origins {TokenStore::originOf(m_client->baseUrl())};
    for (int row = 0; row < m_recent->rowCount(); ++row)
        origins.append(TokenStore::originOf(m_recent->recentCase(row).baseUrl));
    // Close the case first: the player lets go of its file, and no request carries the token.
    m_client->setToken({});
    m_calls->setCaseId({});
    m_contacts->setCaseId({});
    m_window->setCaseLabel({});
    auto* job = new SignOutJob(m_tokens, m_window->recordingFetcher(), this);
    connect(job, &SignOutJob::finished, this, [this, job](const QString& problems) {
        job->deleteLater();
        m_window->statusBar()->showMessage(
            problems.isEmpty() ? tr("Signed out: tokens and cached recordings removed.") : problems,
            15000);
        emit signedOut(problems);
        choose();
    });
    job->start(origins);
}
