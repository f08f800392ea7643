// SPDX-License-Identifier: MIT
#pragma once

#include "CallPage.h"
#include "DecodeResult.h"
#include "InstitutionContact.h"

#include <QByteArray>
#include <QCoreApplication>

// Turns response bodies into value types. Accepts whatever the contract allows (nulls, absent
// optional fields, unknown fields, unknown status strings) and rejects what the client cannot
// use, naming the JSON path that was wrong. Pure functions: safe to call from any thread.
class CallJsonDecoder {
    Q_DECLARE_TR_FUNCTIONS(CallJsonDecoder)

public:
    // Fast (SimdCallPageDecoder) when the page is valid, the reference decoder otherwise: the
    // result is the reference's in every case.
    static DecodeResult<CallPage> decodeCallPage(const QByteArray& body);
    // QJsonDocument only: the behaviour the fast path must match (tests, benchmarks).
    static DecodeResult<CallPage> decodeCallPageReference(const QByteArray& body);
    // The single-call endpoint's {"data": call}.
    static DecodeResult<Call> decodeCallEnvelope(const QByteArray& body);
    static DecodeResult<InstitutionContactPage> decodeContactPage(const QByteArray& body);
    // Reads {"error": {code, message, details}} into an ApiError of kind Http; returns false
    // (leaving `into` untouched) when the body is not that envelope.
    static bool decodeErrorEnvelope(const QByteArray& body, ApiError& into);
};
