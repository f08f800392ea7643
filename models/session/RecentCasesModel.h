// SPDX-License-Identifier: MIT
#pragma once

#include "RecentCases.h"

#include <QAbstractListModel>

// The recent cases as a list for the connection dialog; every change is saved at once.
class RecentCasesModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        CaseIdRole = Qt::UserRole + 1, // QString, a ULID
        LabelRole, // QString, may be empty
        BaseUrlRole, // QUrl, without user info
        LastOpenedRole, // QDateTime, UTC
    };
    Q_ENUM(Role)

    explicit RecentCasesModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    RecentCase recentCase(int row) const;
    // Puts the case first (see RecentCases::add); the list is reset.
    void add(const RecentCase& recentCase);
    bool rename(int row, const QString& label);
    bool remove(int row);
    // Re-reads the settings (another window may have changed them).
    void reload();

private:
    QString displayText(const RecentCase& recentCase) const;
    QString toolTip(const RecentCase& recentCase) const;

    RecentCases m_cases;
};
