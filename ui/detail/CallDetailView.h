// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QWidget>

class DetailHeader;
class DetailOverview;
class PlayerPane;
class QLabel;
class QStackedWidget;
class QTabWidget;
class RecordingFetcher;
class TranscriptView;
struct Call;
struct InstitutionContact;

// The right pane of the case window: everything about the selected call. Server text is shown
// as plain text throughout; nothing it contains is ever interpreted as markup.
class CallDetailView : public QWidget {
    Q_OBJECT
public:
    explicit CallDetailView(QWidget* parent = nullptr);

    // contact may be null (no contact linked, or the contacts endpoint failed).
    void showCall(const Call& call, const InstitutionContact* contact);
    // Back to the placeholder that tells the user to select a call.
    void clear();
    // The filter pane's search terms, marked in the summary, notes and transcript.
    void setHighlightTerms(const QStringList& terms);
    // Shows the transcript and puts the keyboard in its find field.
    void focusFind();
    // The id of the call shown; empty when none is.
    QString callId() const { return m_callId; }
    // Where the player gets recordings from (not owned); the player's keys work anywhere in
    // this view.
    void setRecordingFetcher(RecordingFetcher* fetcher);
    PlayerPane* player() const { return m_player; }

private:
    QWidget* createContent();

    QStackedWidget* m_pages;
    QLabel* m_placeholder;
    DetailHeader* m_header;
    PlayerPane* m_player;
    QTabWidget* m_tabs;
    DetailOverview* m_overview;
    TranscriptView* m_transcript;
    QString m_callId;
};
