// SPDX-License-Identifier: MIT
#pragma once

#include "Call.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>

// Calls decoded while a whole case loads, held back so that they go into the table a few times a
// second rather than once a page: every insert makes the proxies map the rows and the view lay
// out and repaint, which cost more than the page itself once the table is long (measured:
// 10 000 calls took 7.9× the network floor with one insert a page).
class HeldCalls : public QObject {
    Q_OBJECT
public:
    explicit HeldCalls(QObject* parent = nullptr);

    // How long the first held call waits (100 ms unless set).
    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }

    // Holds `calls` and, unless already waiting, arranges for due() after the interval.
    void hold(const QList<Call>& calls);
    bool contains(const QString& id) const { return m_ids.contains(id); }
    qsizetype size() const { return m_calls.size(); }
    bool isEmpty() const { return m_calls.isEmpty(); }
    // Everything held, in arrival order; nothing is held afterwards.
    QList<Call> take();
    void clear();

signals:
    // Held calls have waited long enough: take() them.
    void due();

private:
    QList<Call> m_calls;
    QSet<QString> m_ids;
    QTimer m_timer;
};
