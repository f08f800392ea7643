// SPDX-License-Identifier: MIT
#include "ApiClient.h"
#include "AppOptions.h"
#include "CallsTableModel.h"
#include "CaseSession.h"
#include "ContactListModel.h"
#include "DemoServer.h"
#include "MainWindow.h"
#include "RecordingFetcher.h"
#include "Screenshot.h"

#include <QApplication>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QTimer>

#include <memory>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("casecalls"));
    QApplication::setApplicationDisplayName(QStringLiteral("Case Calls"));
    QApplication::setOrganizationName(QStringLiteral("CaseCalls"));
    QApplication::setApplicationVersion(QStringLiteral(CASECALLS_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("casecalls"));

    AppOptions options;
    if (const int exitCode = AppOptions::parse(QApplication::arguments(), options); exitCode >= 0)
        return exitCode;

    std::unique_ptr<DemoServer> demo;
    ConnectionChoice choice {options.baseUrl, options.caseId, {}, options.token};
    if (options.demo) {
        demo = std::make_unique<DemoServer>();
        QString error;
        if (!demo->start(&error)) {
            QMessageBox::critical(
                nullptr, QApplication::applicationDisplayName(),
                QApplication::translate("main", "The sample server did not start: %1").arg(error));
            return 1;
        }
        choice = {demo->baseUrl(), demo->caseId(), QApplication::translate("main", "Sample case"),
                  demo->token()};
    }

    QNetworkAccessManager network;
    ApiClient client(&network);
    ContactListModel contacts(&client);
    CallsTableModel calls(&client);
    calls.setContacts(&contacts);
    RecordingFetcher recordings(&client, &network);
    QObject::connect(&calls, &QAbstractItemModel::modelReset, &recordings,
                     [&] { recordings.setCaseId(calls.caseId()); });
    MainWindow window(&client, &calls, &contacts);
    window.setRecordingFetcher(&recordings);
    CaseSession session(&client, &contacts, &calls, &window);
    window.show();
    if (!options.screenshot.isEmpty())
        saveScreenshotWhenLoaded(&window, &calls, options.screenshot);

    QTimer::singleShot(0, &window, [&] {
        if (choice.caseId.isEmpty())
            session.choose();
        else if (choice.token.isEmpty())
            session.openWithStoredToken(choice);
        else if (QString whyNot; !session.open(choice, &whyNot, !options.demo))
            QMessageBox::critical(&window, QApplication::applicationDisplayName(), whyNot);
    });
    return app.exec();
}
