// SPDX-License-Identifier: MIT
#pragma once

#include "ApiReply.h"
#include "Call.h"

// One call (GET /cases/{id}/phone-calls/{call_id}), conditional on an ETag when asked.
class CallReply final : public ApiReply {
    Q_OBJECT
public:
    ~CallReply() override;

    // Empty until finished() without error (and empty when isNotModified()).
    const Call& call() const { return m_call; }

protected:
    ApiError decodeBody(const QByteArray& body) override;

private:
    friend class ApiClient;
    explicit CallReply(QObject* parent = nullptr);

    Call m_call;
};
