// SPDX-License-Identifier: MIT
#pragma once

#include "CallsTableModel.h"
#include "CaseSession.h"
#include "ContactListModel.h"
#include "LoopbackApi.h"
#include "MainWindow.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

// The real main window on the sample case, served over loopback HTTP, as the app wires it.
// The loopback stack (server, network, client) comes from the LoopbackApi base.
struct MainWindowFixture : LoopbackApi {
    // Over the window's complete-load limit (500), so paging stays in the tests' hands.
    static SampleApiOptions largeCase()
    {
        SampleApiOptions options;
        options.callCount = 600;
        return options;
    }

    MainWindowFixture() : LoopbackApi(largeCase()) { }

    ContactListModel contacts {&client};
    CallsTableModel calls {&client};
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<CaseSession> session;

    // Returns false (with a QtTest failure) when the server or the first page did not come up.
    bool open()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        if (!start())
            return false;
        RetryPolicy fast;
        fast.baseDelayMs = 10;
        fast.maxAttempts = 2;
        client.setRetryPolicy(fast);
        calls.setContacts(&contacts);
        window = std::make_unique<MainWindow>(&client, &calls, &contacts);
        // As the app wires it: the session asks for a new token when the server refuses one.
        session = std::make_unique<CaseSession>(&client, &contacts, &calls, window.get());
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return false;
        contacts.setCaseId(server.caseId());
        calls.setCaseId(server.caseId());
        return QTest::qWaitFor([this] { return calls.rowCount() > 0 && !calls.isLoading(); },
                               15000);
    }
};
