// SPDX-License-Identifier: MIT
#include "InstitutionContact.h"

QString InstitutionContact::displayName() const
{
    if (departmentName.isEmpty())
        return institutionName;
    return institutionName + QStringLiteral(" — ") + departmentName;
}
