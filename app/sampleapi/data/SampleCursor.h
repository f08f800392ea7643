// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// A keyset position in the call list: the (sort key, id) of the last call served, and the sort
// and filters it was served for. Travels signed (SampleCursorSeal), so that only cursors this
// server issued are accepted.
struct SampleCursor {
    QString queryKey; // sort and filters the cursor was issued for
    qint64 sortKey = 0;
    QString id;
};
