// SPDX-License-Identifier: MIT
#include "RecentCasesModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

RecentCasesModel::RecentCasesModel(QObject* parent) : QAbstractListModel(parent) { }

int RecentCasesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_cases.count();
}

QVariant RecentCasesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecentCase recentCase = m_cases.list().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayText(recentCase);
    case Qt::ToolTipRole:
        return toolTip(recentCase);
    case CaseIdRole:
        return recentCase.caseId;
    case LabelRole:
        return recentCase.label;
    case BaseUrlRole:
        return recentCase.baseUrl;
    case LastOpenedRole:
        return recentCase.lastOpened;
    default:
        return {};
    }
}

QHash<int, QByteArray> RecentCasesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CaseIdRole, "caseId");
    names.insert(LabelRole, "label");
    names.insert(BaseUrlRole, "baseUrl");
    names.insert(LastOpenedRole, "lastOpened");
    return names;
}

RecentCase RecentCasesModel::recentCase(int row) const
{
    if (row < 0 || row >= m_cases.count())
        return {};
    return m_cases.list().at(row);
}

void RecentCasesModel::add(const RecentCase& recentCase)
{
    beginResetModel();
    m_cases.add(recentCase);
    endResetModel();
}

bool RecentCasesModel::rename(int row, const QString& label)
{
    const RecentCase recentCase = this->recentCase(row);
    if (!m_cases.rename(recentCase.baseUrl, recentCase.caseId, label))
        return false;
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed);
    return true;
}

bool RecentCasesModel::remove(int row)
{
    if (row < 0 || row >= m_cases.count())
        return false;
    const RecentCase recentCase = m_cases.list().at(row);
    beginRemoveRows({}, row, row);
    m_cases.remove(recentCase.baseUrl, recentCase.caseId);
    endRemoveRows();
    return true;
}

void RecentCasesModel::reload()
{
    beginResetModel();
    m_cases.reload();
    endResetModel();
}

QString RecentCasesModel::displayText(const RecentCase& recentCase) const
{
    const QString host = recentCase.baseUrl.host();
    if (recentCase.label.isEmpty())
        return tr("%1 on %2").arg(recentCase.caseId, host);
    return tr("%1 (%2 on %3)").arg(recentCase.label, recentCase.caseId, host);
}

QString RecentCasesModel::toolTip(const RecentCase& recentCase) const
{
    const QString opened =
        QLocale().toString(recentCase.lastOpened.toLocalTime(), QLocale::ShortFormat);
    return tr("Case %1 at %2, last opened %3")
        .arg(recentCase.caseId, recentCase.baseUrl.toDisplayString(), opened);
}
