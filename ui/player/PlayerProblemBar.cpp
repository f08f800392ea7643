// SPDX-License-Identifier: MIT
#include "PlayerProblemBar.h"

#include "DisplayText.h"
#include "PlainLabel.h"
#include "PlayerTime.h"
#include "RecordingProblem.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PlayerProblemBar::PlayerProblemBar(QWidget* parent)
    : QWidget(parent), m_message(new PlainLabel(this))
{
    setObjectName(u"playerProblemBar"_s);
    m_message->setObjectName(u"playerMessage"_s);
    m_message->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    m_retry = addButton(u"playerRetry"_s, tr("Try Again"));
    m_saveAs = addButton(u"playerSaveAs"_s, tr("Save Recording As…"));
    m_openElsewhere = addButton(u"playerOpenElsewhere"_s, tr("Open in Another Player"));
    for (QPushButton* button : {m_retry, m_saveAs, m_openElsewhere})
        buttons->addWidget(button);
    buttons->addStretch();
    connect(m_retry, &QPushButton::clicked, this, &PlayerProblemBar::retryRequested);
    connect(m_saveAs, &QPushButton::clicked, this, &PlayerProblemBar::saveAsRequested);
    connect(m_openElsewhere, &QPushButton::clicked, this,
            &PlayerProblemBar::openElsewhereRequested);
    showMessage({});
}

QPushButton* PlayerProblemBar::addButton(const QString& objectName, const QString& text)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    return button;
}

void PlayerProblemBar::showMessage(const QString& text, Actions actions)
{
    m_offered = actions;
    m_message->setText(text);
    m_retry->setVisible(actions.testFlag(Retry));
    m_saveAs->setVisible(actions.testFlag(SaveAs));
    m_openElsewhere->setVisible(actions.testFlag(OpenElsewhere));
    setVisible(!text.isEmpty() || actions != None);
}

QString PlayerProblemBar::text() const
{
    return m_message->text();
}

QString PlayerProblemBar::fetchProblem(const RecordingProblem& problem)
{
    QString text = problem.message;
    if (!problem.requestId.isEmpty())
        text += u' ' + tr("(Request id %1)").arg(DisplayText::identifier(problem.requestId));
    return text;
}

QString PlayerProblemBar::unplayable(const QString& backendError)
{
    QString text = tr("This recording cannot be played: the file is damaged or in a format this "
                      "computer cannot play. Save it, or open it in another player.");
    if (!backendError.isEmpty())
        text += u' ' + tr("(%1)").arg(backendError);
    return text;
}

QString PlayerProblemBar::loadTimedOut()
{
    return tr("The recording did not load; the audio system did not answer. Try again, or open "
              "the file in another player.");
}

QString PlayerProblemBar::stalled()
{
    return tr("Playback stalled. Press Play to try again.");
}

QString PlayerProblemBar::endsEarly(qint64 atMs)
{
    return tr("The recording stops at %1, before the end of the call: the file may be "
              "incomplete. Try Again downloads it once more.")
        .arg(PlayerTime::clock(atMs));
}

QString PlayerProblemBar::shorterThanCall(qint64 durationMs, qint64 expectedMs)
{
    return tr("This recording lasts %1, but the call's recording should last %2: the file may "
              "be incomplete. Try Again downloads it once more.")
        .arg(PlayerTime::clock(durationMs), PlayerTime::clock(expectedMs));
}
