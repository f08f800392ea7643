// SPDX-License-Identifier: MIT
#include "CallPageReply.h"

#include "CallJsonDecoder.h"
#include "SearchText.h"

CallPageReply::CallPageReply(QObject* parent) : ApiReply(parent) { }

CallPageReply::~CallPageReply()
{
    waitForDecoding(); // a worker may still be writing m_page
}

ApiError CallPageReply::decodeBody(const QByteArray& body)
{
    auto decoded = CallJsonDecoder::decodeCallPage(body);
    if (decoded.ok()) {
        m_page = std::move(decoded.value);
        emit metaDecoded(m_page.meta);
        // Here, on the decode worker for big pages, so the GUI thread never folds transcripts.
        for (Call& call : m_page.calls)
            SearchText::prepare(call);
    }
    return decoded.error;
}
