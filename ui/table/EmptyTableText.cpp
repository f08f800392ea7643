// SPDX-License-Identifier: MIT
#include "EmptyTableText.h"

QString EmptyTableText::of(const State& state)
{
    if (!state.caseOpen)
        return tr("No case is open. Open one with Case → Open Case… (Ctrl+L).");
    if (state.loadedRows == 0) {
        if (state.loading)
            return tr("Loading calls…");
        if (state.failed)
            return tr(
                "The calls could not be loaded. The message above says why; Retry tries again.");
        return state.serverFiltered
            ? tr("No call of this case matches the server filters. Clear all filters to see every "
                 "call.")
            : tr("This case has no calls yet.");
    }
    if (state.matchingRows > 0)
        return {};
    return state.hasMore
        ? tr("No loaded call matches the filters. Load all calls to search the whole case, or "
             "clear the filters.")
        : tr("No call matches the filters. Clear the filters to see every call.");
}
