// SPDX-License-Identifier: MIT
#include "Call.h"

#include <algorithm>

int Call::openActionItemCount() const
{
    return int(
        std::ranges::count_if(actionItems, [](const ActionItem& item) { return !item.completed; }));
}
