// SPDX-License-Identifier: MIT
#pragma once

#include "Call.h"

#include <QWidget>

class QLabel;
class QToolButton;
class QVBoxLayout;

// A call's action items as a read-only checklist with its open count and a "Copy as text"
// button. The API cannot update a call, so ticking items off here would be a lie.
class ActionItemChecklist : public QWidget {
    Q_OBJECT
public:
    explicit ActionItemChecklist(QWidget* parent = nullptr);

    // emptyMessage replaces "No action items were found in this call." when there are none.
    void setItems(const QList<ActionItem>& items, const QString& emptyMessage = QString());
    const QList<ActionItem>& items() const { return m_items; }

    // One line per item: "[ ] description" or "[x] description".
    static QString asText(const QList<ActionItem>& items);

private:
    void clearRows();
    void addRow(const ActionItem& item);
    void copyAsText() const;

    QList<ActionItem> m_items;
    QLabel* m_count;
    QToolButton* m_copy;
    QLabel* m_empty;
    QWidget* m_rows;
    QVBoxLayout* m_rowsLayout;
};
