// SPDX-License-Identifier: MIT
#pragma once

#include "HttpTestClient.h"
#include "SampleApiServer.h"

#include <QJsonArray>
#include <QObject>

#include <memory>

// The sample API server over real loopback HTTP. The behaviour of the endpoints is in
// tst_sampleapiserver.cpp, recordings and injected faults in tst_sampleapiserver_faults.cpp.
class SampleApiServerTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void sameSeedGivesIdenticalBodies();
    void otherSeedGivesOtherCase();
    void anchorPlacesTheCaseInTime_data();
    void anchorPlacesTheCaseInTime();
    void sampleCaseHasTheAgreedVariety();
    void pageMode();
    void cursorWalkSurvivesInserts_data();
    void cursorWalkSurvivesInserts();
    void filtersAndSort_data();
    void filtersAndSort();
    void validationErrors_data();
    void validationErrors();
    void unauthorized_data();
    void unauthorized();
    void notFound_data();
    void notFound();
    void etagGives304_data();
    void etagGives304();
    void everyResponseHasUniqueRequestId();
    void contactsList();
    void liveCallCompletes();
    void runsOnWorkerThread();
    void listBodyIsCompactJson_data();
    void listBodyIsCompactJson();
    void cachedPagesFollowInserts();

    void recordingRange_data();
    void recordingRange();
    void signedRecordingRedirectsWithoutToken();
    void signedUrlRejected_data();
    void signedUrlRejected();
    void failEveryNth();
    void failNextCount();
    void rateLimitFault();
    void rateLimitExceeded();
    void truncatedResponse();
    void htmlErrors();
    void malformedJsonNext();
    void latencyAndSlowBody();

private:
    QUrl apiUrl(const QString& path, const QString& query = {}) const;
    QUrl callsUrl(const QString& query = {}) const;
    QJsonObject callById(const QString& id);
    QJsonArray allCalls(const QString& query = {});
    QJsonObject firstCall(const std::function<bool(const QJsonObject&)>& predicate);

    std::unique_ptr<SampleApiServer> m_server;
    std::unique_ptr<HttpTestClient> m_client;
};
