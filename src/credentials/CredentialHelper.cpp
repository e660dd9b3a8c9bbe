#include "CredentialHelper.h"

#include "core/ContainerAuthFile.h"
#include "core/DisplayText.h"
#include "credentials/Logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace berth {

namespace {

// docker-credential-helpers credentials/error.go errCredentialsNotFoundMessage: the one text
// every helper prints for "nothing stored for this server".
const char notFoundText[] = "credentials not found in native keychain";

QString helperOutputSnippet(const QByteArray &bytes)
{
    return DisplayText::escapeControl(QString::fromUtf8(bytes.left(200)).trimmed());
}

} // namespace

CredentialHelperJob *CredentialHelperJob::get(
    const QString &helper, const QString &serverUrl, QObject *parent, int timeoutMs)
{
    auto *job = new CredentialHelperJob(Operation::Get, helper, parent);
    job->start(serverUrl, timeoutMs);
    return job;
}

CredentialHelperJob *CredentialHelperJob::list(const QString &helper, QObject *parent, int timeoutMs)
{
    auto *job = new CredentialHelperJob(Operation::List, helper, parent);
    job->start(QString(), timeoutMs);
    return job;
}

CredentialHelperJob::CredentialHelperJob(Operation op, const QString &helper, QObject *parent)
    : QObject(parent)
    , m_op(op)
    , m_helper(helper)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_process)
            m_process->kill(); // finished() follows and reports the timeout
    });
}

CredentialHelperJob::~CredentialHelperJob()
{
    wipeBytes(m_stdout);
    wipeBytes(m_input);
}

void CredentialHelperJob::start(const QString &serverUrl, int timeoutMs)
{
    CredentialHelperResult refused;
    if (!isValidCredentialHelperName(m_helper)) {
        refused.status = CredentialHelperResult::Status::BadName;
        refused.message = tr("“%1” is not a credential helper name (letters, digits, '_', '.', '-'); it was not run.")
                              .arg(DisplayText::escapeControl(m_helper.left(80)));
        finish(refused);
        return;
    }
    // Found on this process's PATH, as docker finds it (exec.LookPath).
    const QString program = QStandardPaths::findExecutable(programFor(m_helper));
    if (program.isEmpty()) {
        refused.status = CredentialHelperResult::Status::NotInstalled;
        refused.message
            = tr("The credential helper %1 is not installed (not found on PATH).").arg(programFor(m_helper));
        finish(refused);
        return;
    }
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &CredentialHelperJob::onOutput);
    m_process->setStandardErrorFile(QProcess::nullDevice()); // helpers' diagnostics are not ours to show
    connect(m_process, &QProcess::finished, this, &CredentialHelperJob::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &CredentialHelperJob::onError);
    qCDebug(lcCredentials) << "running" << programFor(m_helper) << (m_op == Operation::Get ? "get" : "list");
    m_timer.start(timeoutMs);
    m_process->start(program, {m_op == Operation::Get ? QStringLiteral("get") : QStringLiteral("list")});
    if (m_op == Operation::Get)
        m_input = serverUrl.toUtf8();
    m_process->write(m_input);
    m_process->closeWriteChannel();
}

void CredentialHelperJob::onOutput()
{
    QByteArray chunk = m_process->readAllStandardOutput();
    if (m_stdout.size() + chunk.size() > maxOutputBytes) {
        m_tooMuch = true;
        wipeBytes(chunk);
        m_process->kill();
        return;
    }
    m_stdout += chunk;
    wipeBytes(chunk);
}

void CredentialHelperJob::onError(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart) {
        CredentialHelperResult r;
        r.status = CredentialHelperResult::Status::Failed;
        r.message = tr("The credential helper %1 could not be started: %2")
                        .arg(programFor(m_helper), m_process->errorString());
        finish(r);
    }
    // Crashed, timed out and the rest end in finished(), which reports them.
}

