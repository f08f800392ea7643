// SPDX-License-Identifier: MIT
#pragma once

#include "Call.h"

#include <QCoreApplication>
#include <QVariant>

class ContactListModel;

// What each column of the calls table shows for a call, per role: the words, the tooltips, the
// alignment, the values the proxies sort and filter by (CallRole), and the column titles.
// CallsTableModel pages the calls in; this says how they read. The strings keep the model's
// translation context.
class CallColumnText {
    Q_DECLARE_TR_FUNCTIONS(CallsTableModel)

public:
    // `contacts` (optional) names counterparts after their institution contact.
    static QVariant data(const Call& call, int column, int role, const ContactListModel* contacts);
    // A column's title (DisplayRole) and what its sorting covers (ToolTipRole).
    static QVariant header(int section, int role);

private:
    static QVariant displayText(const Call& call, int column, const ContactListModel* contacts);
    static QVariant sortValue(const Call& call, int column, const ContactListModel* contacts);
    static QString counterpart(const Call& call, const ContactListModel* contacts);
};
