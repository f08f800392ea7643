// SPDX-License-Identifier: MIT
#include "CallsTableView.h"

#include "CallCellDelegate.h"
#include "CallColumns.h"
#include "CallFormatter.h"
#include "CallStatus.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>

#include <algorithm>

CallsTableView::CallsTableView(QWidget* parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("callsView"));
    setItemDelegate(new CallCellDelegate(this)); // also shows tooltips as plain text
    setAccessibleName(tr("Calls"));
    setSelectionBehavior(SelectRows);
    setSelectionMode(SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false); // Tab leaves the table, as everywhere else
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionsClickable(true);
    horizontalHeader()->setSortIndicatorShown(true);
    horizontalHeader()->setHighlightSections(false);
    connect(horizontalHeader(), &QHeaderView::sectionClicked, this,
            &CallsTableView::onHeaderClicked);
}

QString CallsTableView::currentCallId() const
{
    return currentIndex().data(CallRole::Id).toString();
}

bool CallsTableView::selectCall(const QString& callId)
{
    if (!model())
        return false;
    const QModelIndexList found =
        model()->match(model()->index(0, 0), CallRole::Id, callId, 1, Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    setCurrentIndex(found.first());
    scrollTo(found.first());
    return true;
}

void CallsTableView::showServerSort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    horizontalHeader()->setSortIndicator(column, order);
}

void CallsTableView::setEmptyText(const QString& text)
{
    if (text == m_emptyText)
        return;
    m_emptyText = text;
    setAccessibleDescription(text);
    viewport()->update();
}

void CallsTableView::paintEvent(QPaintEvent* event)
{
    QTableView::paintEvent(event);
    if (m_emptyText.isEmpty() || !model() || model()->rowCount() > 0)
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(24, 24, -24, -24),
                     Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
}

void CallsTableView::keyPressEvent(QKeyEvent* event)
{
    // j/k move like Down/Up, for people who live on the home row.
    if (event->modifiers() == Qt::NoModifier
        && (event->key() == Qt::Key_J || event->key() == Qt::Key_K)) {
        const int key = event->key() == Qt::Key_J ? Qt::Key_Down : Qt::Key_Up;
        QKeyEvent arrow(event->type(), key, Qt::NoModifier);
        QTableView::keyPressEvent(&arrow);
        return;
    }
    QTableView::keyPressEvent(event);
}

void CallsTableView::currentChanged(const QModelIndex& current, const QModelIndex& previous)
{
    QTableView::currentChanged(current, previous);
    if (current.row() != previous.row() || current.model() != previous.model())
        emit currentCallChanged(current.data(CallRole::Id).toString());
}

void CallsTableView::onHeaderClicked(int column)
{
    const Qt::SortOrder order = column == m_sortColumn && m_sortOrder == Qt::DescendingOrder
        ? Qt::AscendingOrder
        : Qt::DescendingOrder;
    m_sortColumn = column;
    m_sortOrder = order;
    horizontalHeader()->setSortIndicator(column, order);
    if (isServerSorted(column)) {
        // Server order: the local sort steps aside.
        model()->sort(-1);
        emit serverSortRequested(column, order);
    } else {
        model()->sort(column, order);
    }
}

bool CallsTableView::isServerSorted(int column)
{
    return column == CallColumn::When || column == CallColumn::Duration;
}

void CallsTableView::sizeColumns()
{
    // Wide enough for each title and status name in the current language: Spanish ones are
    // longer than English, and a cut-off title hides what the column is.
    const int em = fontMetrics().horizontalAdvance(u'M');
    const QFontMetrics header = horizontalHeader()->fontMetrics();
    const auto fit = [&](int column, int minimum, const QString& widestValue = {}) {
        const QString title = model()->headerData(column, Qt::Horizontal).toString();
        const int needed = std::max(header.horizontalAdvance(title) + 2 * em, // the sort arrow
                                    fontMetrics().horizontalAdvance(widestValue) + em);
        setColumnWidth(column, std::max(minimum, needed));
    };
    const auto widest = [this](const QStringList& names) {
        return *std::ranges::max_element(names, {}, [this](const QString& name) {
            return fontMetrics().horizontalAdvance(name);
        });
    };
    QStringList statuses;
    for (int status = 0; status < int(CallStatus::Unknown); ++status)
        statuses << CallFormatter::status(callStatusToWire(static_cast<CallStatus>(status)));
    QStringList recordingStatuses;
    for (const QString& wire : CallFormatter::knownRecordingStatuses())
        recordingStatuses << CallFormatter::recordingStatus(wire);
    // A date from an earlier year, late in the day: the widest the column shows in this locale.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime wideWhen = now; // in UTC, as the server's times are
    wideWhen.setDate(QDate(now.date().year() - 1, 12, 28));
    wideWhen.setTime(QTime(22, 58));
    fit(CallColumn::When, 11 * em, CallFormatter::when(wideWhen, now));
    setColumnWidth(CallColumn::Direction, 3 * em);
    fit(CallColumn::Counterpart, 18 * em);
    fit(CallColumn::Status, 7 * em, widest(statuses));
    fit(CallColumn::Duration, 5 * em);
    // Calls with a recording show an icon; the others say why there is none.
    setColumnWidth(
        CallColumn::Recording,
        std::max(3 * em, fontMetrics().horizontalAdvance(widest(recordingStatuses)) + em));
    fit(CallColumn::OpenActionItems, 4 * em);
    fit(CallColumn::CalledBy, 8 * em);
}
