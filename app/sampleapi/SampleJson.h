// SPDX-License-Identifier: MIT
#pragma once

#include "SampleCall.h"
#include "SampleContact.h"
#include "SampleListQuery.h"

#include <QJsonObject>

// The server's own JSON writing (deliberately independent of the client's decoding).
class SampleJson {
public:
    static QJsonObject call(const SampleCall& call, const QString& recordingUrl);
    static QJsonObject contact(const SampleContact& contact);
    static QJsonObject meta(std::optional<int> page, int perPage, qsizetype totalCount,
                            qsizetype totalPages, const QString& nextCursor, bool hasMore);
    static QByteArray document(const QJsonObject& object);
    static QByteArray error(const QString& code, const QString& message,
                            const QList<SampleListQuery::FieldError>& details = {});
    static QByteArray htmlError(int status, const QString& message);
};
