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

protected:
    ApiError decodeBody(const QByteArray& body) override;

private:
    friend class ApiClient;
    explicit CallPageReply(QObject* parent = nullptr);

    CallPage m_page;
};
