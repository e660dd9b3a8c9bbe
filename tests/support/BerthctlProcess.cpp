#include "BerthctlProcess.h"

#include <QDebug>
#include <QDir>
#include <QProcess>
#include <QTest>

BerthctlProcess::BerthctlProcess(const QString &home)
    : m_home(home)
{ }

BerthctlRun BerthctlProcess::run(const QStringList &args, const QByteArray &stdinData, int timeoutMs)
{
    QProcess p;
    if (!m_home.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QDir home(m_home);
        env.insert(QStringLiteral("HOME"), m_home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        p.setProcessEnvironment(env);
    }
    BerthctlRun r;
    p.start(qEnvironmentVariable("BERTHCTL"), args);
    if (p.waitForStarted(10000)) {
        p.write(stdinData);
        p.closeWriteChannel();
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            r.err = "(killed after " + QByteArray::number(timeoutMs) + " ms)\n";
        } else if (p.exitStatus() == QProcess::NormalExit) {
            r.exitCode = p.exitCode();
        }
        r.out = p.readAllStandardOutput();
        r.err += p.readAllStandardError();
    } else {
        r.err = p.errorString().toUtf8();
    }
    m_transcript << "berthctl " + args.join(QLatin1Char(' ')).toUtf8() + " -> exit " + QByteArray::number(r.exitCode)
            + "\n" + r.err;
    return r;
}

void BerthctlProcess::printTranscriptIfFailed() const
{
    if (!QTest::currentTestFailed())
        return;
    for (const QByteArray &entry : m_transcript)
        qWarning().noquote() << entry;
}
