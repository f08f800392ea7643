// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QModelIndex;
class RecentCasesModel;
class TokenStore;
struct RecentCase;
namespace Ui {
class ConnectionDialog;
}

// What the user chose to open. The token is only ever held in memory.
struct ConnectionChoice {
    QUrl baseUrl;
    QString caseId;
    QString label;
    QString token;
};

// Asks which case to open: API base URL, token, case id and label, or one of the recent cases
// in one step. It only collects the choice; the main window opens the connection and adds the
// case to the recent cases once it loads. On accept, the token is saved in the TokenStore when
// "remember" is checked, and deleted from it otherwise.
class ConnectionDialog : public QDialog {
    Q_OBJECT
public:
    // Says whether the client accepts a base URL and, if not, why (ApiClient::setBaseUrl's
    // rule, passed in so that it is not written twice).
    using BaseUrlCheck = std::function<bool(const QUrl& baseUrl, QString* whyNot)>;

    // `tokens` and `recentCases` are not owned and may be null.
    ConnectionDialog(TokenStore* tokens, RecentCasesModel* recentCases, BaseUrlCheck checkBaseUrl,
                     QWidget* parent = nullptr);
    ~ConnectionDialog() override;

    ConnectionChoice choice() const;
    // Prefills the form (for example after a 401, to ask for a new token).
    void setChoice(const ConnectionChoice& choice);

    void accept() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void connectWidgets();
    void connectTokenStore();
    void fillFromRecent(const QModelIndex& index);
    void openRecent(const QModelIndex& index);
    void removeCurrentRecent();
    void tryOpen();

    QUrl enteredBaseUrl() const;
    QString currentOrigin() const;
    void onBaseUrlEdited();
    void loadTokenForCurrentOrigin();
    void onTokenRead(const QString& origin, const QString& token);
    void onTokenNotFound(const QString& origin);

    // The first thing that keeps OK disabled, in words; empty when the form is complete.
    QString problem() const;
    void updateState();
    void updateKeychainNote();

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    TokenStore* m_tokens;
    RecentCasesModel* m_recentCases;
    BaseUrlCheck m_checkBaseUrl;
    QString m_tokenOrigin; // the origin the token field was filled for; empty if typed
    QString m_pendingOrigin; // a token read under way for this origin
    bool m_openWhenTokenLoaded = false;
};
