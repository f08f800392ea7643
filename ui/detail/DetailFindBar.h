// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

// Find-in-text controls: a field, previous / next buttons and "3 of 12". It only asks; the
// owner searches and reports the count back.
class DetailFindBar : public QWidget {
    Q_OBJECT
public:
    explicit DetailFindBar(QWidget* parent = nullptr);

    QString text() const;
    void setMatch(qsizetype current, qsizetype total);
    void focusField();

signals:
    void textChanged(const QString& text);
    void nextRequested();
    void previousRequested();

private:
    QLineEdit* m_field;
    QToolButton* m_previous;
    QToolButton* m_next;
    QLabel* m_count;
};
