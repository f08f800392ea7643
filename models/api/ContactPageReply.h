// SPDX-License-Identifier: MIT
#pragma once

#include "ApiReply.h"
#include "InstitutionContact.h"

// One page of a case's institution contacts (GET /cases/{id}/institution-contacts).
class ContactPageReply final : public ApiReply {
    Q_OBJECT
public:
    ~ContactPageReply() override;

    // Empty until finished() without error.
    const InstitutionContactPage& page() const { return m_page; }

protected:
    ApiError decodeBody(const QByteArray& body) override;

private:
    friend class ApiClient;
    explicit ContactPageReply(QObject* parent = nullptr);

    InstitutionContactPage m_page;
};
