// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

// Where a sample server listens and how to talk to it.
struct ServerAddress {
    QUrl baseUrl;
    QString caseId;
    QString token; // the sample token; never printed
};
