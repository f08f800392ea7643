// SPDX-License-Identifier: MIT
#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>

#include <functional>

class PlayerPane;
class QShortcut;
class QWidget;

// The player's keys, active while the keyboard is anywhere inside `scope` (the detail view):
// Space play/pause, Left/Right 5 s, Shift+Left/Right 15 s, [ / ] slower/faster, 0 normal.
// Widgets that use a key themselves (text fields, the transcript's cursor keys) claim it through
// Qt's shortcut override, so typing is never taken over; the calls table is outside `scope`.
class PlayerShortcuts : public QObject {
    Q_OBJECT
public:
    PlayerShortcuts(PlayerPane* player, QWidget* scope);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void add(const QKeySequence& key, const std::function<void()>& action);
    void onSpace();

    PlayerPane* m_player;
    QWidget* m_scope;
    QList<QShortcut*> m_shortcuts;
};
