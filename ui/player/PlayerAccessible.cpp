// SPDX-License-Identifier: MIT
#include "PlayerAccessible.h"

#include "PlayerTime.h"

#include <QWidget>

namespace {
// Asks the object for the interface rather than knowing which classes have it, so this file
// needs neither WaveformView nor PlayerSeekSlider (both include it). Qt calls the factory with
// the most derived class first: the first answer wins.
QAccessibleInterface* positionFactory(const QString&, QObject* object)
{
    auto* widget = qobject_cast<QWidget*>(object);
    auto* position = dynamic_cast<PlayerAccessible::Position*>(object);
    if (widget && position)
        return new PlayerAccessible(widget, position);
    return nullptr;
}
} // namespace

PlayerAccessible::PlayerAccessible(QWidget* widget, Position* position)
    : QAccessibleWidget(widget, QAccessible::Slider), m_position(position)
{
}

void PlayerAccessible::install()
{
    static bool installed = false;
    if (!installed)
        QAccessible::installFactory(positionFactory);
    installed = true;
}

QString PlayerAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Value)
        return PlayerTime::ofTotal(m_position->accessiblePosition(),
                                   m_position->accessibleDuration());
    return QAccessibleWidget::text(t);
}

void* PlayerAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::ValueInterface)
        return static_cast<QAccessibleValueInterface*>(this);
    return QAccessibleWidget::interface_cast(type);
}

QVariant PlayerAccessible::currentValue() const
{
    return m_position->accessiblePosition();
}

void PlayerAccessible::setCurrentValue(const QVariant& value)
{
    m_position->accessibleSeek(value.toLongLong());
}

QVariant PlayerAccessible::maximumValue() const
{
    return m_position->accessibleDuration();
}

QVariant PlayerAccessible::minimumValue() const
{
    return 0;
}

QVariant PlayerAccessible::minimumStepSize() const
{
    return 5000;
}
