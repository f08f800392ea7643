// SPDX-License-Identifier: MIT
#include "KeystrokeTimer.h"

#include "CallFilterProxyModel.h"
#include "Clock.h"

QList<double> KeystrokeTimer::type(const QString& text)
{
    QList<double> times;
    LocalFilter filter = m_filter->localFilter();
    for (qsizetype length = 1; length <= text.size(); ++length) {
        filter.text = text.left(length);
        // setLocalFilter filters synchronously and the views react to its signals synchronously:
        // when it returns, the filtered view is ready to paint.
        const double start = monotonicMs();
        m_filter->setLocalFilter(filter);
        times.append(monotonicMs() - start);
    }
    m_lastMatchCount = m_filter->matchCount();
    filter.text.clear();
    m_filter->setLocalFilter(filter);
    return times;
}
