// SPDX-License-Identifier: MIT
#include "DetailCallState.h"

#include "Call.h"

using namespace Qt::StringLiterals;

namespace {
bool isProcessing(const Call& call)
{
    return call.recordingStatus == u"processing"_s || call.recordingStatus == u"pending"_s;
}
} // namespace

QString DetailCallState::callMessage(const Call& call)
{
    switch (call.status) {
    case CallStatus::Initiated:
    case CallStatus::Ringing:
    case CallStatus::InProgress:
        return tr(
            "This call is still in progress; its transcript and summary appear when it ends.");
    case CallStatus::NoAnswer:
        return tr("The call did not connect: no answer.");
    case CallStatus::Busy:
        return tr("The call did not connect: the line was busy.");
    case CallStatus::Failed:
        return tr("The call did not connect: it failed.");
    case CallStatus::Cancelled:
        return tr("The call did not connect: it was cancelled.");
    case CallStatus::Completed:
    case CallStatus::Unknown:
        break;
    }
    return {};
}

bool DetailCallState::hasNoConversation(const Call& call)
{
    return !callMessage(call).isEmpty() && call.transcript.isEmpty() && call.summary.isEmpty();
}

QString DetailCallState::transcriptMessage(const Call& call)
{
    if (!call.transcript.isEmpty())
        return {};
    if (hasNoConversation(call))
        return callMessage(call);
    if (isProcessing(call))
        return tr("The transcript is still being processed.");
    if (call.recordingStatus == u"failed"_s)
        return tr("There is no transcript: the recording could not be processed.");
    return tr("This call has no transcript.");
}

QString DetailCallState::summaryMessage(const Call& call)
{
    if (!call.summary.isEmpty() || hasNoConversation(call))
        return {};
    if (isProcessing(call))
        return tr("The summary is still being processed.");
    return tr("No summary was produced for this call.");
}

QString DetailCallState::actionItemsMessage(const Call& call)
{
    if (call.actionItems.isEmpty() && call.summary.isEmpty() && isProcessing(call))
        return tr("Action items appear when the call has been processed.");
    return {};
}

QString DetailCallState::statusSymbol(const Call& call)
{
    switch (call.status) {
    case CallStatus::Completed:
        return u"✓"_s;
    case CallStatus::Initiated:
    case CallStatus::Ringing:
    case CallStatus::InProgress:
        return u"●"_s;
    case CallStatus::Failed:
    case CallStatus::NoAnswer:
    case CallStatus::Busy:
        return u"✕"_s;
    case CallStatus::Cancelled:
        return u"–"_s;
    case CallStatus::Unknown:
        break;
    }
    return u"?"_s;
}
