// SPDX-License-Identifier: MIT
#include "ActionItemsModel.h"

#include "CallColumns.h"
#include "CallsTableModel.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace {

struct ItemKey {
    QString callId;
    int ordinal = 0;
    friend bool operator==(const ItemKey&, const ItemKey&) = default;
    friend size_t qHash(const ItemKey& key, size_t seed = 0)
    {
        return qHashMulti(seed, key.callId, key.ordinal);
    }
};

template<typename ItemT> ItemKey keyOf(const ItemT& item)
{
    return {item.callId, item.ordinal};
}

template<typename ItemT> QHash<ItemKey, int> positionsOf(const QList<ItemT>& items)
{
    QHash<ItemKey, int> positions;
    positions.reserve(items.size());
    for (int row = 0; row < items.size(); ++row)
        positions.insert(keyOf(items.at(row)), row);
    return positions;
}

} // namespace

ActionItemsModel::ActionItemsModel(QObject* parent) : QAbstractListModel(parent) { }

CallsTableModel* ActionItemsModel::sourceModel() const
{
    return m_source;
}

void ActionItemsModel::setSourceModel(CallsTableModel* source)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    m_source = source;
    if (source) {
        const auto rebuildNow = [this] { rebuild(); };
        m_sourceConnections = {
            connect(
                source, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex&, int first, int last) { addSourceRows(first, last); }),
            connect(source, &QAbstractItemModel::rowsRemoved, this, rebuildNow),
            connect(source, &QAbstractItemModel::dataChanged, this, rebuildNow),
            connect(source, &QAbstractItemModel::modelReset, this, rebuildNow),
            connect(source, &QAbstractItemModel::layoutChanged, this, rebuildNow),
            connect(source, &QObject::destroyed, this, rebuildNow),
        };
    }
    rebuild();
}

// For anything but new rows (refresh, reset, removal) the list is collected afresh and applied as
// removals, a reorder if one is needed, and inserts, because a reset would lose the view's
// selection.
void ActionItemsModel::rebuild()
{
    const CallsTableModel* source = m_source.data();
    const QList<Item> next = collectItems(0, source ? source->rowCount() - 1 : -1);
    removeItemsMissingFrom(next);
    reorderLike(next);
    insertAndUpdateFrom(next);
    updateOpenCount();
}

// The common case, a new page: only its items are collected, and each lands after the items
// that sort equal to it, as a full rebuild would put it. At 10 000 calls a rebuild costs
// ~35 ms, two frames, for every page; this costs the page's share.
void ActionItemsModel::addSourceRows(int first, int last)
{
    const QList<Item> added = collectItems(first, last);
    for (int at = 0; at < added.size();) {
        const int row = int(std::upper_bound(m_items.cbegin(), m_items.cend(), added.at(at),
                                             &ActionItemsModel::comesBefore)
                            - m_items.cbegin());
        int end = at + 1;
        while (end < added.size()
               && (row == m_items.size() || comesBefore(added.at(end), m_items.at(row))))
            ++end;
        beginInsertRows({}, row, row + end - at - 1);
        m_items.insert(row, end - at, Item {});
        std::copy(added.cbegin() + at, added.cbegin() + end, m_items.begin() + row);
        endInsertRows();
        at = end;
    }
    updateOpenCount();
}

void ActionItemsModel::updateOpenCount()
{
    setOpenCount(int(std::count_if(m_items.cbegin(), m_items.cend(),
                                   [](const Item& item) { return !item.completed; })));
    emit updated();
}

// Open items first, then the newest call first; ties keep their order (stable sorts).
bool ActionItemsModel::comesBefore(const Item& a, const Item& b)
{
    if (a.completed != b.completed)
        return !a.completed;
    return a.callCreatedAt > b.callCreatedAt;
}

void ActionItemsModel::removeItemsMissingFrom(const QList<Item>& next)
{
    const QHash<ItemKey, int> wanted = positionsOf(next);
    for (int last = int(m_items.size()) - 1; last >= 0;) {
        if (wanted.contains(keyOf(m_items.at(last)))) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !wanted.contains(keyOf(m_items.at(first - 1))))
            --first;
        beginRemoveRows({}, first, last);
        m_items.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }
}

