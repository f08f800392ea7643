// SPDX-License-Identifier: MIT
#pragma once

#include "Call.h"
#include "InstitutionContact.h"

#include <QTextBlock>
#include <QTextDocument>

// Calls and contacts built by hand for the detail view tests.
namespace DetailTestData {
using namespace Qt::StringLiterals;

inline const QString realisticTranscript =
    uR"(Representative (Chase): Thank you for calling Chase Bank, how can I help you?
Agent: Hello, this is Maya calling on behalf of the estate's executor.
Representative (Chase): I'm sorry for your loss. Can I have the account holder's name?
Agent: Margaret Ellison. We mailed the certified death certificate last week.
Representative (Chase): Let me pull up the account. One moment, please.
I can see the file under reference EST-2025-00456.
We received the death certificate, it was scanned in on Tuesday.
Agent: Great. What else do you need from the executor?
Representative (Chase): We still need the Letters Testamentary before we can release any information.
Agent: Thank you for your help. Goodbye.)"_s;

inline Call realisticCall()
{
    Call call;
    call.id = u"01K8PC05EJ4T11HRYE78AN7EEE"_s;
    call.institutionContactId = u"01K8PC05EJ4T11HRYE78AN7ABC"_s;
    call.toNumber = u"+18009359935"_s;
    call.fromNumber = u"+12125550100"_s;
    call.statusWire = u"completed"_s;
    call.status = CallStatus::Completed;
    call.directionWire = u"outbound"_s;
    call.direction = CallDirection::Outbound;
    call.durationSeconds = 342;
    call.startedAt = QDateTime::fromString(u"2025-03-04T14:05:00Z"_s, Qt::ISODate);
    call.endedAt = call.startedAt.addSecs(342);
    call.recordingStatus = u"completed"_s;
    call.recordingUrl = u"https://api.example.com/v1/recording"_s;
    call.transcript = realisticTranscript;
    call.summary = u"Called Chase Bank Estate Services. Spoke with John Johnson. He confirmed they "
                   "received the death certificate. Letters Testamentary are still needed before "
                   "they can release account info. Ref# EST-2025-00456, claim #CLM-889123."_s;
    call.actionItems = {{u"Mail Letters Testamentary to Chase Estate Services"_s, false},
                        {u"Send Chase the executor's new mailing address"_s, true}};
    call.calledBy = u"Maya Okafor"_s;
    call.twilioCallSid = u"CA0123456789abcdef0123456789abcdef"_s;
    call.notes = u"Rep was very helpful; ask for John next time."_s;
    return call;
}

inline InstitutionContact chase()
{
    InstitutionContact contact;
    contact.id = u"01K8PC05EJ4T11HRYE78AN7ABC"_s;
    contact.institutionName = u"Chase Bank"_s;
    contact.departmentName = u"Estate Services Department"_s;
    contact.contactPerson = u"John Johnson"_s;
    contact.contactTitle = u"Estate Specialist"_s;
    return contact;
}

// No image and no link anywhere: markup in server text stayed text.
inline bool hasImageOrAnchor(const QTextDocument* document)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QTextCharFormat format = fragment.fragment().charFormat();
            if (format.isImageFormat() || format.isAnchor())
                return true;
        }
    }
    return false;
}

inline QString transcriptOfSize(qsizetype bytes)
{
    QString text;
    text.reserve(bytes + 200);
    for (int i = 0; text.size() < bytes; ++i) {
        text += i % 2 ? u"Agent: Could you tell me what else you need from the executor?\n"_s
                      : u"Representative (Chase): We still need the certified death certificate "
                        "before we can release any information.\n"_s;
    }
    return text;
}

} // namespace DetailTestData
