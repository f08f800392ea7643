// SPDX-License-Identifier: MIT
#include "SampleCallWriter.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

const QList<const char*> documents {
    "the certified death certificate", "the Letters Testamentary", "the small-estate affidavit",
    "the beneficiary claim form",      "a copy of the will",       "the EIN confirmation letter",
    "the Letters of Administration",   "a W-9 for the estate"};

const QList<const char*> agentMiddle {
    "I'm calling about {topic}.",
    "We mailed {doc} last week. Can you confirm it arrived?",
    "Could you tell me what else you need from the executor?",
    "Is there a fax number or an upload portal for {doc}?",
    "The executor would like the balance as of the date of death.",
    "Can you note on the file that all mail should go to the executor's address?",
    "Do you need the original or is a certified copy enough?",
    "How long does processing usually take once everything is in?",
    "Can you read the reference number back to me, please?",
    "Understood. I'll let the executor know today.",
};

const QList<const char*> representativeMiddle {
    "Let me pull up the account. One moment, please.",
    "I can see the file under reference {ref}.",
    "We received {doc}, it was scanned in on Tuesday.",
    "We still need {doc} before we can release any information.",
    "Processing takes seven to ten business days once the file is complete.",
    "You can upload documents through the secure portal or fax them to our estate team.",
    "I'm going to place you on a brief hold while I check with my supervisor.",
    "Thank you for holding. My supervisor confirmed the account is frozen.",
    "The balance as of the date of death will be on the letter we mail to the executor.",
    "A certified copy is fine, we do not need the original.",
    "I have added a note that all correspondence goes to the executor.",
};

const QList<const char*> summaries {
    "Called {inst} {dept}. Spoke with {person}. They confirmed they received the death "
    "certificate. {docCap} is still needed before they can release account info. Ref# {ref}.",
    "Spoke with {person} at {inst} about {topic}. Processing takes 7-10 business days once "
    "{doc} arrives. Ref# {ref}.",
    "{inst} confirmed the account is frozen and all mail now goes to the executor. They asked "
    "for {doc}. Ref# {ref}.",
    "Followed up with {inst} on {topic}. {person} said the file is complete and a letter with "
    "the date-of-death balance will be mailed. Ref# {ref}.",
    "{inst} needs {doc} and a completed claim form before paying out. Upload via their secure "
    "portal. Ref# {ref}.",
};

const QList<const char*> inboundSummaries {
    "{person} from {inst} called back about {topic}. They received {doc} and the file is now "
    "under review. Ref# {ref}.",
    "Inbound call from {inst}: {doc} was illegible, please send a new certified copy. Ref# {ref}.",
};

const QList<const char*> actions {
    "Mail {doc} to {inst}",
    "Upload {doc} to the {inst} portal",
    "Ask the executor to sign the {inst} claim form",
    "Call {inst} back in 10 business days to confirm processing",
    "Request the date-of-death balance letter from {inst}",
    "Send {inst} the new mailing address for the executor",
};

const QList<const char*> noteTexts {
    "Executor prefers email updates.",
    "Rep was very helpful; ask for the same person next time.",
    "Long hold time (25 min). Call early in the morning.",
    "Need to follow up after the probate court hearing.",
    "Executor asked us to prioritise this one.",
};

} // namespace

SampleCallWriter::SampleCallWriter(QRandomGenerator& random) : m_random(random) { }

QString SampleCallWriter::pick(const QList<const char*>& pool)
{
    return QString::fromUtf8(pool.at(int(m_random.bounded(quint32(pool.size())))));
}

QString SampleCallWriter::fill(QString text, const Context& context)
{
    const auto* institution = context.institution;
    const QString inst = institution ? QString::fromUtf8(institution->institutionName)
                                     : u"an unlisted institution"_s;
    const QString doc = pick(documents);
    QString docCap = doc;
    docCap[0] = docCap[0].toUpper();
    text.replace(u"{inst}"_s, inst);
    text.replace(u"{dept}"_s,
                 institution && institution->departmentName
                     ? QString::fromUtf8(institution->departmentName)
                     : u"customer service"_s);
    text.replace(u"{person}"_s,
                 institution && institution->contactPerson
                     ? QString::fromUtf8(institution->contactPerson)
                     : u"a representative"_s);
    text.replace(u"{topic}"_s,
                 institution ? QString::fromUtf8(institution->topic) : u"the decedent's account"_s);
    text.replace(u"{docCap}"_s, docCap);
    text.replace(u"{doc}"_s, doc);
    if (context.reference.isEmpty())
        text.remove(u" Ref# {ref}."_s);
    text.replace(u"{ref}"_s,
                 context.reference.isEmpty() ? u"the account number"_s : context.reference);
    text[0] = text[0].toUpper();
    return text;
}

QString SampleCallWriter::representativeLabel(const Context& context) const
{
    if (!context.institution)
        return u"Representative"_s;
    return u"Representative (%1)"_s.arg(QString::fromUtf8(context.institution->shortName));
}

QString SampleCallWriter::transcript(const Context& context, int targetBytes)
{
    const QString agent = u"Agent: "_s;
    const QString representative = representativeLabel(context) + u": "_s;
    const QString institution = context.institution
        ? QString::fromUtf8(context.institution->institutionName)
        : u"customer service"_s;
    QStringList lines {
        representative + u"Thank you for calling %1, how can I help you?"_s.arg(institution),
        agent
            + u"Hello, this is %1 calling on behalf of the estate's executor."_s.arg(
                context.agentName),
        representative + u"I'm sorry for your loss. Can I have the account holder's name?"_s,
    };
    // Alternate speakers until the text reaches the target; lines stay whole.
    qsizetype bytes = 0;
    for (const QString& line : std::as_const(lines))
        bytes += line.toUtf8().size() + 1;
    const QString closing = agent + u"Thank you for your help. Goodbye."_s;
    while (bytes + closing.size() < targetBytes) {
        const bool agentTurn = lines.size() % 2 == 1;
        const QString line = agentTurn ? agent + fill(pick(agentMiddle), context)
                                       : representative + fill(pick(representativeMiddle), context);
        bytes += line.toUtf8().size() + 1;
        lines.append(line);
    }
    lines.append(closing);
    return lines.join(QLatin1Char('\n'));
}

QString SampleCallWriter::summary(const Context& context)
{
    return fill(pick(context.inbound ? inboundSummaries : summaries), context);
}

QList<SampleCall::ActionItem> SampleCallWriter::actionItems(const Context& context)
{
    QList<SampleCall::ActionItem> items;
    const int count = int(m_random.bounded(5));
    for (int i = 0; i < count; ++i)
        items.append({fill(pick(actions), context), m_random.bounded(3) == 0});
    return items;
}

QString SampleCallWriter::notes()
{
    return pick(noteTexts);
}
