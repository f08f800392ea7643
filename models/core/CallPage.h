// SPDX-License-Identifier: MIT
#pragma once

#include "Call.h"
#include "PageMeta.h"

#include <QList>

struct CallPage {
    QList<Call> calls;
    PageMeta meta;
};
