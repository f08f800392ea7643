// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

class CallFilterProxyModel;

// Types a query into the filter proxy one character at a time, as the filter pane does, and
// times each keystroke from the text change until the proxy (and any view on it) has applied it.
class KeystrokeTimer {
public:
    explicit KeystrokeTimer(CallFilterProxyModel* filter) : m_filter(filter) { }

    // Milliseconds per keystroke of `text`; the filter is cleared again afterwards.
    QList<double> type(const QString& text);
    int lastMatchCount() const { return m_lastMatchCount; }

private:
    CallFilterProxyModel* m_filter;
    int m_lastMatchCount = 0;
};
