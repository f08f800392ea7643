// SPDX-License-Identifier: MIT
#pragma once

#include <Qt>

// Columns of the calls table, left to right.
namespace CallColumn {
enum : int {
    When, // created_at; the server sorts by it
    Direction, // outbound / inbound
    Counterpart, // institution and department, else the number
    Status,
    Duration, // the server sorts by it
    Recording, // whether there is a recording
    OpenActionItems, // count of action items not completed
    CalledBy,
    Summary, // first line
    Count
};
} // namespace CallColumn

// Item data roles of the calls model, for every column.
namespace CallRole {
enum : int {
    Id = Qt::UserRole + 1, // QString: the call's ULID, stable across reloads (select by this)
    StatusWire, // QString: status exactly as the server sent it
    StatusValue, // int: CallStatus
    CreatedAt, // QDateTime (UTC)
    DurationSeconds, // int, or invalid QVariant when null
    OpenActionItemCount, // int
    HasRecording, // bool
    SortValue, // the raw value this column sorts by locally
    DirectionValue, // int: CallDirection
};
} // namespace CallRole
