// SPDX-License-Identifier: MIT
#include "ContactPageReply.h"

#include "CallJsonDecoder.h"

ContactPageReply::ContactPageReply(QObject* parent) : ApiReply(parent) { }

ContactPageReply::~ContactPageReply()
{
    waitForDecoding(); // a worker may still be writing m_page
}

ApiError ContactPageReply::decodeBody(const QByteArray& body)
{
    auto decoded = CallJsonDecoder::decodeContactPage(body);
    if (decoded.ok())
        m_page = std::move(decoded.value);
    return decoded.error;
}
