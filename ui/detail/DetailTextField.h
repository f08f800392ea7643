// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextEdit>

// Read-only, selectable text from the server (summary, notes) that grows to fit its content
// inside a scroll area. The text is inserted as plain text: markup shows as the characters it is.
class DetailTextField : public QTextEdit {
    Q_OBJECT
public:
    explicit DetailTextField(QWidget* parent = nullptr);

    void setPlainContent(const QString& text);
    void setHighlightTerms(const QStringList& terms);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitHeightToDocument();
    void applyHighlights();

    QStringList m_terms;
};
