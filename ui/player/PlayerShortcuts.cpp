// SPDX-License-Identifier: MIT
#include "PlayerShortcuts.h"

#include "PlayerPane.h"

#include <QAbstractButton>
#include <QApplication>
#include <QEvent>
#include <QShortcut>

PlayerShortcuts::PlayerShortcuts(PlayerPane* player, QWidget* scope)
    : QObject(scope), m_player(player), m_scope(scope)
{
    add(QKeySequence(Qt::Key_Space), [this] { onSpace(); });
    add(QKeySequence(Qt::Key_Left), [this] { m_player->jump(-5000); });
    add(QKeySequence(Qt::Key_Right), [this] { m_player->jump(5000); });
    add(QKeySequence(Qt::SHIFT | Qt::Key_Left), [this] { m_player->jump(-15000); });
    add(QKeySequence(Qt::SHIFT | Qt::Key_Right), [this] { m_player->jump(15000); });
    add(QKeySequence(Qt::Key_BracketLeft), [this] { m_player->slower(); });
    add(QKeySequence(Qt::Key_BracketRight), [this] { m_player->faster(); });
    add(QKeySequence(Qt::Key_0), [this] { m_player->normalSpeed(); });
    player->installEventFilter(this);
}

bool PlayerShortcuts::eventFilter(QObject* watched, QEvent* event)
{
    // A hidden player (a call without a recording) leaves the keys to the other widgets.
    if (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent) {
        for (QShortcut* shortcut : std::as_const(m_shortcuts))
            shortcut->setEnabled(!m_player->isHidden());
    }
    return QObject::eventFilter(watched, event);
}

void PlayerShortcuts::add(const QKeySequence& key, const std::function<void()>& action)
{
    auto* shortcut = new QShortcut(key, m_scope);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    shortcut->setAutoRepeat(key != QKeySequence(Qt::Key_Space));
    shortcut->setEnabled(!m_player->isHidden());
    connect(shortcut, &QShortcut::activated, this, action);
    m_shortcuts.append(shortcut);
}

void PlayerShortcuts::onSpace()
{
    // Space on a focused button (mute, a jump) presses that button, as everywhere else.
    auto* button = qobject_cast<QAbstractButton*>(QApplication::focusWidget());
    if (button && button != m_player->playPauseButton() && m_scope->isAncestorOf(button)) {
        button->animateClick();
        return;
    }
    m_player->togglePlayPause();
}
