// SPDX-License-Identifier: MIT
#pragma once

#include "SampleApiOptions.h"
#include "SampleCall.h"
#include "SampleCaseGenerator.h"
#include "SampleContact.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>

#include <optional>

// The sample case's calls and contacts, shared by the server thread and test threads.
// Live calls evolve with the wall clock: the store keeps their final values and calls() and
// call() return what a client sees at a given moment, so every read is consistent with time.
class SampleCallStore {
public:
    SampleCallStore(const SampleApiOptions& options, const QDateTime& startedAt);

    QString caseId() const { return m_caseId; }
    QList<SampleContact> contacts() const { return m_contacts; }
    QStringList contactIds() const;
    QStringList callIds() const; // newest first (created_at desc, then id desc)
    QList<SampleCall> calls(const QDateTime& now) const;
    std::optional<SampleCall> call(const QString& id, const QDateTime& now) const;
    QString insertCall(const QDateTime& now);

private:
    SampleCall viewAt(const SampleCall& call, const QDateTime& now) const;

    mutable QMutex m_mutex;
    SampleCaseGenerator m_generator;
    QString m_caseId;
    QList<SampleContact> m_contacts;
    QList<SampleCall> m_calls;
    QHash<QString, qsizetype> m_indexById;
    QDateTime m_liveCompletesAt;
    QDateTime m_liveProcessedAt;
};