// Only when an item changed sides (open/completed) or a call's time moved: the survivors are put
// in their new order as one layout change, with persistent indexes following their items.
void ActionItemsModel::reorderLike(const QList<Item>& next)
{
    const QHash<ItemKey, int> nextPositions = positionsOf(next);
    const bool inOrder = std::is_sorted(
        m_items.cbegin(), m_items.cend(), [&nextPositions](const Item& a, const Item& b) {
            return nextPositions.value(keyOf(a)) < nextPositions.value(keyOf(b));
        });
    if (inOrder)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QList<Item> reordered = m_items;
    std::sort(reordered.begin(), reordered.end(), [&nextPositions](const Item& a, const Item& b) {
        return nextPositions.value(keyOf(a)) < nextPositions.value(keyOf(b));
    });
    const QHash<ItemKey, int> newRows = positionsOf(reordered);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex& index : before)
        after.append(this->index(newRows.value(keyOf(m_items.at(index.row())))));
    m_items = std::move(reordered);
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

// The current items are now a subsequence of next, in next's order: walk both, inserting each
// run of new items where it belongs and refreshing items whose text changed.
void ActionItemsModel::insertAndUpdateFrom(const QList<Item>& next)
{
    int row = 0;
    for (int at = 0; at < next.size();) {
        const auto matchesCurrent = [&] {
            return row < m_items.size() && keyOf(m_items.at(row)) == keyOf(next.at(at));
        };
        if (matchesCurrent()) {
            Item& current = m_items[row];
            const Item& wanted = next.at(at);
            if (current.description != wanted.description || current.completed != wanted.completed
                || current.counterpart != wanted.counterpart
                || current.callCreatedAt != wanted.callCreatedAt) {
                current = wanted;
                emit dataChanged(index(row), index(row));
            }
            ++row;
            ++at;
            continue;
        }
        const int firstNew = at;
        while (at < next.size() && !matchesCurrent())
            ++at;
        const int count = at - firstNew;
        beginInsertRows({}, row, row + count - 1);
        m_items.insert(row, count, Item {});
        std::copy(next.cbegin() + firstNew, next.cbegin() + at, m_items.begin() + row);
        endInsertRows();
        row += count;
    }
}

QList<ActionItemsModel::Item> ActionItemsModel::collectItems(int firstRow, int lastRow) const
{
    QList<Item> items;
    const CallsTableModel* source = m_source.data();
    if (!source)
        return items;
    for (int row = firstRow; row <= lastRow; ++row) {
        const Call* call = source->callAt(row);
        if (!call || call->actionItems.isEmpty())
            continue;
        const QString counterpart =
            source->data(source->index(row, CallColumn::Counterpart)).toString();
        int ordinal = 0;
        for (const ActionItem& actionItem : call->actionItems)
            items.append({actionItem.description, actionItem.completed, call->id, call->createdAt,
                          counterpart, ordinal++});
    }
    // Stable: items of one call, and calls created at the same moment, keep their order.
    std::stable_sort(items.begin(), items.end(), &ActionItemsModel::comesBefore);
    return items;
}

void ActionItemsModel::setOpenCount(int count)
{
    if (count == m_openCount)
        return;
    m_openCount = count;
    emit openCountChanged(count);
}

int ActionItemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ActionItemsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return item.description;
    case Qt::CheckStateRole:
        return item.completed ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return tr("%1, %2").arg(
            item.counterpart,
            QLocale().toString(item.callCreatedAt.toLocalTime(), QLocale::ShortFormat));
    case CallIdRole:
        return item.callId;
    case CompletedRole:
        return item.completed;
    case CallCreatedAtRole:
        return item.callCreatedAt;
    case CounterpartRole:
        return item.counterpart;
    default:
        return {};
    }
}

Qt::ItemFlags ActionItemsModel::flags(const QModelIndex& index) const
{
    // The root is asked too (views, QAbstractItemModelTester): no flags, and no warning.
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> ActionItemsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CallIdRole, QByteArrayLiteral("callId"));
    names.insert(CompletedRole, QByteArrayLiteral("completed"));
    names.insert(CallCreatedAtRole, QByteArrayLiteral("callCreatedAt"));
    names.insert(CounterpartRole, QByteArrayLiteral("counterpart"));
    return names;
}
