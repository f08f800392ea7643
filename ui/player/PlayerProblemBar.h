// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
struct RecordingProblem;

// What the player says when something is wrong, as plain text (it may quote the server or the
// media backend), with the next steps as buttons: fetch again, or keep the downloaded file and
// play it elsewhere when this computer cannot play it.
class PlayerProblemBar : public QWidget {
    Q_OBJECT
public:
    enum Action { None = 0, Retry = 1, SaveAs = 2, OpenElsewhere = 4 };
    Q_DECLARE_FLAGS(Actions, Action)

    explicit PlayerProblemBar(QWidget* parent = nullptr);

    // Shows `text` (hidden when empty) and the buttons of `actions`.
    void showMessage(const QString& text, Actions actions = None);
    QString text() const;
    Actions offered() const { return m_offered; }

    // The messages, with their next step in words.
    static QString fetchProblem(const RecordingProblem& problem);
    static QString unplayable(const QString& backendError);
    static QString loadTimedOut();
    static QString stalled();
    static QString endsEarly(qint64 atMs);
    static QString shorterThanCall(qint64 durationMs, qint64 expectedMs);

signals:
    void retryRequested();
    void saveAsRequested();
    void openElsewhereRequested();

private:
    QPushButton* addButton(const QString& objectName, const QString& text);

    QLabel* m_message;
    QPushButton* m_retry;
    QPushButton* m_saveAs;
    QPushButton* m_openElsewhere;
    Actions m_offered;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(PlayerProblemBar::Actions)
