// SPDX-License-Identifier: MIT
#include "ActionItemChecklist.h"

#include "DetailReadOnlyCheckBox.h"
#include "PlainLabel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QString readOnlyHint()
{
    return ActionItemChecklist::tr(
        "Action items are read-only here: the service does not let the app update a call.");
}
} // namespace

ActionItemChecklist::ActionItemChecklist(QWidget* parent)
    : QWidget(parent),
      m_count(new PlainLabel(this)),
      m_copy(new QToolButton(this)),
      m_empty(new PlainLabel(this)),
      m_rows(new QWidget(this)),
      m_rowsLayout(new QVBoxLayout(m_rows))
{
    auto* heading = new QLabel(tr("Action items"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_count->setObjectName(u"actionItemCount"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_copy->setObjectName(u"copyActionItems"_s);
    m_copy->setText(tr("Copy as text"));
    m_copy->setAccessibleName(tr("Copy action items as text"));
    m_copy->setToolTip(tr("Copy the action items as a plain-text checklist"));
    m_empty->setObjectName(u"actionItemsEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_rows->setToolTip(readOnlyHint());
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);

    auto* headingRow = new QHBoxLayout;
    headingRow->addWidget(heading);
    headingRow->addWidget(m_count);
    headingRow->addStretch();
    headingRow->addWidget(m_copy);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(headingRow);
    layout->addWidget(m_rows);
    layout->addWidget(m_empty);
    connect(m_copy, &QToolButton::clicked, this, &ActionItemChecklist::copyAsText);
    setItems({});
}

void ActionItemChecklist::setItems(const QList<ActionItem>& items, const QString& emptyMessage)
{
    m_empty->setText(emptyMessage.isEmpty() ? tr("No action items were found in this call.")
                                            : emptyMessage);
    m_items = items;
    clearRows();
    for (const ActionItem& item : items)
        addRow(item);
    const int open = int(std::ranges::count_if(items, [](const auto& i) { return !i.completed; }));
    m_count->setText(items.isEmpty() ? QString()
                                     : tr("%Ln open of %L1", nullptr, open).arg(items.size()));
    m_empty->setVisible(items.isEmpty());
    m_rows->setVisible(!items.isEmpty());
    m_copy->setVisible(!items.isEmpty());
}

QString ActionItemChecklist::asText(const QList<ActionItem>& items)
{
    QStringList lines;
    for (const ActionItem& item : items)
        lines.append((item.completed ? u"[x] "_s : u"[ ] "_s) + item.description);
    return lines.join(u'\n');
}

void ActionItemChecklist::clearRows()
{
    while (QLayoutItem* row = m_rowsLayout->takeAt(0)) {
        delete row->widget();
        delete row;
    }
}

void ActionItemChecklist::addRow(const ActionItem& item)
{
    auto* row = new QWidget(m_rows);
    auto* box = new DetailReadOnlyCheckBox(row);
    box->setObjectName(u"actionItemCheck"_s);
    box->setChecked(item.completed);
    box->setAccessibleName(item.description);
    box->setAccessibleDescription(item.completed ? tr("Done") : tr("Open"));
    box->setToolTip(readOnlyHint());
    auto* text = new PlainLabel(item.description, row);
    text->setObjectName(u"actionItemText"_s);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setToolTip(readOnlyHint());
    if (item.completed)
        text->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box, 0, Qt::AlignTop);
    layout->addWidget(text, 1);
    m_rowsLayout->addWidget(row);
}

void ActionItemChecklist::copyAsText() const
{
    QGuiApplication::clipboard()->setText(asText(m_items));
}
