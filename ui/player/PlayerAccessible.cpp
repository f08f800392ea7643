// SPDX-License-Identifier: MIT
#include "PlayerAccessible.h"

#include "PlayerSeekSlider.h"
#include "PlayerTime.h"
#include "WaveformView.h"

namespace {
QAccessibleInterface* positionFactory(const QString& className, QObject* object)
{
    if (className == QLatin1String("WaveformView"))
        return new PlayerAccessible(static_cast<WaveformView*>(object),
                                    static_cast<WaveformView*>(object));
    if (className == QLatin1String("PlayerSeekSlider"))
        return new PlayerAccessible(static_cast<PlayerSeekSlider*>(object),
                                    static_cast<PlayerSeekSlider*>(object));
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
