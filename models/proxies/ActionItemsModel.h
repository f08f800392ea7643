// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <QString>

class CallsTableModel;

// Every action item of the calls loaded so far, as one list: open items first, then the newest
// call first, then the order within the call. Read-only: completion is the server's to say.
// Follows the source with row inserts, removals and moves rather than resets, so a view's
// selection and scroll position survive new pages and refreshes.
class ActionItemsModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role : int {
        CallIdRole = Qt::UserRole + 1, // QString: the call the item belongs to
        CompletedRole, // bool
        CallCreatedAtRole, // QDateTime (UTC): when the call was created
        CounterpartRole, // QString: the source's Counterpart column text
    };

    explicit ActionItemsModel(QObject* parent = nullptr);

    void setSourceModel(CallsTableModel* source);
    CallsTableModel* sourceModel() const;

    int openCount() const { return m_openCount; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void openCountChanged(int count);
    // After every update from the source, even one that changed no item: the source's own
    // row count (shown beside the open count) may have moved.
    void updated();

private:
    struct Item {
        QString description;
        bool completed = false;
        QString callId;
        QDateTime callCreatedAt;
        QString counterpart;
        int ordinal = 0; // position within the call's own list: with callId, the item's key
    };

    void rebuild();
    void addSourceRows(int first, int last);
    QList<Item> collectItems(int firstRow, int lastRow) const;
    static bool comesBefore(const Item& a, const Item& b);
    void removeItemsMissingFrom(const QList<Item>& next);
    void reorderLike(const QList<Item>& next);
    void insertAndUpdateFrom(const QList<Item>& next);
    void setOpenCount(int count);
    void updateOpenCount();

    QPointer<CallsTableModel> m_source;
    QList<QMetaObject::Connection> m_sourceConnections;
    QList<Item> m_items;
    int m_openCount = 0;
};
