// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

// One measured figure: its samples (one per run), the target it is held to, and a note.
// Reported as the median with min and max.
struct Figure {
    QString key; // the --json key
    QString label; // what the table says
    QString unit; // "ms", "x", ...
    double target = 0; // upper bound; 0: informational, no target
    QList<double> samples;
    QString note; // why it is missing, what was measured instead, ...

    bool hasSamples() const { return !samples.isEmpty(); }
    double median() const;
    double min() const;
    double max() const;
    bool meetsTarget() const { return target <= 0 || median() <= target; }
};
