// SPDX-License-Identifier: MIT
#include "TimedTableView.h"

#include "Clock.h"

void TimedTableView::paintEvent(QPaintEvent* event)
{
    CallsTableView::paintEvent(event);
    if (m_firstRowsPaintedAtMs > 0 || !model() || model()->rowCount() == 0)
        return;
    m_firstRowsPaintedAtMs = monotonicMs();
    emit rowsPainted();
}
