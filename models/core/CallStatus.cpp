// SPDX-License-Identifier: MIT
#include "CallStatus.h"

#include <array>
#include <utility>

namespace {
using namespace Qt::StringLiterals;

constexpr std::array<std::pair<CallStatus, QLatin1StringView>, 8> wireNames {{
    {CallStatus::Initiated, "initiated"_L1},
    {CallStatus::Ringing, "ringing"_L1},
    {CallStatus::InProgress, "in_progress"_L1},
    {CallStatus::Completed, "completed"_L1},
    {CallStatus::Failed, "failed"_L1},
    {CallStatus::NoAnswer, "no_answer"_L1},
    {CallStatus::Busy, "busy"_L1},
    {CallStatus::Cancelled, "cancelled"_L1},
}};
} // namespace

CallStatus callStatusFromWire(QStringView wire)
{
    for (const auto& [status, name] : wireNames) {
        if (wire == name)
            return status;
    }
    return CallStatus::Unknown;
}

QString callStatusToWire(CallStatus status)
{
    for (const auto& [known, name] : wireNames) {
        if (known == status)
            return name;
    }
    return {};
}

bool isCallStatusLive(CallStatus status)
{
    return status == CallStatus::Initiated || status == CallStatus::Ringing
        || status == CallStatus::InProgress;
}

CallDirection callDirectionFromWire(QStringView wire)
{
    if (wire == u"outbound")
        return CallDirection::Outbound;
    if (wire == u"inbound")
        return CallDirection::Inbound;
    return CallDirection::Unknown;
}
