// SPDX-License-Identifier: MIT
#include "SampleCaseGenerator.h"

#include "SampleInstitutions.h"
#include "SampleUlid.h"

#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int caseDays = 90;
constexpr int longTranscriptSeconds = 75 * 60;

QString nullable(const char* text)
{
    return text ? QString::fromUtf8(text) : QString();
}
} // namespace

SampleCaseGenerator::SampleCaseGenerator(const SampleApiOptions& options)
    : m_options(options), m_random(options.seed), m_writer(m_random)
{
    m_caseId = SampleUlid::make(anchorTime().addDays(-caseDays - 30).toMSecsSinceEpoch(), m_random);
    generateContacts();
}

void SampleCaseGenerator::generateContacts()
{
    const QDateTime created = anchorTime().addDays(-caseDays - 10);
    const auto& entries = SampleInstitutions::entries();
    for (int i = 0; i < entries.size(); ++i) {
        const auto& entry = entries.at(i);
        SampleContact contact;
        contact.id = SampleUlid::make(created.addSecs(i * 60).toMSecsSinceEpoch(), m_random);
        contact.institutionName = QString::fromUtf8(entry.institutionName);
        contact.departmentName = nullable(entry.departmentName);
        contact.contactPerson = nullable(entry.contactPerson);
        contact.contactTitle = nullable(entry.contactTitle);
        if (entry.referencePrefix) {
            contact.referenceNumber = u"%1-2025-%2"_s.arg(QString::fromUtf8(entry.referencePrefix))
                                          .arg(m_random.bounded(100000), 5, 10, QLatin1Char('0'));
        }
        contact.phone = QString::fromUtf8(entry.phone);
        contact.phoneHours = nullable(entry.phoneHours);
        contact.email = nullable(entry.email);
        contact.website = nullable(entry.website);
        // One contact without any contact methods: the client must cope with the null object.
        contact.hasContactMethods = contact.institutionName != u"Medicare"_s;
        if (chance(30))
            contact.notes = u"Ask for %1 directly."_s.arg(
                contact.contactPerson.isEmpty() ? u"the estate team"_s : contact.contactPerson);
        m_contacts.append(contact);
    }
}

QDateTime SampleCaseGenerator::historicTime()
{
    // Office hours, 9:00-17:00 New York ≈ 14:00-22:00 UTC, on one of the last caseDays days.
    const QDateTime day = anchorTime().addDays(-1 - int(m_random.bounded(caseDays)));
    const QDateTime start(day.date(), QTime(14, 0), QTimeZone::utc());
    return start.addSecs(m_random.bounded(8 * 3600));
}

int SampleCaseGenerator::randomContactIndex()
{
    // About one call in twelve goes to a number that is no known contact.
    return chance(8) ? -1 : int(m_random.bounded(quint32(m_contacts.size())));
}

SampleCall SampleCaseGenerator::baseCall(const QDateTime& createdAt, int contactIndex)
{
    SampleCall call;
    call.id = SampleUlid::make(createdAt.toMSecsSinceEpoch(), m_random);
    call.createdAt = createdAt;
    call.updatedAt = createdAt;
    QString counterpart = u"+1%1"_s.arg(2000000000 + m_random.bounded(7000000000LL));
    if (contactIndex >= 0) {
        call.institutionContactId = m_contacts.at(contactIndex).id;
        counterpart = m_contacts.at(contactIndex).phone;
    }
    call.direction = contactIndex >= 0 && chance(12) ? u"inbound"_s : u"outbound"_s;
    const bool inbound = call.direction == u"inbound"_s;
    call.toNumber = inbound ? SampleInstitutions::officeNumber() : counterpart;
    call.fromNumber = inbound ? counterpart : SampleInstitutions::officeNumber();
    const auto& workers = SampleInstitutions::caseWorkers();
    if (!inbound || chance(50))
        call.calledBy = workers.at(int(m_random.bounded(quint32(workers.size()))));
    call.twilioCallSid = u"CA"_s;
    for (int i = 0; i < 4; ++i)
        call.twilioCallSid += u"%1"_s.arg(m_random.generate(), 8, 16, QLatin1Char('0'));
    call.audioSeed = m_random.generate();
    if (chance(25))
        call.notes = m_writer.notes();
    return call;
}

SampleCallWriter::Context SampleCaseGenerator::writerContext(const SampleCall& call) const
{
    SampleCallWriter::Context context;
    const auto& entries = SampleInstitutions::entries();
    for (int i = 0; i < m_contacts.size(); ++i) {
        if (m_contacts.at(i).id == call.institutionContactId) {
            context.institution = &entries.at(i);
            context.reference = m_contacts.at(i).referenceNumber;
        }
    }
    context.agentName = call.calledBy.isEmpty() ? u"the case office"_s : call.calledBy;
    context.inbound = call.direction == u"inbound"_s;
    return context;
}

