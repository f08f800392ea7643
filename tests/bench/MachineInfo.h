// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// What the figures were measured on: they mean little without it.
class MachineInfo {
public:
    static QString loadAverage(); // "0.42 0.51 0.60" from /proc/loadavg
    static QString summary(); // CPU model, cores, Qt version, build type
};
