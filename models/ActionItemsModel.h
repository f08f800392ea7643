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
// Rebuilt whenever the source changes (measured: cheap enough for 10 000 calls).
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
    CallsTableModel* sourceModel() const { return m_source; }

    int openCount() const { return m_openCount; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void openCountChanged(int count);

private:
    struct Item {
        QString description;
        bool completed = false;
        QString callId;
        QDateTime callCreatedAt;
        QString counterpart;
    };

    void rebuild();
    QList<Item> collectItems() const;
    void setOpenCount(int count);

    QPointer<CallsTableModel> m_source;
    QList<QMetaObject::Connection> m_sourceConnections;
    QList<Item> m_items;
    int m_openCount = 0;
};
