// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// What the server is asked for: filters, sort and page size of one walk through a case's calls.
// Changing any of it starts a new walk from the first page.
struct CallsQuery {
    enum class Paging { Cursor, PageNumber };
    enum class SortBy { CreatedAt, Duration };
    enum class SortOrder { Descending, Ascending };

    QString status; // wire value ("completed"); empty for all
    QString institutionContactId; // empty for all
    SortBy sortBy = SortBy::CreatedAt;
    SortOrder sortOrder = SortOrder::Descending;
    int perPage = 50; // 1..100
    Paging paging = Paging::Cursor;

    friend bool operator==(const CallsQuery&, const CallsQuery&) = default;
};

// Where in a walk a page request starts: a cursor (cursor paging; empty for the first page) or a
// page number (page-number paging, from 1).
struct PagePosition {
    QString cursor;
    int page = 1;

    friend bool operator==(const PagePosition&, const PagePosition&) = default;
};
