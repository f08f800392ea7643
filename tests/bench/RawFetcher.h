// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QUrl>

#include <optional>

class ApiClient;
class QNetworkAccessManager;

// The floors a full load is compared with: the same URLs fetched one after another without any
// decoding, by QNetworkAccessManager in this process, and by one curl process (keep-alive).
class RawFetcher {
public:
    // Milliseconds for all `urls`; requests come from client.makeRequest (token included).
    // Keeps the bodies in `bodies` when given (for the decoder figures).
    static std::optional<double> fetchWithQt(ApiClient& client, QNetworkAccessManager& network,
                                             const QList<QUrl>& urls,
                                             QList<QByteArray>* bodies = nullptr);
    // Milliseconds for one `curl` process fetching `urls` over one kept-alive connection,
    // process start included; nullopt when curl is not installed or failed.
    static std::optional<double> fetchWithCurl(const QString& token, const QList<QUrl>& urls);
    static bool hasCurl();
};
