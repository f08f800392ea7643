// SPDX-License-Identifier: MIT
#pragma once

#include "ApiError.h"
#include "InstitutionContact.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>

class ApiClient;
class ContactPageReply;

// The institution contacts of one case, for naming a call's counterpart and for choosing a
// contact as a filter. Loads every page on setCaseId(); a failure leaves the list as it was
// (calls then fall back to their numbers).
class ContactListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ContactListModel(ApiClient* client, QObject* parent = nullptr);

    void setCaseId(const QString& caseId);
    const InstitutionContact* contact(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    void errorOccurred(const ApiError& error);

private:
    void fetchPage(int page);
    void append(const QList<InstitutionContact>& contacts);

    ApiClient* m_client;
    QString m_caseId;
    QList<InstitutionContact> m_contacts;
    QHash<QString, qsizetype> m_rowById;
    QPointer<ContactPageReply> m_pending;
};
