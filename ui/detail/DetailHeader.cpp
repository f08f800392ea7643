// SPDX-License-Identifier: MIT
#include "DetailHeader.h"

#include "Call.h"
#include "CallFormatter.h"
#include "DetailCallState.h"
#include "DetailColours.h"
#include "DisplayText.h"
#include "InstitutionContact.h"
#include "PlainLabel.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// Server text only ever reaches a label as plain text.
QLabel* plainLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new PlainLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? u"—"_s : text;
}

QString localTime(const QDateTime& utc, bool withDate)
{
    if (!utc.isValid())
        return u"—"_s;
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    // The locale's own date-and-time pattern: the order and separator differ between languages.
    return withDate ? locale.toString(local, QLocale::ShortFormat)
                    : locale.toString(local.time(), QLocale::ShortFormat);
}

QString directionText(const Call& call)
{
    switch (call.direction) {
    case CallDirection::Outbound:
        return DetailHeader::tr("Outbound");
    case CallDirection::Inbound:
        return DetailHeader::tr("Inbound");
    case CallDirection::Unknown:
        break;
    }
    return orDash(call.directionWire);
}
} // namespace

DetailHeader::DetailHeader(QWidget* parent)
    : QWidget(parent),
      m_grid(new QGridLayout),
      m_counterpart(plainLabel(u"counterpartLabel"_s, this)),
      m_contactPerson(plainLabel(u"contactPersonLabel"_s, this)),
      m_status(plainLabel(u"statusLabel"_s, this)),
      m_direction(plainLabel(u"directionLabel"_s, this)),
      m_duration(plainLabel(u"durationLabel"_s, this))
{
    QFont titleFont = m_counterpart->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_counterpart->setFont(titleFont);
    m_counterpart->setWordWrap(true);
    m_contactPerson->setWordWrap(true);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);

    auto* statusRow = new QHBoxLayout;
    statusRow->setSpacing(12);
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_direction);
    statusRow->addWidget(m_duration);
    statusRow->addStretch();

    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(2);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(3, 1);
    m_to = addValue(u"toNumberLabel"_s, tr("To"), 0, 0);
    m_from = addValue(u"fromNumberLabel"_s, tr("From"), 0, 2);
    m_started = addValue(u"startedLabel"_s, tr("Started"), 1, 0);
    m_ended = addValue(u"endedLabel"_s, tr("Ended"), 1, 2);
    m_calledBy = addValue(u"calledByLabel"_s, tr("Called by"), 2, 0);
    m_callId = addValue(u"callIdLabel"_s, tr("Call ID"), 3, 0);
    m_twilioSid = addValue(u"twilioSidLabel"_s, tr("Twilio SID"), 4, 0);
    for (QLabel* id : {m_callId, m_twilioSid})
        id->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    addCopyButton(u"copyCallId"_s, tr("call ID"), m_callId, 3);
    m_copyTwilioSid = addCopyButton(u"copyTwilioSid"_s, tr("Twilio call SID"), m_twilioSid, 4);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_counterpart);
    layout->addWidget(m_contactPerson);
    layout->addLayout(statusRow);
    layout->addLayout(m_grid);
}

QLabel* DetailHeader::addValue(const QString& objectName, const QString& caption, int row,
                               int column)
{
    auto* captionLabel = new QLabel(caption, this);
    captionLabel->setForegroundRole(QPalette::PlaceholderText);
    QLabel* value = plainLabel(objectName, this);
    value->setAccessibleName(caption);
    captionLabel->setBuddy(value);
    // Values in the first column may span the second pair when it is unused (ids, called by).
    const int span = column == 0 && row >= 2 ? 2 : 1;
    m_grid->addWidget(captionLabel, row, column);
    m_grid->addWidget(value, row, column + 1, 1, span);
    return value;
}

QToolButton* DetailHeader::addCopyButton(const QString& objectName, const QString& what,
                                         QLabel* source, int row)
{
    auto* button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setText(tr("Copy"));
    button->setAccessibleName(tr("Copy %1").arg(what));
    button->setToolTip(tr("Copy the %1 to the clipboard").arg(what));
    connect(button, &QToolButton::clicked, this,
            [source] { QGuiApplication::clipboard()->setText(source->text()); });
    m_grid->addWidget(button, row, 3, Qt::AlignRight);
    return button;
}

void DetailHeader::showCall(const Call& call, const InstitutionContact* contact)
{
    showCounterpart(call, contact);
    showStatus(call);
    showTimes(call);
    m_to->setText(orDash(CallFormatter::phoneNumber(call.toNumber)));
    m_from->setText(orDash(CallFormatter::phoneNumber(call.fromNumber)));
    m_calledBy->setText(orDash(DisplayText::isolated(call.calledBy)));
    // Ids are shown and copied without invisible characters: what is pasted is what is seen.
    m_callId->setText(DisplayText::identifier(call.id));
    m_twilioSid->setText(orDash(DisplayText::identifier(call.twilioCallSid)));
    m_copyTwilioSid->setEnabled(!call.twilioCallSid.isEmpty());
}

void DetailHeader::showCounterpart(const Call& call, const InstitutionContact* contact)
{
    if (contact && !contact->institutionName.isEmpty()) {
        m_counterpart->setText(DisplayText::isolated(contact->displayName()));
        QStringList person;
        if (!contact->contactPerson.isEmpty())
            person.append(DisplayText::isolated(contact->contactPerson));
        if (!contact->contactTitle.isEmpty())
            person.append(DisplayText::isolated(contact->contactTitle));
        m_contactPerson->setText(person.join(u", "_s));
        m_contactPerson->setVisible(!person.isEmpty());
        return;
    }
    // Without a contact the number the case worker dialled (or that called) is the counterpart.
    const QString number =
        call.direction == CallDirection::Inbound ? call.fromNumber : call.toNumber;
    m_counterpart->setText(orDash(CallFormatter::phoneNumber(number)));
    m_contactPerson->setText(tr("No institution contact is linked to this call."));
    m_contactPerson->setVisible(true);
}

void DetailHeader::showStatus(const Call& call)
{
    m_status->setText(DetailCallState::statusSymbol(call) + u' '
                      + CallFormatter::status(call.statusWire));
    QPalette statusPalette = palette();
    statusPalette.setColor(QPalette::WindowText, DetailColours::status(call.status, palette()));
    m_status->setPalette(statusPalette);
    m_status->setAccessibleName(tr("Status: %1").arg(CallFormatter::status(call.statusWire)));
    m_direction->setText(directionText(call));
    m_duration->setText(CallFormatter::duration(call.durationSeconds));
    m_duration->setAccessibleName(tr("Duration"));
}

void DetailHeader::showTimes(const Call& call)
{
    const bool sameDay = call.startedAt.isValid() && call.endedAt.isValid()
        && call.startedAt.toLocalTime().date() == call.endedAt.toLocalTime().date();
    m_started->setText(localTime(call.startedAt, true));
    m_ended->setText(localTime(call.endedAt, !sameDay));
    m_started->setToolTip(call.startedAt.toString(Qt::ISODate));
    m_ended->setToolTip(call.endedAt.toString(Qt::ISODate));
}
