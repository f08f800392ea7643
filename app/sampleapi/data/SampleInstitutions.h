// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

// The fixed cast of the sample case: institutions a case worker calls while settling an
// estate, and the case workers who place the calls.
class SampleInstitutions {
public:
    struct Entry {
        const char* institutionName;
        const char* shortName; // used in transcripts: "Representative (Chase): ..."
        const char* departmentName; // nullptr: null
        const char* contactPerson; // nullptr: null
        const char* contactTitle; // nullptr: null
        const char* referencePrefix; // nullptr: no reference number
        const char* phone;
        const char* phoneHours; // nullptr: null
        const char* email; // nullptr: null
        const char* website; // nullptr: null
        const char* topic; // what the estate needs from them, used in summaries
    };

    static const QList<Entry>& entries();
    static const QStringList& caseWorkers();
    static QString officeNumber(); // the case office's line: from_number of outbound calls
};
