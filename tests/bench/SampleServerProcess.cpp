// SPDX-License-Identifier: MIT
#include "SampleServerProcess.h"

#include <QDeadlineTimer>

using namespace Qt::StringLiterals;

SampleServerProcess::~SampleServerProcess()
{
    stop();
}

QString SampleServerProcess::executable()
{
    return QStringLiteral(CASECALLS_SAMPLE_API_PATH);
}

bool SampleServerProcess::start(const QStringList& arguments, int timeoutMs)
{
    stop();
    m_baseUrl.clear();
    m_caseId.clear();
    m_token.clear();
    m_pending.clear();
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setProgram(executable());
    m_process.setArguments(arguments);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = u"cannot start %1: %2"_s.arg(executable(), m_process.errorString());
        return false;
    }
    // A blocking wait is fine here: the server is another process and nothing else runs yet.
    const QDeadlineTimer deadline(timeoutMs);
    while (m_token.isEmpty() && !deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running) {
            m_error = u"the server exited: %1"_s.arg(
                QString::fromLocal8Bit(m_process.readAllStandardError()).trimmed());
            return false;
        }
        if (m_process.waitForReadyRead(int(std::min<qint64>(deadline.remainingTime(), 1000))))
            readLines();
    }
    if (m_token.isEmpty() || !m_baseUrl.isValid() || m_caseId.isEmpty()) {
        m_error = u"the server did not say where it listens within %1 ms"_s.arg(timeoutMs);
        stop();
        return false;
    }
    return true;
}

void SampleServerProcess::readLines()
{
    m_pending += m_process.readAllStandardOutput();
    qsizetype newline = 0;
    while ((newline = m_pending.indexOf('\n')) >= 0) {
        const QByteArray line = m_pending.left(newline).trimmed();
        m_pending.remove(0, newline + 1);
        const QString value = QString::fromUtf8(line.mid(line.indexOf('=') + 1));
        if (line.startsWith("base_url="))
            m_baseUrl = QUrl(value);
        else if (line.startsWith("case_id="))
            m_caseId = value;
        else if (line.startsWith("token="))
            m_token = value;
    }
}

void SampleServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}
