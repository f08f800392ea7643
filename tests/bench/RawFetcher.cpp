// SPDX-License-Identifier: MIT
#include "RawFetcher.h"

#include "ApiClient.h"
#include "Clock.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

std::optional<double> RawFetcher::fetchWithQt(ApiClient& client, QNetworkAccessManager& network,
                                              const QList<QUrl>& urls, QList<QByteArray>* bodies)
{
    if (urls.isEmpty())
        return std::nullopt;
    QEventLoop loop;
    qsizetype next = 0;
    bool failed = false;
    std::function<void()> fetchNext = [&] {
        QNetworkReply* reply = network.get(client.makeRequest(urls.at(next++)));
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            QByteArray body = reply->readAll(); // read, never decoded
            if (bodies)
                bodies->append(std::move(body));
            reply->deleteLater();
            failed = failed || reply->error() != QNetworkReply::NoError;
            if (failed || next == urls.size())
                loop.quit();
            else
                fetchNext();
        });
    };
    const double start = monotonicMs();
    fetchNext();
    loop.exec();
    const double elapsed = monotonicMs() - start;
    return failed ? std::nullopt : std::optional<double>(elapsed);
}

bool RawFetcher::hasCurl()
{
    return !QStandardPaths::findExecutable(u"curl"_s).isEmpty();
}

std::optional<double> RawFetcher::fetchWithCurl(const QString& token, const QList<QUrl>& urls)
{
    if (!hasCurl() || urls.isEmpty())
        return std::nullopt;
    // The token goes in a private config file, never on the command line where `ps` shows it.
    QTemporaryFile config;
    if (!config.open())
        return std::nullopt;
    config.write("silent\nfail\nheader = \"Authorization: Bearer " + token.toUtf8() + "\"\n");
    for (const QUrl& url : urls)
        config.write("url = \"" + url.toEncoded() + "\"\noutput = \"/dev/null\"\n");
    config.flush();
    QProcess curl;
    const double start = monotonicMs();
    curl.start(u"curl"_s, {u"--config"_s, config.fileName()});
    if (!curl.waitForFinished(120000) || curl.exitStatus() != QProcess::NormalExit
        || curl.exitCode() != 0)
        return std::nullopt;
    return monotonicMs() - start;
}
