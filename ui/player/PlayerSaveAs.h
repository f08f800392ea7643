// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;
struct Call;

// "Save recording as…": the downloaded file copied unchanged, so the original format is kept.
class PlayerSaveAs {
    Q_DECLARE_TR_FUNCTIONS(PlayerSaveAs)
public:
    // "2025-03-14 Chase Bank.mp3": the call's local date and the counterpart (or the number),
    // with characters that file systems refuse replaced.
    static QString suggestedFileName(const Call& call, const QString& counterpart,
                                     const QString& cachedFile);
    static bool copy(const QString& cachedFile, const QString& target, QString* whyNot);
    // A save dialog starting at `suggested` in the documents folder; reports failures.
    static void ask(QWidget* parent, const QString& cachedFile, const QString& suggested);
};
