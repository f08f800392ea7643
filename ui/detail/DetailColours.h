// SPDX-License-Identifier: MIT
#pragma once

#include "CallStatus.h"

#include <QColor>
#include <QPalette>

// Colours of the detail view, all derived from the palette so light and dark themes both work.
class DetailColours {
public:
    static bool isDark(const QPalette& palette);
    // A distinct, readable colour for the index-th speaker of a transcript.
    static QColor speaker(int index, const QPalette& palette);
    // A cue beside the status text (never the only cue): green done, amber live, red failed.
    static QColor status(CallStatus status, const QPalette& palette);
    // Translucent backgrounds laid over text: search terms of the filter pane, find matches.
    static QColor termHighlight(const QPalette& palette);
    static QColor findHighlight(const QPalette& palette);
};
