// SPDX-License-Identifier: MIT
#pragma once

#include "ReferenceNumbers.h"

#include <QWidget>

class QGridLayout;

// One-click "Copy EST-2025-00456" buttons for the reference numbers found in a text.
class DetailReferenceChips : public QWidget {
    Q_OBJECT
public:
    explicit DetailReferenceChips(QWidget* parent = nullptr);

    void setReferences(const QList<ReferenceNumber>& references);

private:
    void clearChips();

    QGridLayout* m_grid;
};
