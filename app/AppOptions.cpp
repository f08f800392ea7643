// SPDX-License-Identifier: MIT
#include "AppOptions.h"

#include "AppTranslator.h"
#include "Ulid.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {
void printError(const QString& message)
{
    std::fprintf(stderr, "casecalls: %s\n", qUtf8Printable(message));
}
} // namespace

int AppOptions::parse(const QStringList& arguments, AppOptions& options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("AppOptions",
                                    "Review the phone calls of an estate case: summaries, "
                                    "transcripts, action items and recordings."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate(
            "AppOptions", "Open the built-in sample case (an in-process sample server)."));
    const QCommandLineOption baseUrlOption(
        QStringLiteral("base-url"),
        QCoreApplication::translate("AppOptions", "API base URL, e.g. https://api.example.com/v1."),
        QStringLiteral("url"));
    const QCommandLineOption caseOption(
        QStringLiteral("case"),
        QCoreApplication::translate("AppOptions",
                                    "Case id (a ULID). The token is read from CASECALLS_TOKEN."),
        QStringLiteral("id"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "AppOptions",
            "Save a PNG of the window with a call selected once the case has loaded, then quit."),
        QStringLiteral("file"));
    const QCommandLineOption checkPlaybackOption(
        QStringLiteral("check-playback"),
        QCoreApplication::translate(
            "AppOptions",
            "Once the case has loaded, play its first recording until 1.5 seconds have played, "
            "say whether it did, then quit (exit code 0 when it played)."));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("AppOptions",
                                    "Language of the window: %1. The default follows the system.")
            .arg(AppTranslator::languages().join(QStringLiteral(", "))),
        QStringLiteral("language"));
    parser.addOptions({demoOption, baseUrlOption, caseOption, screenshotOption, checkPlaybackOption,
                       languageOption});

    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(helpOption)) {
        std::fputs(qUtf8Printable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(versionOption)) {
        std::printf("%s %s\n", qUtf8Printable(QCoreApplication::applicationName()),
                    qUtf8Printable(QCoreApplication::applicationVersion()));
        return 0;
    }
    options.language = parser.value(languageOption);
    if (parser.isSet(languageOption) && !AppTranslator::languages().contains(options.language)) {
        printError(
            QCoreApplication::translate("AppOptions",
                                        "--lang %1 is not available; choose one of: %2.")
                .arg(options.language, AppTranslator::languages().join(QStringLiteral(", "))));
        return 2;
    }
    options.demo = parser.isSet(demoOption);
    options.screenshot = parser.value(screenshotOption);
    options.checkPlayback = parser.isSet(checkPlaybackOption);
    if (options.demo || (!parser.isSet(baseUrlOption) && !parser.isSet(caseOption)))
        return -1; // the sample case, or the connection dialog
    options.baseUrl = QUrl(parser.value(baseUrlOption), QUrl::StrictMode);
    options.caseId = parser.value(caseOption);
    options.token = qEnvironmentVariable("CASECALLS_TOKEN");
    if (!options.baseUrl.isValid() || options.baseUrl.isRelative()) {
        printError(QCoreApplication::translate(
            "AppOptions", "--base-url needs an absolute URL (or use --demo)."));
        return 2;
    }
    if (!isValidUlid(options.caseId)) {
        printError(QCoreApplication::translate(
            "AppOptions", "--case needs a case id: 26 characters of Crockford base32."));
        return 2;
    }
    return -1;
}

QString AppOptions::languageArgument(const QStringList& arguments)
{
    const auto flag = QStringLiteral("--lang");
    const auto flagWithValue = QStringLiteral("--lang=");
    QString language;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == flag && i + 1 < arguments.size())
            language = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(flagWithValue))
            language = arguments.at(i).mid(flagWithValue.size());
        else if (arguments.at(i) == QStringLiteral("--"))
            break;
    }
    return AppTranslator::languages().contains(language) ? language : QString();
}
