// SPDX-License-Identifier: MIT
#pragma once

#include <QValidator>

// Checks a case id as it is typed: letters are upper-cased, blanks dropped, characters that
// can never be in a ULID (I, L, O, U, punctuation) refused; Intermediate until 26 characters.
class UlidValidator : public QValidator {
    Q_OBJECT
public:
    explicit UlidValidator(QObject* parent = nullptr);

    State validate(QString& input, int& pos) const override;
    void fixup(QString& input) const override;

    // What is wrong with `text` in words for the user; empty when it is a ULID.
    static QString problem(const QString& text);
};
