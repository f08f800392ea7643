// SPDX-License-Identifier: MIT
#pragma once

#include "SampleApiOptions.h"
#include "SampleCall.h"
#include "SampleCaseGenerator.h"
#include "SampleContact.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>

#include <memory>
#include <optional>

// The sample case's calls and contacts, shared by the server thread and test threads.
// Live calls evolve with the wall clock: the store keeps their final values and calls() and
// call() return what a client sees at a given moment, so every read is consistent with time.
class SampleCallStore {
public:
    // Every call as a client sees it during one stretch of time. Live calls change only at two
    // moments (they complete, then their recording is processed), so the views are the same
    // for every request between those moments and until a call is inserted.
    struct Snapshot {
        quint64 version = 0; // differs whenever the calls differ
        QList<SampleCall> calls; // the store's order (not sorted)
    };

    SampleCallStore(const SampleApiOptions& options, const QDateTime& startedAt);

    QString caseId() const { return m_caseId; }
    QList<SampleContact> contacts() const { return m_contacts; }
    QStringList contactIds() const;
    QStringList callIds() const; // newest first (created_at desc, then id desc)
    QList<SampleCall> calls(const QDateTime& now) const;
    // calls(now), built once per stretch and shared by the requests that fall within it.
    std::shared_ptr<const Snapshot> snapshot(const QDateTime& now) const;
    std::optional<SampleCall> call(const QString& id, const QDateTime& now) const;
    QString insertCall(const QDateTime& now);

private:
    SampleCall viewAt(const SampleCall& call, const QDateTime& now) const;
    int livePhaseAt(const QDateTime& now) const;
    QList<SampleCall> viewsAt(const QDateTime& now) const; // m_mutex held

    mutable QMutex m_mutex;
    SampleCaseGenerator m_generator;
    QString m_caseId;
    QList<SampleContact> m_contacts;
    QList<SampleCall> m_calls;
    QHash<QString, qsizetype> m_indexById;
    QDateTime m_liveCompletesAt;
    QDateTime m_liveProcessedAt;
    quint64 m_insertions = 0;
    mutable std::shared_ptr<const Snapshot> m_snapshot;
};
