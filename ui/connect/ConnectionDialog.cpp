// SPDX-License-Identifier: MIT
#include "ConnectionDialog.h"

#include "RecentCasesModel.h"
#include "TokenStore.h"
#include "UlidValidator.h"
#include "ui_ConnectionDialog.h"

#include <QAction>
#include <QKeyEvent>
#include <QPushButton>

#include <utility>

ConnectionDialog::ConnectionDialog(TokenStore* tokens, RecentCasesModel* recentCases,
                                   BaseUrlCheck checkBaseUrl, QWidget* parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::ConnectionDialog>()),
      m_tokens(tokens),
      m_recentCases(recentCases),
      m_checkBaseUrl(std::move(checkBaseUrl))
{
    m_ui->setupUi(this);
    m_ui->caseIdEdit->setValidator(new UlidValidator(m_ui->caseIdEdit));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Open"));
    m_ui->recentLabel->setVisible(m_recentCases);
    m_ui->recentCasesView->setVisible(m_recentCases);
    m_ui->removeRecentButton->setVisible(m_recentCases);
    m_ui->rememberTokenCheck->setVisible(m_tokens);
    m_ui->keychainNoteLabel->setVisible(m_tokens);
    if (m_recentCases)
        m_ui->recentCasesView->setModel(m_recentCases);
    connectWidgets();
    connectTokenStore();

    if (m_recentCases && m_recentCases->rowCount() > 0) {
        m_ui->recentCasesView->setCurrentIndex(m_recentCases->index(0));
        m_ui->recentCasesView->setFocus();
    } else {
        m_ui->baseUrlEdit->setFocus();
    }
    updateState();
    updateKeychainNote();
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::connectWidgets()
{
    QListView* view = m_ui->recentCasesView;
    auto* removeAction = new QAction(tr("Remove"), view);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &ConnectionDialog::removeCurrentRecent);
    connect(m_ui->removeRecentButton, &QPushButton::clicked, removeAction, &QAction::trigger);
    // Enter on the list opens the case itself: the dialog's default button must not get it
    // first, while the token may still be on its way from the keychain.
    view->installEventFilter(this);
    connect(view, &QListView::activated, this, &ConnectionDialog::openRecent);
    if (view->selectionModel()) {
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this](const QModelIndex& current) {
                    fillFromRecent(current);
                    updateState();
                });
    }

    connect(m_ui->showTokenButton, &QToolButton::toggled, this, [this](bool show) {
        m_ui->tokenEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showTokenButton->setText(show ? tr("Hide") : tr("Show"));
        m_ui->showTokenButton->setAccessibleName(show ? tr("Hide the token")
                                                      : tr("Show the token"));
    });
    connect(m_ui->baseUrlEdit, &QLineEdit::textChanged, this, &ConnectionDialog::updateState);
    connect(m_ui->baseUrlEdit, &QLineEdit::editingFinished, this,
            &ConnectionDialog::onBaseUrlEdited);
    connect(m_ui->tokenEdit, &QLineEdit::textEdited, this, [this] {
        m_tokenOrigin.clear(); // typed by the user: no longer the stored token
        updateKeychainNote();
    });
    connect(m_ui->tokenEdit, &QLineEdit::textChanged, this, &ConnectionDialog::updateState);
    connect(m_ui->caseIdEdit, &QLineEdit::textChanged, this, &ConnectionDialog::updateState);
    connect(m_ui->rememberTokenCheck, &QCheckBox::toggled, this,
            &ConnectionDialog::updateKeychainNote);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
}

void ConnectionDialog::connectTokenStore()
{
    if (!m_tokens)
        return;
    connect(m_tokens, &TokenStore::tokenRead, this, &ConnectionDialog::onTokenRead);
    connect(m_tokens, &TokenStore::notFound, this, &ConnectionDialog::onTokenNotFound);
    connect(m_tokens, &TokenStore::stateChanged, this, &ConnectionDialog::updateKeychainNote);
    connect(m_tokens, &TokenStore::unavailable, this, &ConnectionDialog::updateKeychainNote);
}

ConnectionChoice ConnectionDialog::choice() const
{
    return {enteredBaseUrl(), m_ui->caseIdEdit->text(), m_ui->labelEdit->text().trimmed(),
            m_ui->tokenEdit->text().trimmed()};
}

void ConnectionDialog::setChoice(const ConnectionChoice& choice)
{
    m_tokenOrigin.clear();
    m_ui->baseUrlEdit->setText(choice.baseUrl.toString());
    m_ui->tokenEdit->setText(choice.token);
    m_ui->caseIdEdit->setText(choice.caseId);
    m_ui->labelEdit->setText(choice.label);
    if (choice.token.isEmpty())
        loadTokenForCurrentOrigin();
    updateState();
}

void ConnectionDialog::accept()
{
    if (!problem().isEmpty())
        return;
    const QString origin = currentOrigin();
    if (m_tokens && !origin.isEmpty()) {
        const QString token = m_ui->tokenEdit->text().trimmed();
        if (!m_ui->rememberTokenCheck->isChecked())
            m_tokens->deleteToken(origin);
        else if (m_tokenOrigin != origin || m_tokens->sessionToken(origin) != token)
            m_tokens->writeToken(origin, token); // new or changed: not yet in the store
    }
    QDialog::accept();
}

