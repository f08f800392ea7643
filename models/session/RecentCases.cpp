// SPDX-License-Identifier: MIT
#include "RecentCases.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const QString groupName = u"recentCases"_s;
const QString caseIdKey = u"caseId"_s;
const QString labelKey = u"label"_s;
const QString baseUrlKey = u"baseUrl"_s;
const QString lastOpenedKey = u"lastOpened"_s;
} // namespace

bool RecentCase::isSameCase(const QUrl& otherBaseUrl, const QString& otherCaseId) const
{
    return caseId == otherCaseId
        && RecentCases::storableBaseUrl(baseUrl) == RecentCases::storableBaseUrl(otherBaseUrl);
}

RecentCases::RecentCases()
{
    reload();
}

int RecentCases::indexOf(const QUrl& baseUrl, const QString& caseId) const
{
    for (int i = 0; i < m_cases.size(); ++i) {
        if (m_cases.at(i).isSameCase(baseUrl, caseId))
            return i;
    }
    return -1;
}

void RecentCases::add(RecentCase recentCase)
{
    recentCase.baseUrl = storableBaseUrl(recentCase.baseUrl);
    if (!recentCase.lastOpened.isValid())
        recentCase.lastOpened = QDateTime::currentDateTimeUtc();
    const int existing = indexOf(recentCase.baseUrl, recentCase.caseId);
    if (existing >= 0) {
        if (recentCase.label.isEmpty())
            recentCase.label = m_cases.at(existing).label;
        m_cases.removeAt(existing);
    }
    m_cases.prepend(recentCase);
    while (m_cases.size() > maxCount)
        m_cases.removeLast();
    save();
}

bool RecentCases::rename(const QUrl& baseUrl, const QString& caseId, const QString& label)
{
    const int index = indexOf(baseUrl, caseId);
    if (index < 0)
        return false;
    m_cases[index].label = label;
    save();
    return true;
}

bool RecentCases::remove(const QUrl& baseUrl, const QString& caseId)
{
    const int index = indexOf(baseUrl, caseId);
    if (index < 0)
        return false;
    m_cases.removeAt(index);
    save();
    return true;
}

void RecentCases::reload()
{
    m_cases.clear();
    QSettings settings;
    const int size = settings.beginReadArray(groupName);
    for (int i = 0; i < size && m_cases.size() < maxCount; ++i) {
        settings.setArrayIndex(i);
        RecentCase recentCase;
        recentCase.caseId = settings.value(caseIdKey).toString();
        recentCase.label = settings.value(labelKey).toString();
        recentCase.baseUrl = storableBaseUrl(QUrl(settings.value(baseUrlKey).toString()));
        recentCase.lastOpened =
            QDateTime::fromString(settings.value(lastOpenedKey).toString(), Qt::ISODateWithMs);
        // A hand-edited or damaged entry is skipped rather than shown half-empty.
        if (recentCase.caseId.isEmpty() || !recentCase.baseUrl.isValid())
            continue;
        if (indexOf(recentCase.baseUrl, recentCase.caseId) < 0)
            m_cases.append(recentCase);
    }
    settings.endArray();
}

QUrl RecentCases::storableBaseUrl(const QUrl& baseUrl)
{
    return baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                            | QUrl::StripTrailingSlash);
}

void RecentCases::save() const
{
    QSettings settings;
    settings.remove(groupName); // a shorter list must not leave old entries behind
    settings.beginWriteArray(groupName, int(m_cases.size()));
    for (int i = 0; i < m_cases.size(); ++i) {
        const RecentCase& recentCase = m_cases.at(i);
        settings.setArrayIndex(i);
        settings.setValue(caseIdKey, recentCase.caseId);
        settings.setValue(labelKey, recentCase.label);
        settings.setValue(baseUrlKey, recentCase.baseUrl.toString());
        settings.setValue(lastOpenedKey, recentCase.lastOpened.toUTC().toString(Qt::ISODateWithMs));
    }
    settings.endArray();
}