void SampleCaseGenerator::makeCompleted(SampleCall& call, int durationSeconds)
{
    call.status = u"completed"_s;
    call.durationSeconds = durationSeconds;
    call.startedAt = call.createdAt.addSecs(3 + m_random.bounded(15));
    call.endedAt = call.startedAt.addSecs(durationSeconds);
    call.updatedAt = call.endedAt.addSecs(90);
    if (chance(7)) { // the recording and its transcript are still being processed
        call.recordingStatus = u"processing"_s;
        return;
    }
    call.recordingStatus = u"completed"_s;
    call.recordingHost =
        chance(33) ? SampleCall::RecordingHost::Signed : SampleCall::RecordingHost::Api;
    call.recordingWav = durationSeconds <= 900 && chance(35);
    call.recordingDurationSeconds = std::max(1, durationSeconds - int(m_random.bounded(3)));
    const auto context = writerContext(call);
    const int bytes =
        m_options.transcriptBytes > 0 ? m_options.transcriptBytes : 15 * durationSeconds;
    call.transcript = m_writer.transcript(context, bytes);
    call.summary = m_writer.summary(context);
    call.actionItems = m_writer.actionItems(context);
}

void SampleCaseGenerator::makeUnanswered(SampleCall& call, const QString& status)
{
    call.status = status;
    call.durationSeconds = status == u"cancelled"_s ? std::optional<int>() : 0;
    if (status != u"cancelled"_s)
        call.endedAt = call.createdAt.addSecs(5 + m_random.bounded(40));
    else
        call.twilioCallSid.clear();
    call.updatedAt = call.endedAt.isValid() ? call.endedAt : call.createdAt;
}

SampleCall SampleCaseGenerator::newCompletedCall(const QDateTime& createdAt)
{
    SampleCall call = baseCall(createdAt, randomContactIndex());
    makeCompleted(call, 60 + int(m_random.bounded(600)));
    return call;
}

QList<SampleCall> SampleCaseGenerator::generateCalls()
{
    QList<SampleCall> calls;
    const int liveCount = m_options.callCount >= 6 ? 2 : 0;
    const int historic = std::max(0, m_options.callCount - liveCount);
    for (int i = 0; i < historic; ++i) {
        SampleCall call = baseCall(historicTime(), randomContactIndex());
        const int roll = int(m_random.bounded(100));
        if (roll < 80) {
            // Mostly a few minutes; now and then a long one with hold music.
            const int duration =
                chance(10) ? 900 + int(m_random.bounded(1500)) : 45 + int(m_random.bounded(600));
            makeCompleted(call, duration);
        } else {
            static const QStringList unanswered {u"no_answer"_s, u"busy"_s, u"failed"_s,
                                                 u"cancelled"_s};
            makeUnanswered(call, unanswered.at((roll - 80) / 5));
        }
        calls.append(call);
    }
    if (historic >= 6)
        addSpecialCalls(calls);
    if (liveCount > 0)
        addLiveCalls(calls);
    return calls;
}

void SampleCaseGenerator::addSpecialCalls(QList<SampleCall>& calls)
{
    // Every nullable field null: a failed call that never reached anyone.
    SampleCall& bare = calls[0];
    const SampleCall original = bare;
    bare = SampleCall {};
    bare.id = original.id;
    bare.toNumber =
        original.direction == u"inbound"_s ? m_contacts.first().phone : original.toNumber;
    bare.status = u"failed"_s;
    bare.direction = u"outbound"_s;
    bare.createdAt = original.createdAt;
    bare.updatedAt = original.createdAt;

    // A summary with literal HTML: the client must show it as text, never render it.
    SampleCall& html = calls[1];
    while (html.status != u"completed"_s || html.recordingStatus != u"completed"_s)
        makeCompleted(html, 240);
    html.summary = u"<b>Urgent:</b> the rep said to use <a href=\"https://example.com/upload\">"
                   "this upload link</a> &amp; reference <i>EST-2025-00456</i>."_s;

    // An unusually long call and transcript.
    SampleCall& longCall = calls[2];
    do
        makeCompleted(longCall, longTranscriptSeconds);
    while (longCall.recordingStatus != u"completed"_s);

    // One recording that failed to process.
    SampleCall& failedRecording = calls[3];
    makeCompleted(failedRecording, 180);
    failedRecording.recordingStatus = u"failed"_s;
    failedRecording.recordingHost = SampleCall::RecordingHost::None;
    failedRecording.recordingDurationSeconds.reset();
    failedRecording.transcript = QString();
}

void SampleCaseGenerator::addLiveCalls(QList<SampleCall>& calls)
{
    const QDateTime anchor = anchorTime();
    struct Live {
        int secondsBeforeAnchor;
        int durationSeconds;
        const char* status;
    };
    for (const Live& live : {Live {180, 420, "in_progress"}, Live {25, 140, "ringing"}}) {
        SampleCall call = baseCall(anchor.addSecs(-live.secondsBeforeAnchor), 0);
        call.direction = u"outbound"_s;
        call.toNumber = m_contacts.first().phone;
        call.fromNumber = SampleInstitutions::officeNumber();
        do
            makeCompleted(call, live.durationSeconds);
        while (call.recordingStatus != u"completed"_s);
        call.live = true;
        call.status = QString::fromUtf8(live.status); // what it shows until it completes
        calls.append(call);
    }
}
