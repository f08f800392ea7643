// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

// The `meta` object of a list response. Optional members were absent or null.
struct PageMeta {
    std::optional<int> page;
    int perPage = 0;
    std::optional<int> totalCount;
    std::optional<int> totalPages;
    QString nextCursor;
    bool hasMore = false;

    friend bool operator==(const PageMeta&, const PageMeta&) = default;
};
