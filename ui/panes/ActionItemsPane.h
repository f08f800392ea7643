// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class ActionItemsModel;
class QListView;
class QLabel;

// Every action item across the loaded calls, open ones first; activating one jumps to its call.
class ActionItemsPane : public QWidget {
    Q_OBJECT
public:
    explicit ActionItemsPane(ActionItemsModel* items, QWidget* parent = nullptr);

    QListView* view() const { return m_view; }
    // "Action items (4 open)", for the dock's title.
    QString title() const;

signals:
    void callActivated(const QString& callId);
    void titleChanged(const QString& title);

private:
    void updateTitle();

    ActionItemsModel* m_items;
    QListView* m_view;
    QLabel* m_hint;
};
