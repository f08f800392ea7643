// SPDX-License-Identifier: MIT
#pragma once
#include <QLabel>

// A label that shows its text as it is: markup from the server ("<b>", "<img src=...>", links)
// is shown literally, never rendered, never fetched. The one home of "server text is plain
// text" for labels: every label that may show server or backend text is a PlainLabel, and
// labels made by Qt (a QInputDialog's) go through makePlain().
class PlainLabel : public QLabel {
    Q_OBJECT
public:
    explicit PlainLabel(QWidget* parent = nullptr);
    explicit PlainLabel(const QString& text, QWidget* parent = nullptr);

    // For a label this code did not create.
    static void makePlain(QLabel* label);
};
