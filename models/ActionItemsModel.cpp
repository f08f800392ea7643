// SPDX-License-Identifier: MIT
#include "ActionItemsModel.h"

#include "CallColumns.h"
#include "CallsTableModel.h"

#include <QLocale>

#include <algorithm>

ActionItemsModel::ActionItemsModel(QObject* parent) : QAbstractListModel(parent) { }

void ActionItemsModel::setSourceModel(CallsTableModel* source)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    m_source = source;
    if (source) {
        const auto rebuildNow = [this] { rebuild(); };
        m_sourceConnections = {
            connect(source, &QAbstractItemModel::rowsInserted, this, rebuildNow),
            connect(source, &QAbstractItemModel::rowsRemoved, this, rebuildNow),
            connect(source, &QAbstractItemModel::dataChanged, this, rebuildNow),
            connect(source, &QAbstractItemModel::modelReset, this, rebuildNow),
            connect(source, &QAbstractItemModel::layoutChanged, this, rebuildNow),
            connect(source, &QObject::destroyed, this, rebuildNow),
        };
    }
    rebuild();
}

// A full rebuild keeps this simple; it costs a few milliseconds for 20 000 items, and a page
// arrives at most every few hundred milliseconds.
void ActionItemsModel::rebuild()
{
    QList<Item> items = collectItems();
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
    setOpenCount(int(std::count_if(m_items.cbegin(), m_items.cend(),
                                   [](const Item& item) { return !item.completed; })));
}

QList<ActionItemsModel::Item> ActionItemsModel::collectItems() const
{
    QList<Item> items;
    const CallsTableModel* source = m_source.data();
    if (!source)
        return items;
    const int rows = source->rowCount();
    for (int row = 0; row < rows; ++row) {
        const Call* call = source->callAt(row);
        if (!call || call->actionItems.isEmpty())
            continue;
        const QString counterpart =
            source->data(source->index(row, CallColumn::Counterpart)).toString();
        for (const ActionItem& actionItem : call->actionItems)
            items.append({actionItem.description, actionItem.completed, call->id, call->createdAt,
                          counterpart});
    }
    // Stable: items of one call, and calls created at the same moment, keep their order.
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
        if (a.completed != b.completed)
            return !a.completed;
        return a.callCreatedAt > b.callCreatedAt;
    });
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
