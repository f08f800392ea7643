// SPDX-License-Identifier: MIT
#pragma once

#include "Call.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

// The rows of a calls table, one call each with a row-by-id index, and the row operations that
// keep persistent indexes on their calls: appending a page in one insert, and merging a
// refreshed list (remove, reorder, update, insert rather than reset). CallsTableModel adds the
// paging and what the columns show.
class CallRowsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    const Call* callAt(int row) const;
    int rowOfCall(const QString& id) const;
    int rowCount(const QModelIndex& parent = {}) const override;

protected:
    const QList<Call>& calls() const { return m_calls; }
    QList<QString> callIds() const { return m_rowById.keys(); }
    bool containsCall(const QString& id) const { return m_rowById.contains(id); }
    void clearRows(); // inside a model reset
    // The calls of `page` not shown yet (first occurrence of each id).
    QList<Call> unseenCalls(const QList<Call>& page) const;
    // One beginInsertRows/endInsertRows for the whole batch.
    void appendRows(const QList<Call>& fresh);
    // Makes the rows exactly `fresh`, in its order, moving rather than resetting.
    void mergeRefreshed(const QList<Call>& fresh);

private:
    void removeRowsNotIn(const QSet<QString>& ids);
    void reorderLike(const QList<Call>& fresh);
    void insertMissing(const QList<Call>& fresh);
    void rebuildRowIndex();

    QList<Call> m_calls;
    QHash<QString, int> m_rowById;
};
