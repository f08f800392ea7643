// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// One institution contact of the sample case. Empty strings are written as JSON null.
struct SampleContact {
    QString id;
    QString institutionName;
    QString departmentName;
    QString contactPerson;
    QString contactTitle;
    QString referenceNumber;
    QString phone;
    QString phoneHours;
    QString email;
    QString website;
    QString notes;
    bool hasContactMethods = true; // false: contact_methods is null
};
