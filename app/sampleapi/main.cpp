// SPDX-License-Identifier: MIT
// casecalls-sample-api: the sample case API as a standalone process (benchmarks, manual tests).
#include "SampleApiServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}

// SIGTERM/SIGINT end the event loop from the loop itself (a signal handler may only write).
void quitOnTerminationSignals(QCoreApplication& app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    std::signal(SIGTERM, onTerminationSignal);
    std::signal(SIGINT, onTerminationSignal);
}

// "now" (to the second) or an ISO 8601 date and time; invalid when it is neither.
QDateTime anchorFrom(const QString& value)
{
    if (value == u"now"_s) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return now.addMSecs(-now.time().msec());
    }
    return QDateTime::fromString(value, Qt::ISODate).toUTC();
}

QString truncateHelp()
{
    return u"Every Nth response declares more bytes than it sends, then closes (0: never)."_s;
}

struct IntOption {
    QCommandLineOption option;
    int* target;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"casecalls-sample-api"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CASECALLS_VERSION));

    SampleApiOptions options;
    SampleApiFaults faults;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Serves a deterministic sample case over the Case Calls REST API on loopback. Prints "
        "base_url=, case_id= and token= on stdout once listening."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(u"port"_s, u"API port (0: any free port)."_s, u"port"_s,
                                        u"0"_s);
    const QCommandLineOption hostOption(u"host"_s, u"Address to listen on."_s, u"address"_s,
                                        u"127.0.0.1"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Seed of the generated case."_s, u"n"_s,
                                        QString::number(options.seed));
    const QCommandLineOption tokenOption(u"token"_s, u"Bearer token the API accepts."_s, u"token"_s,
                                         options.token);
    const QCommandLineOption anchorOption(
        u"anchor"_s,
        u"When the case's history ends: \"now\" (the default) or an ISO 8601 time such as "
        "2025-11-07T17:30:00Z (the fixed case the tests use)."_s,
        u"time"_s, u"now"_s);
    const QCommandLineOption htmlOption(
        u"html-errors"_s, u"Answer errors with an HTML page, not the JSON envelope."_s);
    int port = 0;
    const QList<IntOption> intOptions {
        {{u"calls"_s, u"Number of calls in the case."_s, u"n"_s, u"140"_s}, &options.callCount},
        {{u"transcript-bytes"_s, u"Transcript size per completed call (0: natural length)."_s,
          u"bytes"_s, u"0"_s},
         &options.transcriptBytes},
        {{u"latency-ms"_s, u"Delay before every response."_s, u"ms"_s, u"0"_s}, &options.latencyMs},
        {{u"live-call-seconds"_s, u"Seconds until the ringing/in-progress calls complete."_s,
          u"s"_s, u"45"_s},
         &options.liveCallSeconds},
        {{u"rate-limit"_s, u"Requests per minute before 429."_s, u"n"_s, u"600"_s},
         &options.rateLimitPerMinute},
        {{u"fail-every"_s, u"Every Nth API request fails with --fail-status (0: never)."_s, u"n"_s,
          u"0"_s},
         &faults.failEveryNth},
        {{u"fail-status"_s, u"HTTP status of injected failures."_s, u"status"_s, u"503"_s},
         &faults.failStatus},
        {{u"truncate-every"_s, truncateHelp(), u"n"_s, u"0"_s}, &faults.truncateEveryNth},
        {{u"slow-body-ms"_s, u"Spread every response body over this long."_s, u"ms"_s, u"0"_s},
         &faults.slowBodyMs},
    };
    parser.addOptions({portOption, hostOption, seedOption, tokenOption, anchorOption, htmlOption});
    for (const auto& [option, target] : intOptions)
        parser.addOption(option);
    parser.process(app);

    bool ok = true;
    for (const auto& [option, target] : intOptions) {
        bool valid = false;
        *target = parser.value(option).toInt(&valid);
        ok = ok && valid;
    }
    bool portOk = false;
    port = parser.value(portOption).toInt(&portOk);
    bool seedOk = false;
    options.seed = parser.value(seedOption).toUInt(&seedOk);
    const QHostAddress host(parser.value(hostOption));
    options.anchor = anchorFrom(parser.value(anchorOption));
    if (!ok || !portOk || !seedOk || port < 0 || port > 65535 || host.isNull()
        || !options.anchor.isValid()) {
        std::fprintf(stderr, "Invalid option value; see --help.\n");
        return 2;
    }
    options.token = parser.value(tokenOption);
    faults.htmlErrors = parser.isSet(htmlOption);

    SampleApiServer server(options);
    server.setFaults(faults);
    if (!server.listen(host, quint16(port))) {
        std::fprintf(stderr, "Cannot listen: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    quitOnTerminationSignals(app);
    // The sample token is not a secret: printing it is how scripts learn it.
    std::printf("base_url=%s\ncase_id=%s\ntoken=%s\n", qPrintable(server.baseUrl().toString()),
                qPrintable(server.caseId()), qPrintable(server.token()));
    std::fflush(stdout);
    return app.exec();
}
