// SPDX-License-Identifier: MIT
#pragma once

#include <QAccessibleWidget>

// Screen readers hear the player's position as "3:12 of 14:05", not a bare number: an
// accessible slider for the seek slider and the waveform, which both implement
// PlayerAccessible::Position. Install once with PlayerAccessible::install().
class PlayerAccessible : public QAccessibleWidget, public QAccessibleValueInterface {
public:
    // What a position widget tells the accessible interface.
    class Position {
    public:
        virtual ~Position() = default;
        virtual qint64 accessiblePosition() const = 0;
        virtual qint64 accessibleDuration() const = 0;
        virtual void accessibleSeek(qint64 ms) = 0;
    };

    PlayerAccessible(QWidget* widget, Position* position);
    static void install();

    QString text(QAccessible::Text t) const override;
    void* interface_cast(QAccessible::InterfaceType type) override;
    QVariant currentValue() const override;
    void setCurrentValue(const QVariant& value) override;
    QVariant maximumValue() const override;
    QVariant minimumValue() const override;
    QVariant minimumStepSize() const override;

private:
    Position* m_position;
};
