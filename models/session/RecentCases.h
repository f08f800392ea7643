// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

// A case the user opened before. Holds no token: only what may sit in a settings file.
struct RecentCase {
    QUrl baseUrl;
    QString caseId;
    QString label; // given by the user, may be empty
    QDateTime lastOpened; // UTC

    bool isSameCase(const QUrl& otherBaseUrl, const QString& otherCaseId) const;
};

// The recently opened cases, most recent first, at most maxCount, one entry per
// (base URL, case id), kept in QSettings (group "recentCases") after every change.
class RecentCases {
public:
    static constexpr int maxCount = 10;

    // Reads the list from the application's QSettings.
    RecentCases();

    QList<RecentCase> list() const { return m_cases; }
    int count() const { return int(m_cases.size()); }
    // The index of the entry for (baseUrl, caseId), or -1.
    int indexOf(const QUrl& baseUrl, const QString& caseId) const;

    // Puts the case first (stamped now unless lastOpened is set). An empty label keeps the
    // label the case already had.
    void add(RecentCase recentCase);
    bool rename(const QUrl& baseUrl, const QString& caseId, const QString& label);
    bool remove(const QUrl& baseUrl, const QString& caseId);
    void reload();

    // What is stored for a base URL: no user info (a password or token could hide there), no
    // query or fragment, no trailing slash.
    static QUrl storableBaseUrl(const QUrl& baseUrl);

private:
    void save() const;

    QList<RecentCase> m_cases;
};
