// SPDX-License-Identifier: MIT
#include "BenchOptions.h"

using namespace Qt::StringLiterals;

QStringList BenchOptions::groups()
{
    return {u"first_page"_s, u"full_load"_s,  u"search"_s, u"memory"_s,
            u"playback"_s,   u"cold_start"_s, u"scaling"_s};
}
