// SPDX-License-Identifier: MIT
#include "DetailReadOnlyCheckBox.h"

DetailReadOnlyCheckBox::DetailReadOnlyCheckBox(QWidget* parent) : QCheckBox(parent)
{
    setFocusPolicy(Qt::TabFocus);
}
