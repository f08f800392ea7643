// SPDX-License-Identifier: MIT
#pragma once

#include "PageMeta.h"

#include <QList>
#include <QString>

// Who a call was made to. Nullable strings are null QStrings.
struct InstitutionContact {
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

    // "Chase Bank — Estate Services Department", or just the institution.
    QString displayName() const;

    friend bool operator==(const InstitutionContact&, const InstitutionContact&) = default;
};

struct InstitutionContactPage {
    QList<InstitutionContact> contacts;
    PageMeta meta;
};
