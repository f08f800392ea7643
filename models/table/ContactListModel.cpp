// SPDX-License-Identifier: MIT
#include "ContactListModel.h"

#include "ApiClient.h"
#include "ContactPageReply.h"

#include <QSet>

namespace {
// Contacts come 100 a page; a case has a few dozen. The bound stops a server that never ends.
constexpr int maxContactPages = 50;
} // namespace

ContactListModel::ContactListModel(ApiClient* client, QObject* parent)
    : QAbstractListModel(parent), m_client(client)
{
}

void ContactListModel::setCaseId(const QString& caseId)
{
    if (m_pending)
        m_pending->abort();
    m_caseId = caseId;
    beginResetModel();
    m_contacts.clear();
    m_rowById.clear();
    endResetModel();
    if (!caseId.isEmpty())
        fetchPage(1);
}

const InstitutionContact* ContactListModel::contact(const QString& id) const
{
    const auto found = m_rowById.constFind(id);
    return found == m_rowById.cend() ? nullptr : &m_contacts.at(*found);
}

int ContactListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

QVariant ContactListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InstitutionContact& contact = m_contacts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return contact.displayName();
    case Qt::ToolTipRole:
        return contact.contactPerson.isEmpty() ? contact.phone
                                               : contact.contactPerson + u' ' + contact.phone;
    case IdRole:
        return contact.id;
    default:
        return {};
    }
}

void ContactListModel::fetchPage(int page)
{
    ContactPageReply* reply = m_client->listContacts(m_caseId, page);
    m_pending = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, page] {
        if (reply->error().isError()) {
            if (reply->error().kind != ApiError::Kind::Cancelled)
                emit errorOccurred(reply->error());
            return;
        }
        append(reply->page().contacts);
        if (reply->page().meta.hasMore && page < maxContactPages)
            fetchPage(page + 1);
        else
            emit loaded();
    });
}

void ContactListModel::append(const QList<InstitutionContact>& contacts)
{
    QList<InstitutionContact> fresh;
    QSet<QString> freshIds;
    for (const InstitutionContact& contact : contacts) {
        if (!m_rowById.contains(contact.id) && !freshIds.contains(contact.id)) {
            freshIds.insert(contact.id);
            fresh.append(contact);
        }
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_contacts.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const InstitutionContact& contact : std::as_const(fresh)) {
        m_rowById.insert(contact.id, m_contacts.size());
        m_contacts.append(contact);
    }
    endInsertRows();
}