void CredentialHelperJob::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_timer.stop();
    if (m_process->bytesAvailable() > 0)
        onOutput();
    CredentialHelperResult r;
    if (m_timedOut) {
        r.status = CredentialHelperResult::Status::Timeout;
        r.message = tr("The credential helper %1 did not answer within %2 seconds; it was stopped.")
                        .arg(programFor(m_helper))
                        .arg(qMax(1, m_timer.interval() / 1000));
    } else if (m_tooMuch) {
        r.message
            = tr("The credential helper %1 wrote more than 64 KiB; its answer was not read.").arg(programFor(m_helper));
    } else if (status != QProcess::NormalExit) {
        r.message = tr("The credential helper %1 crashed.").arg(programFor(m_helper));
    } else if (m_stdout.contains(notFoundText)) {
        // Helpers print the message on stdout and exit 1 (credentials.Serve).
        r.status = CredentialHelperResult::Status::NotFound;
        r.message = tr("The credential helper %1 has no login for this registry.").arg(programFor(m_helper));
    } else if (exitCode != 0) {
        // Its output is an error message then, never a secret.
        r.message = tr("The credential helper %1 failed (exit %2): %3")
                        .arg(programFor(m_helper))
                        .arg(exitCode)
                        .arg(helperOutputSnippet(m_stdout));
    } else if (m_op == Operation::Get) {
        parseGet(r);
    } else {
        parseList(r);
    }
    wipeBytes(m_stdout);
    finish(r);
}

void CredentialHelperJob::parseGet(CredentialHelperResult &r)
{
    const QJsonDocument doc = QJsonDocument::fromJson(m_stdout);
    const QJsonObject o = doc.object();
    const QJsonValue user = o.value(QLatin1String("Username"));
    const QJsonValue secret = o.value(QLatin1String("Secret"));
    // Its output may hold the secret: never quoted in the message.
    if (!doc.isObject() || !user.isString() || !secret.isString()) {
        r.message = tr("The credential helper %1 answered something other than its JSON (Username, Secret).")
                        .arg(programFor(m_helper));
        return;
    }
    if (secret.toString().isEmpty()) {
        r.status = CredentialHelperResult::Status::NotFound;
        r.message = tr("The credential helper %1 has an empty password for this registry.").arg(programFor(m_helper));
        return;
    }
    if (DisplayText::hasControl(user.toString())) {
        r.message = tr("The credential helper %1 gave a user name with control characters.").arg(programFor(m_helper));
        return;
    }
    // docker-credential-helpers: Username "<token>" means Secret is an identity token.
    if (user.toString() == QLatin1String("<token>")) {
        r.message = tr("The credential helper %1 holds an OAuth refresh token (identity token) for this registry, "
                       "not a password; Berth cannot log in with it.")
                        .arg(programFor(m_helper));
        return;
    }
    r.status = CredentialHelperResult::Status::Found;
    r.username = user.toString();
    r.secret = secret.toString();
}

void CredentialHelperJob::parseList(CredentialHelperResult &r)
{
    const QJsonDocument doc = QJsonDocument::fromJson(m_stdout);
    if (!doc.isObject()) {
        r.message
            = tr("The credential helper %1 answered something other than its JSON list.").arg(programFor(m_helper));
        return;
    }
    const QJsonObject o = doc.object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.value().isString() && !DisplayText::hasControl(it.key()))
            r.servers.insert(it.key(), it.value().toString());
    }
    r.status = CredentialHelperResult::Status::Found;
}

void CredentialHelperJob::finish(CredentialHelperResult result)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    // Always on a later turn: the caller connects after get()/list() returns.
    QMetaObject::invokeMethod(
        this,
        [this, result]() mutable {
            Q_EMIT finished(result);
            wipeString(result.secret);
            deleteLater(); // a helper still running is killed with its QProcess
        },
        Qt::QueuedConnection);
}

} // namespace berth
