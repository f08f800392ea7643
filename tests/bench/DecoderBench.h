// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>

// Decoding cost per page, reference (QJsonDocument) against the decoder the app uses, on real
// page bodies; and whether the two agree on every page.
class DecoderBench {
public:
    struct Result {
        double referenceMsPerPage = 0;
        double appMsPerPage = 0;
        double megabytesPerPage = 0;
        int pages = 0;
        int disagreements = 0; // pages where the two decoders' results differ
    };

    static Result measure(const QList<QByteArray>& bodies);
};
