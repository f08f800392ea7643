// SPDX-License-Identifier: MIT
#pragma once

// Registers the ui library's icons. Resources compiled into a static library are not linked in
// unless something references them; every widget that uses an icon calls this first.
void ensureUiResources();
