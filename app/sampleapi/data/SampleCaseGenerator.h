// SPDX-License-Identifier: MIT
#pragma once

#include "SampleApiOptions.h"
#include "SampleCall.h"
#include "SampleCallWriter.h"
#include "SampleContact.h"

#include <QRandomGenerator>

// Generates the sample case from a seed: the same options give the same case, byte for byte.
// Times are anchored at SampleApiOptions::anchor, not at the server's start, for the same reason.
class SampleCaseGenerator {
public:
    explicit SampleCaseGenerator(const SampleApiOptions& options);

    QDateTime anchorTime() const { return m_options.anchor.toUTC(); }
    QString caseId() const { return m_caseId; }
    const QList<SampleContact>& contacts() const { return m_contacts; }
    // The case's calls, in creation order; the last one or two are live (ringing/in_progress).
    QList<SampleCall> generateCalls();
    // One more completed call created at `createdAt` (SampleApiServer::insertCall).
    SampleCall newCompletedCall(const QDateTime& createdAt);

private:
    void generateContacts();
    SampleCall baseCall(const QDateTime& createdAt, int contactIndex);
    SampleCallWriter::Context writerContext(const SampleCall& call) const;
    void makeCompleted(SampleCall& call, int durationSeconds);
    void makeUnanswered(SampleCall& call, const QString& status);
    void addSpecialCalls(QList<SampleCall>& calls);
    void addLiveCalls(QList<SampleCall>& calls);
    QDateTime historicTime();
    int randomContactIndex();
    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }

    SampleApiOptions m_options;
    QRandomGenerator m_random;
    SampleCallWriter m_writer;
    QString m_caseId;
    QList<SampleContact> m_contacts;
};
