// SPDX-License-Identifier: MIT
#pragma once

#include "CallsTableView.h"

// The app's calls table, noting when it first painted rows.
class TimedTableView : public CallsTableView {
    Q_OBJECT
public:
    using CallsTableView::CallsTableView;

    // monotonicMs() after the first paint that showed at least one row; 0 before.
    double firstRowsPaintedAtMs() const { return m_firstRowsPaintedAtMs; }

signals:
    void rowsPainted();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    double m_firstRowsPaintedAtMs = 0;
};
