// SPDX-License-Identifier: MIT
#pragma once

#include "SampleHttpResponse.h"

// Serves a whole file or the byte range a Range header asks for (RFC 9110, single range).
class SampleByteRange {
public:
    // 200 without a Range header, 206 with Content-Range for a satisfiable one, 416 otherwise.
    static SampleHttpResponse respond(const QByteArray& content, const QByteArray& mimeType,
                                      const QByteArray& rangeHeader);

private:
    // [first, last] inclusive, or false when the header is malformed or unsatisfiable.
    static bool parse(const QByteArray& rangeHeader, qsizetype size, qsizetype* first,
                      qsizetype* last);
};
