// SPDX-License-Identifier: MIT
#include "UiResources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initIcons()
{
    Q_INIT_RESOURCE(icons);
}

void ensureUiResources()
{
    static const bool done = [] {
        initIcons();
        return true;
    }();
    Q_UNUSED(done);
}
