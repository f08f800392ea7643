// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QIdentityProxyModel>

// Adds what only a widget layer knows to the calls table: icons for direction and recording,
// a status colour from the palette (always next to the status text, never the only cue), and
// tooltips that explain icon-only cells.
class CallPresentationProxy : public QIdentityProxyModel {
    Q_OBJECT
public:
    explicit CallPresentationProxy(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant decoration(const QModelIndex& index) const;
    QVariant statusForeground(const QModelIndex& index) const;

    QIcon m_outbound;
    QIcon m_inbound;
    QIcon m_recording;
};
