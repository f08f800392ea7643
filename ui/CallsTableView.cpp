// SPDX-License-Identifier: MIT
#include "CallsTableView.h"

#include "CallColumns.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>

CallsTableView::CallsTableView(QWidget* parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("callsView"));
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
