// SPDX-License-Identifier: MIT
#include "WaveformView.h"

#include "PlayerTime.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace {
constexpr int margin = 2;
}

WaveformView::WaveformView(QWidget* parent) : QWidget(parent)
{
    PlayerAccessible::install();
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setAccessibleName(tr("Waveform"));
    setAccessibleDescription(tr("Click or use the arrow keys to move through the recording"));
    setCursor(Qt::PointingHandCursor);
}

void WaveformView::setPeaks(const QList<float>& peaks, int windowsPerSecond)
{
    m_peaks = peaks;
    m_windowsPerSecond = qMax(1, windowsPerSecond);
    m_message.clear();
    update();
}

void WaveformView::clearPeaks(const QString& message)
{
    m_peaks.clear();
    m_message = message;
    update();
}

void WaveformView::setDuration(qint64 ms)
{
    m_duration = qMax<qint64>(0, ms);
    update();
}

void WaveformView::setPosition(qint64 ms)
{
    const qint64 clamped = qBound<qint64>(0, ms, qMax<qint64>(0, m_duration));
    if (clamped == m_position)
        return;
    const bool newSecond = clamped / 1000 != m_position / 1000;
    const int oldX = xForTime(m_position);
    m_position = clamped;
    const int newX = xForTime(m_position);
    // Only the strip between the old and new playhead changes.
    update(QRect(QPoint(qMin(oldX, newX) - 2, 0), QPoint(qMax(oldX, newX) + 2, height())));
    if (newSecond) {
        setToolTip(PlayerTime::ofTotal(m_position, m_duration));
        if (QAccessible::isActive()) {
            QAccessibleValueChangeEvent event(this, m_position);
            QAccessible::updateAccessibility(&event);
        }
    }
}

int WaveformView::xForTime(qint64 ms) const
{
    const int span = width() - 2 * margin;
    if (m_duration <= 0 || span <= 0)
        return margin;
    return margin + int(double(qBound<qint64>(0, ms, m_duration)) * span / double(m_duration));
}

qint64 WaveformView::timeForX(int x) const
{
    const int span = width() - 2 * margin;
    if (span <= 0)
        return 0;
    const double fraction = qBound(0.0, double(x - margin) / span, 1.0);
    return qint64(std::llround(fraction * double(m_duration)));
}

void WaveformView::requestSeek(qint64 ms)
{
    if (m_duration <= 0)
        return;
    const qint64 target = qBound<qint64>(0, ms, m_duration);
    setPosition(target);
    emit seekRequested(target);
}

QList<float> WaveformView::columns(int width) const
{
    QList<float> result(qMax(0, width), 0.0f);
    if (m_peaks.isEmpty() || m_duration <= 0 || width <= 0)
        return result;
    const double windowsPerColumn = double(m_duration) / 1000.0 * m_windowsPerSecond / width;
    for (int column = 0; column < width; ++column) {
        const auto first = qsizetype(column * windowsPerColumn);
        const auto last = qMax(first + 1, qsizetype((column + 1) * windowsPerColumn));
        float peak = 0;
        for (qsizetype i = first; i < last && i < m_peaks.size(); ++i)
            peak = qMax(peak, m_peaks.at(i));
        result[column] = peak;
    }
    return result;
}

void WaveformView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QPalette& pal = palette();
    const QRect area = rect().adjusted(0, 0, -1, -1);
    painter.setPen(hasFocus() ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid));
    painter.setBrush(pal.color(QPalette::Base));
    painter.drawRoundedRect(area, 4, 4);
    const int mid = height() / 2;
    const int halfHeight = height() / 2 - 2 * margin;
    const int playheadX = xForTime(m_position);
    if (m_peaks.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawLine(margin + 2, mid, width() - margin - 2, mid);
        if (!m_message.isEmpty()) {
            const QRect textRect = fontMetrics().boundingRect(m_message).adjusted(-6, -2, 6, 2);
            QRect box(QPoint(0, 0), textRect.size());
            box.moveCenter(rect().center());
            painter.fillRect(box, pal.color(QPalette::Base));
            painter.drawText(box, Qt::AlignCenter, m_message);
        }
    } else {
        const QList<float> peaks = columns(width() - 2 * margin);
        float loudest = 0.05f;
        for (float peak : peaks)
            loudest = qMax(loudest, peak);
        const QColor played = pal.color(QPalette::Highlight);
        QColor ahead = pal.color(QPalette::Text);
        ahead.setAlphaF(0.45f);
        for (int column = 0; column < peaks.size(); ++column) {
            const int x = margin + column;
            // A square root keeps quiet speech visible next to loud hold music.
            const int half = qMax(1, int(std::sqrt(peaks.at(column) / loudest) * halfHeight));
            painter.setPen(x <= playheadX ? played : ahead);
            painter.drawLine(x, mid - half, x, mid + half);
        }
    }
    if (m_duration > 0) {
        painter.setPen(QPen(pal.color(QPalette::WindowText), 2));
        painter.drawLine(playheadX, margin, playheadX, height() - margin - 1);
    }
}

void WaveformView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    setFocus(Qt::MouseFocusReason);
    requestSeek(timeForX(event->position().toPoint().x()));
}

void WaveformView::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() & Qt::LeftButton)
        requestSeek(timeForX(event->position().toPoint().x()));
}

void WaveformView::keyPressEvent(QKeyEvent* event)
{
    const qint64 step = event->modifiers() & Qt::ShiftModifier ? 15000 : 5000;
    switch (event->key()) {
    case Qt::Key_Left:
        requestSeek(m_position - step);
        break;
    case Qt::Key_Right:
        requestSeek(m_position + step);
        break;
    case Qt::Key_PageUp:
        requestSeek(m_position - 15000);
        break;
    case Qt::Key_PageDown:
        requestSeek(m_position + 15000);
        break;
    case Qt::Key_Home:
        requestSeek(0);
        break;
    case Qt::Key_End:
        requestSeek(m_duration);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}
