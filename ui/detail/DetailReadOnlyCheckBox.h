// SPDX-License-Identifier: MIT
#pragma once

#include <QCheckBox>

// A check box that shows a state the user cannot change (mouse, keyboard or accessibility
// action), yet stays focusable so keyboard and screen-reader users can reach it.
class DetailReadOnlyCheckBox : public QCheckBox {
    Q_OBJECT
public:
    explicit DetailReadOnlyCheckBox(QWidget* parent = nullptr);

protected:
    // Every user toggle goes through here; doing nothing keeps the state.
    void nextCheckState() override { }
};
