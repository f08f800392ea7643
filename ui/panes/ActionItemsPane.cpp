// SPDX-License-Identifier: MIT
#include "ActionItemsPane.h"

#include "ActionItemsModel.h"
#include "CallsTableModel.h"
#include "PlainLabel.h"
#include "PlainToolTipDelegate.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

ActionItemsPane::ActionItemsPane(ActionItemsModel* items, QWidget* parent)
    : QWidget(parent), m_items(items), m_view(new QListView(this)), m_hint(new PlainLabel(this))
{
    m_view->setObjectName(QStringLiteral("actionItemsView"));
    m_view->setAccessibleName(tr("Action items of the loaded calls"));
    m_view->setModel(items);
    m_view->setUniformItemSizes(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setItemDelegate(new PlainToolTipDelegate(m_view)); // tooltips quote the server
    m_hint->setWordWrap(true);
    m_hint->setText(
        tr("Open items first, newest call first. Enter or double-click jumps to the call."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_hint);

    connect(m_view, &QListView::activated, this, [this](const QModelIndex& index) {
        emit callActivated(index.data(ActionItemsModel::CallIdRole).toString());
    });
    connect(items, &ActionItemsModel::openCountChanged, this, &ActionItemsPane::updateTitle);
    connect(items, &ActionItemsModel::updated, this, &ActionItemsPane::updateTitle);
    updateTitle();
}

QString ActionItemsPane::title() const
{
    // Until every call is loaded the count is a lower bound, and the title must say so.
    const CallsTableModel* calls = m_items->sourceModel();
    if (calls && calls->hasMore() && calls->totalCount())
        return tr("Action items (%L1 open in %L2 of %Ln calls)", nullptr, *calls->totalCount())
            .arg(m_items->openCount())
            .arg(calls->rowCount());
    return tr("Action items (%Ln open)", nullptr, m_items->openCount());
}

void ActionItemsPane::updateTitle()
{
    emit titleChanged(title());
}
