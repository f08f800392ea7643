// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
struct ApiError;

// A strip above the table that says what went wrong, with the server's request id copyable and
// the next step (Retry) one click away. It never replaces what is already shown.
class ErrorBanner : public QFrame {
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget* parent = nullptr);

    void showError(const ApiError& error);
    void showMessage(const QString& message);
    QString text() const;

signals:
    void retryRequested();

private:
    QLabel* m_message;
    QPushButton* m_retry;
    QPushButton* m_copyRequestId;
    QString m_requestId;
};
