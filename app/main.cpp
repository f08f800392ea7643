// SPDX-License-Identifier: MIT
#include "ApiClient.h"
#include "AppOptions.h"
#include "AppTranslator.h"
#include "CallsTableModel.h"
#include "CaseSession.h"
#include "ContactListModel.h"
#include "DemoServer.h"
#include "DiagnosticLog.h"
#include "MainWindow.h"
#include "PlaybackCheck.h"
#include "RecordingFetcher.h"
#include "Screenshot.h"

#include <QApplication>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <functional>
#include <memory>

namespace {

void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("casecalls"));
    QCoreApplication::setOrganizationName(QStringLiteral("CaseCalls"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASECALLS_VERSION));
}

// --version and --help must work where there is no display (a terminal over ssh, a package
// check): they are answered by a QCoreApplication, before any window system is touched.
bool onlyPrintsText(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "--version" || argument == "-v" || argument == "--help" || argument == "-h"
            || argument == "--help-all")
            return true;
    }
    return false;
}

int printText(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    nameApplication();
    AppTranslator translator;
    translator.install(AppOptions::languageArgument(QCoreApplication::arguments()));
    AppOptions options;
    return std::max(0, AppOptions::parse(QCoreApplication::arguments(), options));
}

void startLogFile()
{
    QString error;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/logs");
    if (!DiagnosticLog::install(folder, &error))
        qWarning("No log file (%s): messages go to stderr only", qPrintable(error));
}

} // namespace

int main(int argc, char* argv[])
{
    if (onlyPrintsText(argc, argv))
        return printText(argc, argv);

    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Case Calls"));
    // The installed desktop file's name: Wayland compositors find the icon and name through it.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.casecalls.CaseCalls"));

    // Before parsing, so that --help and command-line errors already speak the chosen language.
    AppTranslator translator;
    translator.install(AppOptions::languageArgument(QApplication::arguments()));

    AppOptions options;
    if (const int exitCode = AppOptions::parse(QApplication::arguments(), options); exitCode >= 0)
        return exitCode;
    startLogFile();

    std::unique_ptr<DemoServer> demo;
    ConnectionChoice choice {options.baseUrl, options.caseId, {}, options.token};
    std::function<void(const QString& error)> openDemo; // set once the window exists
    if (options.demo) {
        // The sample case is generated on the server's thread while this one builds and paints
        // the window; the answer is queued, so it arrives once the event loop runs.
        demo = std::make_unique<DemoServer>();
        demo->start(&app, [&openDemo](const QString& error) { openDemo(error); });
    }

    QNetworkAccessManager network;
    ApiClient client(&network);
    client.applySettings(QSettings()); // network/http2=false for proxies that break HTTP/2
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
    if (options.checkPlayback)
        checkPlaybackWhenLoaded(&window, &calls);

    const auto openChoice = [&] {
        if (choice.caseId.isEmpty())
            session.choose();
        else if (choice.token.isEmpty())
            session.openWithStoredToken(choice);
        else if (QString whyNot; !session.open(choice, &whyNot, !options.demo))
            QMessageBox::critical(&window, QApplication::applicationDisplayName(), whyNot);
    };
    if (demo) {
        openDemo = [&](const QString& error) {
            if (!error.isEmpty()) {
                QMessageBox::critical(
                    &window, QApplication::applicationDisplayName(),
                    QApplication::translate("main", "The sample server did not start: %1")
                        .arg(error));
                QApplication::exit(1);
                return;
            }
            choice = {demo->baseUrl(), demo->caseId(),
                      QApplication::translate("main", "Sample case"), demo->token()};
            openChoice();
        };
    } else {
        QTimer::singleShot(0, &window, openChoice);
    }
    return app.exec();
}
