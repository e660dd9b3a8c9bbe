#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringList>

// Runs the real berthctl (path from $BERTHCTL) as a child process, the way a script would.
// Keeps a transcript of every run's stderr: a failed exit-code comparison alone does not say why,
// so tests print it from cleanup() when they fail.
struct BerthctlRun
{
    int exitCode = -1; // -1: did not start, crashed or hung
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

class BerthctlProcess
{
public:
    // With a non-empty home, berthctl gets a private HOME, XDG config, data and cache dirs and no
    // session bus, so it never sees the developer's profiles or keyring.
    explicit BerthctlProcess(const QString &home = {});

    BerthctlRun run(const QStringList &args, const QByteArray &stdinData = {}, int timeoutMs = 60000);
    // The same with a pseudo-terminal as stdin, stdout and stderr (all three land in out), for
    // prompts that only appear on a terminal. input is typed in one go; the terminal echoes it.
    BerthctlRun runOnTerminal(const QStringList &args, const QByteArray &input, int timeoutMs = 60000);

    void clearTranscript() { m_transcript.clear(); }
    // Call from the test's cleanup(): prints the runs of the current test function if it failed.
    void printTranscriptIfFailed() const;

private:
    QString m_home;
    QList<QByteArray> m_transcript;
};
