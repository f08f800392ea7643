// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>

// Milliseconds on the monotonic clock (CLOCK_MONOTONIC on Linux), comparable across processes
// of one machine: the cold-start probe reports on the same clock.
inline double monotonicMs()
{
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}
