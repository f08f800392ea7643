// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QWidget>

class ActionItemChecklist;
class DetailReferenceChips;
class DetailTextField;
class QLabel;
struct Call;

// The "Summary" page of the detail view: what the call is in, its summary with reference
// numbers to copy, the action items and the notes.
class DetailOverview : public QWidget {
    Q_OBJECT
public:
    explicit DetailOverview(QWidget* parent = nullptr);

    void showCall(const Call& call);
    void setHighlightTerms(const QStringList& terms);

private:
    QLabel* addHeading(const QString& text);
    void showSummary(const Call& call);
    void showNotes(const Call& call);

    QLabel* m_callState;
    QLabel* m_summaryHeading;
    DetailTextField* m_summary;
    QLabel* m_summaryState;
    DetailReferenceChips* m_references;
    ActionItemChecklist* m_actionItems;
    DetailTextField* m_notes;
    QLabel* m_notesState;
};
