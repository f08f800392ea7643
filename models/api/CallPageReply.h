// SPDX-License-Identifier: MIT
#pragma once

#include "ApiReply.h"
#include "CallPage.h"

// One page of a case's calls (GET /cases/{id}/phone-calls).
class CallPageReply final : public ApiReply {
    Q_OBJECT
public:
    ~CallPageReply() override;

    // Empty until finished() without error.
    const CallPage& page() const { return m_page; }

signals:
    // The page's paging facts, as soon as they are decoded and before its calls are prepared
    // for search (that takes longer), so that the next page can be asked for early. May be
    // emitted from the decoding thread; finished() follows, unless the page is rejected.
    void metaDecoded(const PageMeta& meta);

protected:
    ApiError decodeBody(const QByteArray& body) override;

private:
    friend class ApiClient;
    explicit CallPageReply(QObject* parent = nullptr);

    CallPage m_page;
};
