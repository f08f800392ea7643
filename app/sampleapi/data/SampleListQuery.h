// SPDX-License-Identifier: MIT
#pragma once

#include "SampleCall.h"
#include "SampleCursorSeal.h"

#include <QUrlQuery>

#include <optional>

// One validated request for the call list (filters, sort, page or cursor). Invalid parameters
// are reported as {field, message} pairs for the 422 envelope.
class SampleListQuery {
public:
    struct FieldError {
        QString field;
        QString message;
    };

    static SampleListQuery parse(const QUrlQuery& query, const SampleCursorSeal& cursors,
                                 QList<FieldError>* errors);
    // page/per_page alone, shared with the contacts list. Always yields a page number.
    static SampleListQuery parsePageOnly(const QUrlQuery& query, QList<FieldError>* errors);

    bool matches(const SampleCall& call) const;
    bool isBefore(const SampleCall& a, const SampleCall& b) const; // in the requested order
    bool isAfterCursor(const SampleCall& call) const;
    qint64 sortKeyOf(const SampleCall& call) const;
    QString queryKey() const; // what a cursor must have been issued for

    int perPage = 25;
    std::optional<int> page; // absent: cursor mode
    QString status;
    QString institutionContactId;
    bool byDuration = false;
    bool ascending = false;
    std::optional<SampleCursor> cursor;

private:
    void parsePaging(const QUrlQuery& query, QList<FieldError>* errors);
    void parseFilters(const QUrlQuery& query, QList<FieldError>* errors);
    void parseSort(const QUrlQuery& query, QList<FieldError>* errors);
    void parseCursor(const QUrlQuery& query, const SampleCursorSeal& cursors,
                     QList<FieldError>* errors);
    bool isBeforeKey(qint64 keyA, const QString& idA, qint64 keyB, const QString& idB) const;
};
