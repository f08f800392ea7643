// SPDX-License-Identifier: MIT
#include "DetailOverview.h"

#include "ActionItemChecklist.h"
#include "Call.h"
#include "DetailCallState.h"
#include "DetailReferenceChips.h"
#include "DetailTextField.h"
#include "DisplayText.h"
#include "PlainLabel.h"
#include "ReferenceNumbers.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QLabel* stateLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new PlainLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

DetailOverview::DetailOverview(QWidget* parent)
    : QWidget(parent),
      m_callState(new PlainLabel(this)),
      m_summaryHeading(addHeading(tr("Summary"))),
      m_summary(new DetailTextField(this)),
      m_summaryState(stateLabel(u"summaryState"_s, this)),
      m_references(new DetailReferenceChips(this)),
      m_actionItems(new ActionItemChecklist(this)),
      m_notes(new DetailTextField(this)),
      m_notesState(stateLabel(u"notesState"_s, this))
{
    // A banner in the alternate base colour: it explains the whole call, not one section.
    m_callState->setObjectName(u"callState"_s);
    m_callState->setWordWrap(true);
    m_callState->setMargin(8);
    m_callState->setFrameShape(QFrame::StyledPanel);
    m_callState->setAutoFillBackground(true);
    m_callState->setBackgroundRole(QPalette::AlternateBase);
    m_callState->setForegroundRole(QPalette::Text);
    m_summary->setObjectName(u"summaryText"_s);
    m_summary->setAccessibleName(tr("Summary"));
    m_references->setObjectName(u"referenceChips"_s);
    m_actionItems->setObjectName(u"actionItems"_s);
    m_notes->setObjectName(u"notesText"_s);
    m_notes->setAccessibleName(tr("Notes"));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    layout->addWidget(m_callState);
    layout->addWidget(m_summaryHeading);
    layout->addWidget(m_summary);
    layout->addWidget(m_summaryState);
    layout->addWidget(m_references);
    layout->addSpacing(8);
    layout->addWidget(m_actionItems);
    layout->addSpacing(8);
    layout->addWidget(addHeading(tr("Notes")));
    layout->addWidget(m_notes);
    layout->addWidget(m_notesState);
    layout->addStretch(1);
}

QLabel* DetailOverview::addHeading(const QString& text)
{
    auto* heading = new QLabel(text, this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    return heading;
}

void DetailOverview::showCall(const Call& call)
{
    const QString callMessage = DetailCallState::callMessage(call);
    m_callState->setText(callMessage);
    m_callState->setVisible(!callMessage.isEmpty());
    showSummary(call);
    // A call that never connected has no action items to find; saying so would mislead.
    m_actionItems->setItems(call.actionItems, DetailCallState::actionItemsMessage(call));
    m_actionItems->setVisible(!DetailCallState::hasNoConversation(call)
                              || !call.actionItems.isEmpty());
    showNotes(call);
}

void DetailOverview::showSummary(const Call& call)
{
    // A call that never connected has no summary to wait for: the banner says it all.
    m_summaryHeading->setVisible(!DetailCallState::hasNoConversation(call));
    m_summary->setPlainContent(DisplayText::isolated(call.summary));
    m_summary->setVisible(!call.summary.isEmpty());
    const QString summaryMessage = DetailCallState::summaryMessage(call);
    m_summaryState->setText(summaryMessage);
    m_summaryState->setVisible(!summaryMessage.isEmpty());
    // Found in the text as seen: a zero-width space must not split or hide a number.
    m_references->setReferences(ReferenceNumbers::find(DisplayText::identifier(call.summary)));
}

void DetailOverview::showNotes(const Call& call)
{
    m_notes->setPlainContent(DisplayText::isolated(call.notes));
    m_notes->setVisible(!call.notes.isEmpty());
    m_notesState->setText(tr("No notes."));
    m_notesState->setVisible(call.notes.isEmpty());
}

void DetailOverview::setHighlightTerms(const QStringList& terms)
{
    m_summary->setHighlightTerms(terms);
    m_notes->setHighlightTerms(terms);
}
