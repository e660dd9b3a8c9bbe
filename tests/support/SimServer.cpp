#include "SimServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QThread>
#include <QTimer>

SimServer::~SimServer()
{
    stop();
}

QString SimServer::binaryPath()
{
    const QByteArray env = qgetenv("HARBOR_SIM");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    return QStringLiteral("harbor-sim");
}

bool SimServer::start(const QStringList &options)
{
    stop();
    m_dir = std::make_unique<QTemporaryDir>();
    const QString portFile = m_dir->filePath(QStringLiteral("port"));
    m_tls = options.contains(QStringLiteral("--tls"));
    QStringList args {
        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--port-file"), portFile};
    if (!options.contains(QStringLiteral("--auth-fail-delay")))
        args << QStringLiteral("--auth-fail-delay") << QStringLiteral("0");
    if (m_tls && !options.contains(QStringLiteral("--cert-out")))
        args << QStringLiteral("--cert-out") << m_dir->filePath(QStringLiteral("cert.pem"));
    args << options;

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(binaryPath(), args);
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("could not start %1: %2").arg(binaryPath(), m_process->errorString());
        return false;
    }
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 20000) {
        QFile f(portFile);
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray text = f.readAll().trimmed();
            bool ok = false;
            const uint p = text.toUInt(&ok);
            if (ok && p > 0 && p < 65536) {
                m_port = static_cast<quint16>(p);
                m_url = QUrl(QStringLiteral("%1://127.0.0.1:%2/")
                                 .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                                 .arg(m_port));
                return true;
            }
        }
        if (m_process->state() == QProcess::NotRunning) {
            m_error = QStringLiteral("harbor-sim exited early: %1").arg(QString::fromLocal8Bit(m_process->readAll()));
            return false;
        }
        m_process->waitForReadyRead(50);
    }
    m_error = QStringLiteral("harbor-sim did not write its port file in time");
    return false;
}

void SimServer::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
    m_process.reset();
}

QUrl SimServer::localhostUrl() const
{
    QUrl u = m_url;
    u.setHost(QStringLiteral("localhost"));
    return u;
}

QString SimServer::certificatePath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("cert.pem")) : QString();
}

QByteArray SimServer::control(const QByteArray &method, const QString &path, const QByteArray &body, int *status)
{
    QNetworkAccessManager nam;
    QNetworkRequest req(m_url.resolved(QUrl(path)));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setTransferTimeout(20000);
    QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
    // The simulator's self-signed certificate is trusted here only, for control calls.
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
        [reply](const QList<QSslError> &errors) { reply->ignoreSslErrors(errors); });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray out = reply->readAll();
    reply->deleteLater();
    return out;
}

bool SimServer::reset()
{
    int status = 0;
    control("POST", QStringLiteral("/_sim/reset"), {}, &status);
    return status == 200 || status == 204;
}

bool SimServer::addFault(const QJsonObject &fault)
{
    int status = 0;
    control("POST", QStringLiteral("/_sim/faults"), QJsonDocument(fault).toJson(QJsonDocument::Compact), &status);
    return status >= 200 && status < 300;
}

bool SimServer::clearFaults()
{
    int status = 0;
    control("DELETE", QStringLiteral("/_sim/faults"), {}, &status);
    return status >= 200 && status < 300;
}

bool SimServer::clearLog()
{
    int status = 0;
    control("DELETE", QStringLiteral("/_sim/log"), {}, &status);
    return status >= 200 && status < 300;
}

QJsonArray SimServer::log()
{
    QJsonArray all = QJsonDocument::fromJson(control("GET", QStringLiteral("/_sim/log"))).array();
    QJsonArray harbor;
    for (const QJsonValue &v : all)
        if (!v.toObject().value(QStringLiteral("control")).toBool())
            harbor.append(v);
    return harbor;
}

int SimServer::requestCount(const QString &method)
{
    int n = 0;
    // Requests to Harbor's API only: the emulator's own control requests are not what a test counts.
    for (const QJsonValue &v : log()) {
        const QJsonObject o = v.toObject();
        n += o.value(QStringLiteral("method")).toString() == method && !o.value(QStringLiteral("control")).toBool();
    }
    return n;
}

QJsonObject SimServer::state()
{
    return QJsonDocument::fromJson(control("GET", QStringLiteral("/_sim/state"))).object();
}

QJsonObject SimServer::push(const QString &repository, const QString &tag, const QString &digest)
{
    QJsonObject body {{QStringLiteral("repository"), repository}, {QStringLiteral("tag"), tag}};
    if (!digest.isEmpty())
        body.insert(QStringLiteral("digest"), digest);
    return QJsonDocument::fromJson(
        control("POST", QStringLiteral("/_sim/push"), QJsonDocument(body).toJson(QJsonDocument::Compact)))
        .object();
}

bool SimServer::configure(const QJsonObject &config)
{
    int status = 0;
    control("POST", QStringLiteral("/_sim/config"), QJsonDocument(config).toJson(QJsonDocument::Compact), &status);
    return status >= 200 && status < 300;
}

static QJsonObject findRepository(const QJsonObject &state, const QString &repository)
{
    for (const QJsonValue &p : state.value(QStringLiteral("projects")).toArray())
        for (const QJsonValue &r : p.toObject().value(QStringLiteral("repositories")).toArray())
            if (r.toObject().value(QStringLiteral("name")).toString() == repository)
                return r.toObject();
    return {};
}

QStringList SimServer::tagsOf(const QString &repository)
{
    QStringList tags;
    const QJsonObject repo = findRepository(state(), repository);
    for (const QJsonValue &a : repo.value(QStringLiteral("artifacts")).toArray())
        for (const QJsonValue &t : a.toObject().value(QStringLiteral("tags")).toArray())
            tags << t.toString();
    tags.sort();
    return tags;
}

QStringList SimServer::digestsOf(const QString &repository)
{
    QStringList digests;
    const QJsonObject repo = findRepository(state(), repository);
    for (const QJsonValue &a : repo.value(QStringLiteral("artifacts")).toArray())
        digests << a.toObject().value(QStringLiteral("digest")).toString();
    digests.sort();
    return digests;
}
