// SPDX-License-Identifier: MIT
#pragma once

#include "CompactText.h"

#include <QString>

// One item of a call's action list. The description is CompactText (it usually shares the call's
// search text, see SearchText::prepare); it still converts to QString where it is read.
struct ActionItem {
    ActionItem() = default;
    ActionItem(const QString& text, bool done) : description(text), completed(done) { }
    ActionItem(CompactText text, bool done) : description(std::move(text)), completed(done) { }

    CompactText description;
    bool completed = false;

    friend bool operator==(const ActionItem&, const ActionItem&) = default;
};
