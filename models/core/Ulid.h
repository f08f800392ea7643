// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

// A ULID is 26 characters of Crockford base32 (0-9, A-Z without I, L, O, U). Ids are checked
// with this before they are put into a URL path.
bool isValidUlid(QStringView text);
