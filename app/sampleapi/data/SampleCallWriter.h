// SPDX-License-Identifier: MIT
#pragma once

#include "SampleCall.h"
#include "SampleInstitutions.h"

#include <QString>

class QRandomGenerator;

// Writes the words of a generated call: speaker-labelled transcript, summary, action items and
// notes, from phrase pools filled with the institution, the person and the reference number.
class SampleCallWriter {
public:
    struct Context {
        const SampleInstitutions::Entry* institution = nullptr; // nullptr: unknown number
        QString agentName; // the case worker on the line
        QString reference; // "EST-2025-00456", may be empty
        bool inbound = false;
    };

    explicit SampleCallWriter(QRandomGenerator& random);

    // About `targetBytes` of UTF-8, one "Speaker: words" utterance a line.
    QString transcript(const Context& context, int targetBytes);
    QString summary(const Context& context);
    QList<SampleCall::ActionItem> actionItems(const Context& context);
    QString notes();

private:
    QString pick(const QList<const char*>& pool);
    QString fill(QString text, const Context& context);
    QString representativeLabel(const Context& context) const;

    QRandomGenerator& m_random;
};
