// SPDX-License-Identifier: MIT
#include "CallRowsModel.h"

#include "CallColumns.h"

const Call* CallRowsModel::callAt(int row) const
{
    return row >= 0 && row < m_calls.size() ? &m_calls.at(row) : nullptr;
}

int CallRowsModel::rowOfCall(const QString& id) const
{
    return m_rowById.value(id, -1);
}

int CallRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_calls.size());
}

void CallRowsModel::clearRows()
{
    m_calls.clear();
    m_rowById.clear();
}

QList<Call> CallRowsModel::unseenCalls(const QList<Call>& page) const
{
    QList<Call> fresh;
    QSet<QString> freshIds;
    for (const Call& call : page) {
        if (!m_rowById.contains(call.id) && !freshIds.contains(call.id)) {
            freshIds.insert(call.id);
            fresh.append(call);
        }
    }
    return fresh;
}

void CallRowsModel::appendRows(const QList<Call>& fresh)
{
    if (fresh.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const Call& call : fresh) {
        m_rowById.insert(call.id, int(m_calls.size()));
        m_calls.append(call);
    }
    endInsertRows();
}

// Rows are removed, moved, updated and inserted rather than reset, so that persistent indexes
// (the view's selection and current index among them) stay on their calls.
void CallRowsModel::mergeRefreshed(const QList<Call>& fresh)
{
    QSet<QString> freshIds;
    for (const Call& call : fresh)
        freshIds.insert(call.id);
    removeRowsNotIn(freshIds);
    reorderLike(fresh);
    QHash<QString, const Call*> freshById;
    for (const Call& call : fresh)
        freshById.insert(call.id, &call);
    for (Call& call : m_calls) {
        // Every remaining row is in `fresh` (removeRowsNotIn); the check keeps -Wnull-dereference
        // quiet in optimised builds.
        if (const Call* updated = freshById.value(call.id))
            call = *updated;
    }
    if (!m_calls.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, CallColumn::Count - 1));
    insertMissing(fresh);
    rebuildRowIndex();
}

void CallRowsModel::removeRowsNotIn(const QSet<QString>& ids)
{
    for (int last = rowCount() - 1; last >= 0; --last) {
        if (ids.contains(m_calls.at(last).id))
            continue;
        int first = last;
        while (first > 0 && !ids.contains(m_calls.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, last);
        m_calls.remove(first, last - first + 1);
        endRemoveRows();
        last = first;
    }
    rebuildRowIndex();
}

void CallRowsModel::reorderLike(const QList<Call>& fresh)
{
    QList<Call> ordered;
    ordered.reserve(m_calls.size());
    for (const Call& call : fresh) {
        const int row = m_rowById.value(call.id, -1);
        if (row >= 0)
            ordered.append(m_calls.at(row));
    }
    bool sameOrder = true;
    for (qsizetype i = 0; i < ordered.size() && sameOrder; ++i)
        sameOrder = ordered.at(i).id == m_calls.at(i).id;
    if (sameOrder)
        return;

    emit layoutAboutToBeChanged();
    QHash<QString, int> newRowById;
    for (qsizetype i = 0; i < ordered.size(); ++i)
        newRowById.insert(ordered.at(i).id, int(i));
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex& old : from)
        to.append(index(newRowById.value(m_calls.at(old.row()).id), old.column()));
    m_calls = ordered;
    changePersistentIndexList(from, to);
    rebuildRowIndex();
    emit layoutChanged();
}

void CallRowsModel::insertMissing(const QList<Call>& fresh)
{
    int row = 0;
    while (row < fresh.size()) {
        if (m_rowById.contains(fresh.at(row).id)) {
            ++row;
            continue;
        }
        int end = row;
        while (end < fresh.size() && !m_rowById.contains(fresh.at(end).id))
            ++end;
        beginInsertRows({}, row, end - 1);
        m_calls.insert(row, end - row, Call {});
        for (int i = row; i < end; ++i)
            m_calls[i] = fresh.at(i);
        endInsertRows();
        rebuildRowIndex();
        row = end;
    }
}

void CallRowsModel::rebuildRowIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_calls.size());
    for (qsizetype i = 0; i < m_calls.size(); ++i)
        m_rowById.insert(m_calls.at(i).id, int(i));
}
