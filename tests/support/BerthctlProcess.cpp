#include "BerthctlProcess.h"

#include <cerrno>
#include <csignal>
#include <poll.h>
#include <pty.h>
#include <QDebug>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTest>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

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
        // The content cache too: tests read and clear <home>/.cache/berth/content.
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
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

BerthctlRun BerthctlProcess::runOnTerminal(const QStringList &args, const QByteArray &input, int timeoutMs)
{
    // Everything the child needs is prepared before fork(): after it, only async-signal-safe calls.
    const QByteArray program = qgetenv("BERTHCTL");
    QList<QByteArray> argvStore {program};
    for (const QString &a : args)
        argvStore << a.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &a : argvStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    QList<QByteArray> envStore;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!m_home.isEmpty()) {
        const QDir home(m_home);
        env.insert(QStringLiteral("HOME"), m_home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        // The content cache too: tests read and clear <home>/.cache/berth/content.
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    }
    for (const QString &kv : env.toStringList())
        envStore << kv.toLocal8Bit();
    std::vector<char *> envp;
    for (QByteArray &kv : envStore)
        envp.push_back(kv.data());
    envp.push_back(nullptr);

    BerthctlRun r;
    int master = -1;
    const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
    if (pid < 0) {
        r.err = "forkpty failed";
        return r;
    }
    if (pid == 0) {
        execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    if (::write(master, input.constData(), size_t(input.size())) != input.size())
        r.err = "could not type the input";
    QElapsedTimer clock;
    clock.start();
    char buf[4096];
    while (clock.elapsed() < timeoutMs) {
        pollfd p {master, POLLIN, 0};
        if (poll(&p, 1, 100) <= 0)
            continue;
        const ssize_t n = ::read(master, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break; // EIO: the child closed the terminal
        r.out.append(buf, n);
    }
    int status = 0;
    if (clock.elapsed() >= timeoutMs) {
        kill(pid, SIGKILL);
        r.err += "(killed after " + QByteArray::number(timeoutMs) + " ms)\n";
    }
    waitpid(pid, &status, 0);
    ::close(master);
    if (WIFEXITED(status))
        r.exitCode = WEXITSTATUS(status);
    m_transcript << "berthctl (on a terminal) " + args.join(QLatin1Char(' ')).toUtf8() + " -> exit "
            + QByteArray::number(r.exitCode) + "\n" + r.out + r.err;
    return r;
}

void BerthctlProcess::printTranscriptIfFailed() const
{
    if (!QTest::currentTestFailed())
        return;
    for (const QByteArray &entry : m_transcript)
        qWarning().noquote() << entry;
}
