// SPDX-License-Identifier: MIT
#include "CallReply.h"

#include "CallJsonDecoder.h"

CallReply::CallReply(QObject* parent) : ApiReply(parent) { }

CallReply::~CallReply()
{
    waitForDecoding(); // a worker may still be writing m_call
}

ApiError CallReply::decodeBody(const QByteArray& body)
{
    auto decoded = CallJsonDecoder::decodeCallEnvelope(body);
    if (decoded.ok())
        m_call = std::move(decoded.value);
    return decoded.error;
}
