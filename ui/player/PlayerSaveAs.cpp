// SPDX-License-Identifier: MIT
#include "PlayerSaveAs.h"

#include "Call.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

QString PlayerSaveAs::suggestedFileName(const Call& call, const QString& counterpart,
                                        const QString& cachedFile)
{
    const QDateTime when = call.startedAt.isValid() ? call.startedAt : call.createdAt;
    QString who = counterpart;
    if (who.isEmpty())
        who = call.directionWire == "inbound"_L1 ? call.fromNumber : call.toNumber;
    static const QRegularExpression unsafe(u"[\\\\/:*?\"<>|\\x00-\\x1f]+"_s);
    who = who.replace(unsafe, u"-"_s).simplified().left(80);
    QStringList parts;
    if (when.isValid())
        parts.append(when.toLocalTime().toString(u"yyyy-MM-dd HH.mm"_s));
    if (!who.isEmpty())
        parts.append(who);
    if (parts.isEmpty())
        parts.append(tr("Recording"));
    const QString suffix = QFileInfo(cachedFile).suffix();
    return parts.join(u' ') + u'.' + (suffix.isEmpty() ? u"mp3"_s : suffix);
}

bool PlayerSaveAs::copy(const QString& cachedFile, const QString& target, QString* whyNot)
{
    const auto refuse = [whyNot](const QString& reason) {
        if (whyNot)
            *whyNot = reason;
        return false;
    };
    if (cachedFile.isEmpty() || !QFile::exists(cachedFile))
        return refuse(tr("The recording has not been downloaded yet."));
    QFile source(cachedFile);
    if (!source.open(QIODevice::ReadOnly))
        return refuse(tr("The recording could not be saved: %1").arg(source.errorString()));
    // Written beside the target and renamed over it at the end: an existing file is replaced
    // only by a complete copy, never left half-written.
    QSaveFile saved(target);
    if (!saved.open(QIODevice::WriteOnly))
        return refuse(tr("%1 exists and cannot be replaced.").arg(target));
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || saved.write(chunk) != chunk.size()) {
            saved.cancelWriting();
            break;
        }
    }
    if (!saved.commit())
        return refuse(tr("The recording could not be saved: %1").arg(saved.errorString()));
    return true;
}

void PlayerSaveAs::ask(QWidget* parent, const QString& cachedFile, const QString& suggested)
{
    if (cachedFile.isEmpty())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suffix = QFileInfo(suggested).suffix();
    const QString target =
        QFileDialog::getSaveFileName(parent, tr("Save Recording As"), folder + u'/' + suggested,
                                     tr("%1 audio (*.%2)").arg(suffix.toUpper(), suffix));
    if (target.isEmpty())
        return;
    QString whyNot;
    if (!copy(cachedFile, target, &whyNot))
        QMessageBox::warning(parent, tr("Save Recording As"), whyNot);
}
