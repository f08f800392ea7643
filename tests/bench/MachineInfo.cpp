// SPDX-License-Identifier: MIT
#include "MachineInfo.h"

#include <QFile>
#include <QThread>
#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace {
QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString cpuModel()
{
    for (const QByteArray& line : readFile(u"/proc/cpuinfo"_s).split('\n')) {
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return u"unknown CPU"_s;
}
} // namespace

QString MachineInfo::loadAverage()
{
    const QList<QByteArray> fields = readFile(u"/proc/loadavg"_s).split(' ');
    if (fields.size() < 3)
        return u"unknown"_s;
    return QString::fromLatin1(fields.at(0) + ' ' + fields.at(1) + ' ' + fields.at(2));
}

QString MachineInfo::summary()
{
    return u"%1, %2 cores, Qt %3 (runtime %4), %5 build"_s.arg(cpuModel())
        .arg(QThread::idealThreadCount())
        .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
             QStringLiteral(CASECALLS_BUILD_TYPE));
}
