// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QToolButton;
struct Call;
struct InstitutionContact;

// The top of the detail view: who was called, how it went, when, and the ids to quote.
class DetailHeader : public QWidget {
    Q_OBJECT
public:
    explicit DetailHeader(QWidget* parent = nullptr);

    void showCall(const Call& call, const InstitutionContact* contact);

private:
    QLabel* addValue(const QString& objectName, const QString& caption, int row, int column);
    QToolButton* addCopyButton(const QString& objectName, const QString& what, QLabel* source,
                               int row);
    void showCounterpart(const Call& call, const InstitutionContact* contact);
    void showStatus(const Call& call);
    void showTimes(const Call& call);

    QGridLayout* m_grid;
    QLabel* m_counterpart;
    QLabel* m_contactPerson;
    QLabel* m_status;
    QLabel* m_direction;
    QLabel* m_duration;
    QLabel* m_to;
    QLabel* m_from;
    QLabel* m_started;
    QLabel* m_ended;
    QLabel* m_calledBy;
    QLabel* m_callId;
    QLabel* m_twilioSid;
    QToolButton* m_copyTwilioSid;
};
