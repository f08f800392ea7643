// SPDX-License-Identifier: MIT
#include "DiagnosticLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

struct LogState {
    QMutex mutex;
    QFile file;
    QStringList secrets;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

LogState& state()
{
    static LogState instance;
    return instance;
}

QString levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return u"debug"_s;
    case QtInfoMsg:
        return u"info"_s;
    case QtWarningMsg:
        return u"warning"_s;
    case QtCriticalMsg:
        return u"critical"_s;
    case QtFatalMsg:
        return u"fatal"_s;
    }
    return u"?"_s;
}

// Called from any thread; a line is written whole, under the lock.
void writeLine(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    LogState& log = state();
    const QString safeMessage = DiagnosticLog::redacted(message);
    const QString line = u"%1 %2 %3: %4\n"_s.arg(
        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), levelName(type),
        QString::fromUtf8(context.category ? context.category : "default"), safeMessage);
    QtMessageHandler previous = nullptr;
    {
        QMutexLocker locker(&log.mutex);
        if (log.file.isOpen()) {
            log.file.write(line.toUtf8());
            log.file.flush();
        }
        previous = log.previous;
    }
    // The previous handler (stderr) sees the redacted text too.
    if (previous)
        previous(type, context, safeMessage);
}

bool openLogFile(QFile& file, const QString& directory, QString* error)
{
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (!QDir().mkpath(directory))
        return fail(QCoreApplication::translate("DiagnosticLog", "Cannot create %1.")
                        .arg(QDir::toNativeSeparators(directory)));
    QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString path = QDir(directory).filePath(u"casecalls.log"_s);
    if (QFileInfo(path).size() > DiagnosticLog::rotateAtBytes) {
        const QString older = path + u".1"_s;
        QFile::remove(older);
        QFile::rename(path, older);
    }
    file.setFileName(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return fail(file.errorString());
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

} // namespace

bool DiagnosticLog::install(const QString& directory, QString* error)
{
    LogState& log = state();
    QMutexLocker locker(&log.mutex);
    if (log.installed)
        return true;
    if (!openLogFile(log.file, directory, error))
        return false;
    log.installed = true;
    log.previous = qInstallMessageHandler(&writeLine);
    return true;
}

void DiagnosticLog::uninstall()
{
    LogState& log = state();
    QMutexLocker locker(&log.mutex);
    if (!log.installed)
        return;
    qInstallMessageHandler(log.previous);
    log.previous = nullptr;
    log.file.close();
    log.installed = false;
}

QString DiagnosticLog::filePath()
{
    LogState& log = state();
    QMutexLocker locker(&log.mutex);
    return log.file.fileName();
}

void DiagnosticLog::addSecret(const QString& secret)
{
    // Short strings would redact ordinary words; real tokens are long.
    if (secret.size() < 8)
        return;
    LogState& log = state();
    QMutexLocker locker(&log.mutex);
    if (!log.secrets.contains(secret))
        log.secrets.append(secret);
}

QString DiagnosticLog::redacted(const QString& line)
{
    static const QRegularExpression bearer(u"(Bearer\\s+)[^\\s\"',;]+"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    QString result = line;
    result.replace(bearer, u"\\1[redacted]"_s);
    LogState& log = state();
    QMutexLocker locker(&log.mutex);
    for (const QString& secret : std::as_const(log.secrets))
        result.replace(secret, u"[redacted]"_s);
    return result;
}