bool ConnectionDialog::eventFilter(QObject* watched, QEvent* event)
{
    QListView* view = m_ui->recentCasesView;
    if (watched == view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && view->currentIndex().isValid()) {
            openRecent(view->currentIndex());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ConnectionDialog::fillFromRecent(const QModelIndex& index)
{
    if (!m_recentCases || !index.isValid())
        return;
    const RecentCase recentCase = m_recentCases->recentCase(index.row());
    // A token typed or loaded for another server must never be sent to this one.
    if (TokenStore::originOf(recentCase.baseUrl) != m_tokenOrigin) {
        m_ui->tokenEdit->clear();
        m_tokenOrigin.clear();
    }
    m_ui->baseUrlEdit->setText(recentCase.baseUrl.toString());
    m_ui->caseIdEdit->setText(recentCase.caseId);
    m_ui->labelEdit->setText(recentCase.label);
    if (m_ui->tokenEdit->text().isEmpty())
        loadTokenForCurrentOrigin();
}

void ConnectionDialog::openRecent(const QModelIndex& index)
{
    fillFromRecent(index);
    if (m_pendingOrigin.isEmpty())
        tryOpen();
    else
        m_openWhenTokenLoaded = true;
}

void ConnectionDialog::removeCurrentRecent()
{
    const QModelIndex current = m_ui->recentCasesView->currentIndex();
    if (m_recentCases && current.isValid())
        m_recentCases->remove(current.row());
    updateState();
}

void ConnectionDialog::tryOpen()
{
    updateState();
    if (problem().isEmpty()) {
        accept();
        return;
    }
    if (m_ui->tokenEdit->text().trimmed().isEmpty())
        m_ui->tokenEdit->setFocus();
    else if (!UlidValidator::problem(m_ui->caseIdEdit->text()).isEmpty())
        m_ui->caseIdEdit->setFocus();
    else
        m_ui->baseUrlEdit->setFocus();
}

QUrl ConnectionDialog::enteredBaseUrl() const
{
    return QUrl(m_ui->baseUrlEdit->text().trimmed(), QUrl::StrictMode);
}

QString ConnectionDialog::currentOrigin() const
{
    const QUrl url = enteredBaseUrl();
    if (m_checkBaseUrl && !m_checkBaseUrl(url, nullptr))
        return {};
    return TokenStore::originOf(url);
}

void ConnectionDialog::onBaseUrlEdited()
{
    const QString origin = currentOrigin();
    if (origin.isEmpty() || origin == m_tokenOrigin)
        return;
    if (!m_tokenOrigin.isEmpty()) { // loaded for the previous server: not for this one
        m_ui->tokenEdit->clear();
        m_tokenOrigin.clear();
    }
    if (m_ui->tokenEdit->text().isEmpty())
        loadTokenForCurrentOrigin();
}

void ConnectionDialog::loadTokenForCurrentOrigin()
{
    const QString origin = currentOrigin();
    if (!m_tokens || origin.isEmpty() || origin == m_pendingOrigin)
        return;
    const QString known = m_tokens->sessionToken(origin);
    if (!known.isEmpty()) {
        m_ui->tokenEdit->setText(known);
        m_tokenOrigin = origin;
        updateKeychainNote();
        return;
    }
    m_pendingOrigin = origin;
    m_tokens->readToken(origin);
    updateState();
}

void ConnectionDialog::onTokenRead(const QString& origin, const QString& token)
{
    if (origin != m_pendingOrigin)
        return;
    m_pendingOrigin.clear();
    if (m_ui->tokenEdit->text().isEmpty() || !m_tokenOrigin.isEmpty()) {
        m_ui->tokenEdit->setText(token);
        m_tokenOrigin = origin;
    }
    updateKeychainNote();
    if (std::exchange(m_openWhenTokenLoaded, false))
        tryOpen();
    else
        updateState();
}

void ConnectionDialog::onTokenNotFound(const QString& origin)
{
    if (origin != m_pendingOrigin)
        return;
    m_pendingOrigin.clear();
    updateKeychainNote();
    if (std::exchange(m_openWhenTokenLoaded, false))
        tryOpen(); // stops at the empty token field
    else
        updateState();
}

QString ConnectionDialog::problem() const
{
    if (m_ui->baseUrlEdit->text().trimmed().isEmpty())
        return tr("Enter the API base URL, for example https://api.example.com/v1.");
    QString whyNot;
    if (m_checkBaseUrl && !m_checkBaseUrl(enteredBaseUrl(), &whyNot))
        return whyNot.isEmpty() ? tr("The API base URL cannot be used.") : whyNot;
    if (m_ui->tokenEdit->text().trimmed().isEmpty()) {
        return m_pendingOrigin.isEmpty() ? tr("Enter the API token.")
                                         : tr("Looking for a saved token…");
    }
    return UlidValidator::problem(m_ui->caseIdEdit->text());
}

void ConnectionDialog::updateState()
{
    const QString why = problem();
    m_ui->problemLabel->setText(why);
    m_ui->problemLabel->setVisible(!why.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    m_ui->removeRecentButton->setEnabled(m_ui->recentCasesView->currentIndex().isValid());
}

void ConnectionDialog::updateKeychainNote()
{
    if (!m_tokens)
        return;
    QString note;
    QString details;
    if (!m_ui->rememberTokenCheck->isChecked()) {
        note = tr("The token will not be saved: you will enter it again next time.");
    } else if (m_tokens->state() == TokenStore::State::SessionOnly) {
        note = tr("No keychain available: the token is kept for this session only.");
        details = m_tokens->unavailableReason();
    } else if (m_tokens->state() == TokenStore::State::Keychain && !m_tokenOrigin.isEmpty()
               && m_tokenOrigin == currentOrigin()) {
        note = tr("Saved in the keychain.");
    } else {
        note = tr("The token will be saved in the system keychain when you open the case.");
    }
    m_ui->keychainNoteLabel->setText(note);
    m_ui->keychainNoteLabel->setToolTip(details);
    m_ui->keychainNoteLabel->setAccessibleDescription(details);
}
