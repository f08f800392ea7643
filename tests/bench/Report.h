// SPDX-License-Identifier: MIT
#pragma once

#include "Figure.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The figures of one bench run, in the order they were measured, printed as a table or JSON.
class Report {
public:
    // Adds `figure`, or replaces the one with the same key.
    void add(const Figure& figure);
    void addContext(const QString& name, const QString& value);
    const QList<Figure>& figures() const { return m_figures; }

    QString table() const;
    // {"first_page_ms": median, ..., "figures": {key: {median, min, max, target, runs, note}},
    //  "context": {...}}: the headline keys are plain numbers so that scripts read them directly.
    QByteArray json() const;

private:
    QList<Figure> m_figures;
    QList<std::pair<QString, QString>> m_context;
};
