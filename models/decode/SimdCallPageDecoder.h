// SPDX-License-Identifier: MIT
#pragma once

#include "CallPage.h"

#include <QByteArray>

#include <optional>

// The fast path for call pages: simdjson's DOM parser (full validation of the document, about
// 20x QJsonDocument's speed) read straight into Call values in one pass over each object. It
// only ever accepts: on anything it does not like (bad JSON, a wrong type, a missing field, a
// value the reference decoder might treat differently) it returns nullopt, and the caller runs
// the QJsonDocument decoder, which stays the reference for behaviour and error messages.
// Thread-safe: each thread keeps its own parser. Without simdjson at build time it always
// returns nullopt.
class SimdCallPageDecoder {
public:
    static std::optional<CallPage> decode(const QByteArray& body);
    static bool isAvailable();
};
