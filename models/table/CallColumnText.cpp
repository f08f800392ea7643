// SPDX-License-Identifier: MIT
#include "CallColumnText.h"

#include "CallColumns.h"
#include "CallFormatter.h"
#include "ContactListModel.h"

#include <QLocale>

QVariant CallColumnText::data(const Call& call, int column, int role,
                              const ContactListModel* contacts)
{
    switch (role) {
    case Qt::DisplayRole:
        return displayText(call, column, contacts);
    case Qt::ToolTipRole:
        if (column == CallColumn::Summary && !call.summary.isEmpty())
            return call.summary.toString();
        if (column == CallColumn::When)
            return QLocale().toString(call.createdAt.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::TextAlignmentRole:
        if (column == CallColumn::Duration || column == CallColumn::OpenActionItems)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case CallRole::Id:
        return call.id;
    case CallRole::StatusWire:
        return call.statusWire;
    case CallRole::StatusValue:
        return int(call.status);
    case CallRole::CreatedAt:
        return call.createdAt;
    case CallRole::DurationSeconds:
        return call.durationSeconds ? QVariant(*call.durationSeconds) : QVariant();
    case CallRole::OpenActionItemCount:
        return call.openActionItemCount();
    case CallRole::HasRecording:
        return call.hasRecording();
    case CallRole::SortValue:
        return sortValue(call, column, contacts);
    case CallRole::DirectionValue:
        return int(call.direction);
    default:
        return {};
    }
}

QVariant CallColumnText::displayText(const Call& call, int column, const ContactListModel* contacts)
{
    switch (column) {
    case CallColumn::When:
        return CallFormatter::when(call.createdAt, QDateTime::currentDateTimeUtc());
    case CallColumn::Direction:
        return call.direction == CallDirection::Inbound ? tr("Inbound")
            : call.direction == CallDirection::Outbound ? tr("Outbound")
                                                        : call.directionWire;
    case CallColumn::Counterpart:
        return counterpart(call, contacts);
    case CallColumn::Status:
        return CallFormatter::status(call.statusWire);
    case CallColumn::Duration:
        return CallFormatter::duration(call.durationSeconds);
    case CallColumn::Recording:
        return call.hasRecording() ? tr("Recording")
                                   : CallFormatter::recordingStatus(call.recordingStatus);
    case CallColumn::OpenActionItems:
        return call.openActionItemCount();
    case CallColumn::CalledBy:
        return call.calledBy;
    case CallColumn::Summary:
        return CallFormatter::firstLine(call.summary);
    default:
        return {};
    }
}

QVariant CallColumnText::sortValue(const Call& call, int column, const ContactListModel* contacts)
{
    switch (column) {
    case CallColumn::When:
        return call.createdAt;
    case CallColumn::Duration:
        return call.durationSeconds.value_or(-1);
    case CallColumn::OpenActionItems:
        return call.openActionItemCount();
    default:
        return displayText(call, column, contacts);
    }
}

QString CallColumnText::counterpart(const Call& call, const ContactListModel* contacts)
{
    if (contacts && !call.institutionContactId.isEmpty()) {
        if (const InstitutionContact* contact = contacts->contact(call.institutionContactId))
            return contact->displayName();
    }
    const QString& number =
        call.direction == CallDirection::Inbound ? call.fromNumber : call.toNumber;
    return CallFormatter::phoneNumber(number);
}

QVariant CallColumnText::header(int section, int role)
{
    if (section < 0 || section >= CallColumn::Count)
        return {};
    if (role == Qt::ToolTipRole) {
        const bool serverSorted = section == CallColumn::When || section == CallColumn::Duration;
        return serverSorted
            ? tr("Sorting by this column asks the server, so it covers every call of the case")
            : tr("Sorting by this column orders only the calls loaded so far");
    }
    if (role != Qt::DisplayRole)
        return {};
    static const char* const titles[CallColumn::Count] = {
        QT_TRANSLATE_NOOP("CallsTableModel", "When"),
        QT_TRANSLATE_NOOP("CallsTableModel", "Direction"),
        QT_TRANSLATE_NOOP("CallsTableModel", "Counterpart"),
        QT_TRANSLATE_NOOP("CallsTableModel", "Status"),
        QT_TRANSLATE_NOOP("CallsTableModel", "Duration"),
        QT_TRANSLATE_NOOP("CallsTableModel", "Recording"),
        QT_TRANSLATE_NOOP("CallsTableModel", "Open items"),
        QT_TRANSLATE_NOOP("CallsTableModel", "Called by"),
        QT_TRANSLATE_NOOP("CallsTableModel", "Summary"),
    };
    return tr(titles[section]);
}
