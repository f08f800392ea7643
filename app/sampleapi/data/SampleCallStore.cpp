// SPDX-License-Identifier: MIT
#include "SampleCallStore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// From a live call's end to its transcript and summary: 10 s, shorter when the calls themselves
// complete sooner (tests use liveCallSeconds of 1 or 2 and must not wait 10 s more).
int processingSeconds(int liveCallSeconds)
{
    return std::clamp(liveCallSeconds, 1, 10);
}
} // namespace

SampleCallStore::SampleCallStore(const SampleApiOptions& options, const QDateTime& startedAt)
    : m_generator(options),
      m_caseId(m_generator.caseId()),
      m_contacts(m_generator.contacts()),
      m_calls(m_generator.generateCalls()),
      m_liveCompletesAt(startedAt.addSecs(options.liveCallSeconds)),
      m_liveProcessedAt(m_liveCompletesAt.addSecs(processingSeconds(options.liveCallSeconds)))
{
    for (qsizetype i = 0; i < m_calls.size(); ++i)
        m_indexById.insert(m_calls.at(i).id, i);
}

QStringList SampleCallStore::contactIds() const
{
    QStringList ids;
    for (const SampleContact& contact : m_contacts)
        ids.append(contact.id);
    return ids;
}

QStringList SampleCallStore::callIds() const
{
    const QMutexLocker lock(&m_mutex);
    QList<const SampleCall*> sorted;
    for (const SampleCall& call : m_calls)
        sorted.append(&call);
    std::sort(sorted.begin(), sorted.end(), [](const SampleCall* a, const SampleCall* b) {
        return a->createdAt != b->createdAt ? a->createdAt > b->createdAt : a->id > b->id;
    });
    QStringList ids;
    for (const SampleCall* call : std::as_const(sorted))
        ids.append(call->id);
    return ids;
}

QList<SampleCall> SampleCallStore::calls(const QDateTime& now) const
{
    const QMutexLocker lock(&m_mutex);
    return viewsAt(now);
}

std::shared_ptr<const SampleCallStore::Snapshot>
SampleCallStore::snapshot(const QDateTime& now) const
{
    const QMutexLocker lock(&m_mutex);
    const quint64 version = m_insertions * 3 + quint64(livePhaseAt(now));
    if (!m_snapshot || m_snapshot->version != version)
        m_snapshot = std::make_shared<const Snapshot>(Snapshot {version, viewsAt(now)});
    return m_snapshot;
}

int SampleCallStore::livePhaseAt(const QDateTime& now) const
{
    // The same two moments viewAt() tells apart.
    if (now >= m_liveProcessedAt)
        return 2;
    return now >= m_liveCompletesAt ? 1 : 0;
}

QList<SampleCall> SampleCallStore::viewsAt(const QDateTime& now) const
{
    QList<SampleCall> views;
    views.reserve(m_calls.size());
    for (const SampleCall& call : m_calls)
        views.append(call.live ? viewAt(call, now) : call);
    return views;
}

std::optional<SampleCall> SampleCallStore::call(const QString& id, const QDateTime& now) const
{
    const QMutexLocker lock(&m_mutex);
    const auto found = m_indexById.constFind(id);
    if (found == m_indexById.cend())
        return std::nullopt;
    const SampleCall& stored = m_calls.at(*found);
    return stored.live ? viewAt(stored, now) : stored;
}

QString SampleCallStore::insertCall(const QDateTime& now)
{
    const QMutexLocker lock(&m_mutex);
    // Strictly the newest call, even if the clock stands still or lags the sample data.
    QDateTime createdAt = now.toUTC();
    for (const SampleCall& call : std::as_const(m_calls))
        createdAt = std::max(createdAt, call.createdAt.addMSecs(1));
    m_calls.append(m_generator.newCompletedCall(createdAt));
    m_indexById.insert(m_calls.last().id, m_calls.size() - 1);
    ++m_insertions;
    return m_calls.last().id;
}

SampleCall SampleCallStore::viewAt(const SampleCall& call, const QDateTime& now) const
{
    if (now >= m_liveProcessedAt) {
        SampleCall done = call;
        done.status = u"completed"_s;
        done.updatedAt = call.endedAt.addSecs(10);
        return done;
    }
    SampleCall view = call;
    view.recordingHost = SampleCall::RecordingHost::None;
    view.recordingDurationSeconds.reset();
    view.transcript = QString();
    view.summary = QString();
    view.actionItems.clear();
    if (now >= m_liveCompletesAt) { // completed, recording still processing
        view.status = u"completed"_s;
        view.recordingStatus = u"processing"_s;
        view.updatedAt = call.endedAt;
        return view;
    }
    view.recordingStatus.clear();
    view.durationSeconds.reset();
    view.endedAt = QDateTime();
    if (view.status == u"ringing"_s)
        view.startedAt = QDateTime();
    view.updatedAt = view.startedAt.isValid() ? view.startedAt : view.createdAt;
    return view;
}
