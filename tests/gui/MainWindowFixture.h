// SPDX-License-Identifier: MIT
#pragma once

#include "ApiClient.h"
#include "CallsTableModel.h"
#include "ContactListModel.h"
#include "MainWindow.h"
#include "SampleApiServer.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

// The real main window on the sample case, served over loopback HTTP, as the app wires it.
struct MainWindowFixture {
    // Over the window's complete-load limit (500), so paging stays in the tests' hands.
    static SampleApiOptions largeCase()
    {
        SampleApiOptions options;
        options.callCount = 600;
        return options;
    }

    SampleApiServer server {largeCase()};
    QNetworkAccessManager network;
    ApiClient client {&network};
    ContactListModel contacts {&client};
    CallsTableModel calls {&client};
    std::unique_ptr<MainWindow> window;

    // Returns false (with a QtTest failure) when the server or the first page did not come up.
    bool open()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        if (!server.listen())
            return false;
        RetryPolicy fast;
        fast.baseDelayMs = 10;
        fast.maxAttempts = 2;
        client.setRetryPolicy(fast);
        client.setBaseUrl(server.baseUrl());
        client.setToken(server.token());
        calls.setContacts(&contacts);
        window = std::make_unique<MainWindow>(&client, &calls, &contacts);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return false;
        contacts.setCaseId(server.caseId());
        calls.setCaseId(server.caseId());
        return QTest::qWaitFor([this] { return calls.rowCount() > 0 && !calls.isLoading(); },
                               15000);
    }
};
