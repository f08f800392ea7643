// SPDX-License-Identifier: MIT
#pragma once

#include "ApiError.h"
#include "ConnectionDialog.h"

#include <QObject>

class ApiClient;
class CallsTableModel;
class ContactListModel;
class MainWindow;
class RecentCasesModel;
class TokenStore;

// Which case the window shows, and how it got there: the connection dialog, the keychain, the
// recent-cases list. Opening a case points the client at it and reloads the models.
class CaseSession : public QObject {
    Q_OBJECT
public:
    CaseSession(ApiClient* client, ContactListModel* contacts, CallsTableModel* calls,
                MainWindow* window, QObject* parent = nullptr);

    // Opens the case at once; false (and a message for the user) when the URL is refused.
    // `remember` adds it to the recent cases once its first page arrives (not for the demo,
    // whose server port changes every run).
    bool open(const ConnectionChoice& choice, QString* whyNot = nullptr, bool remember = true);
    // Shows the connection dialog prefilled with `start`; opens what the user chooses.
    void choose(const ConnectionChoice& start = {});
    // With a known URL and case but no token: looks in the keychain, else asks.
    void openWithStoredToken(const ConnectionChoice& choice);
    // Case → Sign Out…: asks first; then forgets the tokens of the open case's server and of
    // every recent case (keychain and memory), removes every cached recording, closes the
    // case and shows the connection dialog.
    void confirmSignOut();
    void signOut();
    TokenStore* tokenStore() const { return m_tokens; }
    // The server refused the token: asks for a new one over the window, then resumes loading.
    void askForNewToken(const ApiError& error);

signals:
    void signedOut(const QString& problems);

private:
    ApiClient* m_client;
    ContactListModel* m_contacts;
    CallsTableModel* m_calls;
    MainWindow* m_window;
    TokenStore* m_tokens;
    RecentCasesModel* m_recent;
    bool m_askingForToken = false;
};
