// SPDX-License-Identifier: MIT
#include "SampleListQuery.h"

#include "SampleUlid.h"

#include <climits>

using namespace Qt::StringLiterals;

namespace {

const QStringList knownStatuses {u"initiated"_s, u"ringing"_s,   u"in_progress"_s, u"completed"_s,
                                 u"failed"_s,    u"no_answer"_s, u"busy"_s,        u"cancelled"_s};

QString value(const QUrlQuery& query, const QString& key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

// An integer in [minimum, maximum] or nullopt with an error for `field`.
std::optional<int> boundedInteger(const QUrlQuery& query, const QString& field, int minimum,
                                  int maximum, QList<SampleListQuery::FieldError>* errors)
{
    bool ok = false;
    const int number = value(query, field).toInt(&ok);
    if (ok && number >= minimum && number <= maximum)
        return number;
    const QString message = maximum == INT_MAX
        ? u"must be an integer of at least %1"_s.arg(minimum)
        : u"must be an integer between %1 and %2"_s.arg(minimum).arg(maximum);
    errors->append({field, message});
    return std::nullopt;
}

} // namespace

SampleListQuery SampleListQuery::parse(const QUrlQuery& query, const SampleCursorSeal& cursors,
                                       QList<FieldError>* errors)
{
    SampleListQuery parsed;
    parsed.parsePaging(query, errors);
    parsed.parseFilters(query, errors);
    parsed.parseSort(query, errors);
    parsed.parseCursor(query, cursors, errors);
    return parsed;
}

SampleListQuery SampleListQuery::parsePageOnly(const QUrlQuery& query, QList<FieldError>* errors)
{
    SampleListQuery parsed;
    parsed.parsePaging(query, errors);
    if (!parsed.page)
        parsed.page = 1;
    return parsed;
}

void SampleListQuery::parsePaging(const QUrlQuery& query, QList<FieldError>* errors)
{
    if (query.hasQueryItem(u"per_page"_s))
        perPage = boundedInteger(query, u"per_page"_s, 1, 100, errors).value_or(25);
    if (query.hasQueryItem(u"page"_s))
        page = boundedInteger(query, u"page"_s, 1, INT_MAX, errors).value_or(1);
}

void SampleListQuery::parseFilters(const QUrlQuery& query, QList<FieldError>* errors)
{
    if (query.hasQueryItem(u"status"_s)) {
        status = value(query, u"status"_s);
        if (!knownStatuses.contains(status))
            errors->append({u"status"_s, u"must be one of: "_s + knownStatuses.join(u", "_s)});
    }
    if (query.hasQueryItem(u"institution_contact_id"_s)) {
        institutionContactId = value(query, u"institution_contact_id"_s);
        if (!SampleUlid::isValid(institutionContactId))
            errors->append({u"institution_contact_id"_s, u"must be a ULID"_s});
    }
}

void SampleListQuery::parseSort(const QUrlQuery& query, QList<FieldError>* errors)
{
    if (query.hasQueryItem(u"sort_by"_s)) {
        const QString sortBy = value(query, u"sort_by"_s);
        if (sortBy == u"duration_seconds"_s)
            byDuration = true;
        else if (sortBy != u"created_at"_s)
            errors->append({u"sort_by"_s, u"must be one of: created_at, duration_seconds"_s});
    }
    if (query.hasQueryItem(u"sort_order"_s)) {
        const QString order = value(query, u"sort_order"_s);
        if (order == u"asc"_s)
            ascending = true;
        else if (order != u"desc"_s)
            errors->append({u"sort_order"_s, u"must be one of: asc, desc"_s});
    }
}

void SampleListQuery::parseCursor(const QUrlQuery& query, const SampleCursorSeal& cursors,
                                  QList<FieldError>* errors)
{
    if (!query.hasQueryItem(u"cursor"_s))
        return;
    if (page) {
        errors->append({u"cursor"_s, u"cannot be combined with page"_s});
        return;
    }
    cursor = cursors.decode(value(query, u"cursor"_s));
    if (!cursor)
        errors->append({u"cursor"_s, u"is not a cursor this server issued"_s});
    else if (cursor->queryKey != queryKey())
        errors->append({u"cursor"_s, u"was issued for different filters or sort"_s});
}

QString SampleListQuery::queryKey() const
{
    return u"%1,%2,%3,%4"_s.arg(byDuration ? u"duration_seconds"_s : u"created_at"_s,
                                ascending ? u"asc"_s : u"desc"_s, status, institutionContactId);
}

bool SampleListQuery::matches(const SampleCall& call) const
{
    return (status.isEmpty() || call.status == status)
        && (institutionContactId.isEmpty() || call.institutionContactId == institutionContactId);
}

qint64 SampleListQuery::sortKeyOf(const SampleCall& call) const
{
    // A call without a duration sorts as the shortest.
    return byDuration ? call.durationSeconds.value_or(-1) : call.createdAt.toMSecsSinceEpoch();
}

bool SampleListQuery::isBeforeKey(qint64 keyA, const QString& idA, qint64 keyB,
                                  const QString& idB) const
{
    if (keyA != keyB)
        return ascending ? keyA < keyB : keyA > keyB;
    return ascending ? idA < idB : idA > idB;
}

bool SampleListQuery::isBefore(const SampleCall& a, const SampleCall& b) const
{
    return isBeforeKey(sortKeyOf(a), a.id, sortKeyOf(b), b.id);
}

bool SampleListQuery::isAfterCursor(const SampleCall& call) const
{
    return isBeforeKey(cursor->sortKey, cursor->id, sortKeyOf(call), call.id);
}
