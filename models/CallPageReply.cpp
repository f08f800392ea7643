// SPDX-License-Identifier: MIT
#include "CallPageReply.h"

#include "CallJsonDecoder.h"

CallPageReply::CallPageReply(QObject* parent) : ApiReply(parent) { }

CallPageReply::~CallPageReply()
{
    waitForDecoding(); // a worker may still be writing m_page
}

ApiError CallPageReply::decodeBody(const QByteArray& body)
{
    auto decoded = CallJsonDecoder::decodeCallPage(body);
    if (decoded.ok())
        m_page = std::move(decoded.value);
    return decoded.error;
}
