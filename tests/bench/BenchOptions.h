// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

// What one bench run measures and how often.
struct BenchOptions {
    int runs = 5; // samples per figure (after one warm-up run where it matters)
    bool quick = false; // fewer runs, smaller stress cases: a smoke test of the bench itself
    bool json = false;
    QSet<QString> only; // figure groups to run; empty: all

    bool wants(const QString& group) const { return only.isEmpty() || only.contains(group); }

    // The figure groups, as --only names them.
    static QStringList groups();
};
