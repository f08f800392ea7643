// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

// One request the sample server answered, as tests inspect it (SampleApiServer::requests()).
struct RecordedRequest {
    QString origin; // "api" or "signed" (which listener received it)
    QByteArray method;
    QString path; // e.g. /v1/cases/<id>/phone-calls
    QUrlQuery query;
    bool hadAuthorization = false; // an Authorization header was present
    bool authorizationValid = false; // it was exactly "Bearer <token>"
    QByteArray range; // Range header if any
    int status = 0; // what the server answered
};
