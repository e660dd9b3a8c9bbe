// Processes for the registry-backend tests: a real docker-registry (distribution 2.8) on a free
// loopback port with temporary storage, harbor-sim in front of it, and a blocking HTTP helper.
// Every process is stopped by its destructor.
#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

namespace regtest {

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct Reply
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

inline void stopProcess(QProcess &proc)
{
    if (proc.state() == QProcess::NotRunning)
        return;
    proc.terminate();
    if (!proc.waitForFinished(10000)) {
        proc.kill();
        proc.waitForFinished(5000);
    }
}

// A blocking request with Qt's redirects off, so a Location is seen as sent.
inline Reply request(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url, const Headers &headers = {},
    const QByteArray &body = {})
{
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    req.setTransferTimeout(30000);
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    if (method == "PUT" || method == "POST" || method == "PATCH")
        req.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    QNetworkReply *reply = method == "HEAD" ? nam.head(req) : nam.sendCustomRequest(req, method, body);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        spy.wait(40000);
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

inline quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// docker-registry serve CONFIG: filesystem storage in a temporary folder, delete enabled, no auth.
struct RegistryProcess
{
    QProcess proc;
    QTemporaryDir dir;
    quint16 port = 0;

    bool start(QString *error)
    {
        for (int attempt = 0; attempt < 5; ++attempt) {
            port = freePort();
            const QString config = dir.filePath(QStringLiteral("config.yml"));
            QFile f(config);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return false;
            f.write("version: 0.1\nlog:\n  level: warn\nstorage:\n  filesystem:\n    rootdirectory: "
                + dir.filePath(QStringLiteral("storage")).toUtf8()
                + "\n  delete:\n    enabled: true\nhttp:\n  addr: 127.0.0.1:" + QByteArray::number(port)
                + "\n  secret: harbor-sim-test\n");
            f.close();
            proc.setProgram(QStringLiteral("docker-registry"));
            proc.setArguments({QStringLiteral("serve"), config});
            proc.setProcessChannelMode(QProcess::MergedChannels);
            proc.start();
            if (!proc.waitForStarted(5000)) {
                *error = QStringLiteral("cannot start docker-registry");
                return false;
            }
            QNetworkAccessManager nam;
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < 20000 && proc.state() == QProcess::Running) {
                if (request(nam, "GET", url("/v2/")).status == 200)
                    return true;
                QThread::msleep(100);
            }
            *error = QString::fromUtf8(proc.readAll());
            stopProcess(proc); // the port was taken meanwhile, or the registry failed: try again
        }
        return false;
    }
    QUrl url(const QByteArray &target) const
    {
        return QUrl::fromEncoded("http://127.0.0.1:" + QByteArray::number(port) + target);
    }
    ~RegistryProcess() { stopProcess(proc); }
};

struct SimProcess
{
    QProcess proc;
    QTemporaryDir dir;
    quint16 port = 0;

    bool start(const QStringList &extra, QString *error)
    {
        const QString portFile = dir.filePath(QStringLiteral("port"));
        proc.setProgram(QStringLiteral(HARBOR_SIM_BINARY));
        proc.setArguments(
            QStringList {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--port-file"),
                portFile, QStringLiteral("--auth-fail-delay"), QStringLiteral("0")}
            + extra);
        proc.start();
        if (!proc.waitForStarted(5000)) {
            *error = QStringLiteral("cannot start harbor-sim");
            return false;
        }
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (!out.contains('\n') && t.elapsed() < 30000) {
            if (!proc.waitForReadyRead(200) && proc.state() != QProcess::Running)
                break;
            out += proc.readAllStandardOutput();
        }
        static const QRegularExpression re(QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)\n"));
        const auto m = re.match(QString::fromUtf8(out));
        if (!m.hasMatch()) {
            *error = QString::fromUtf8(out + proc.readAllStandardError());
            return false;
        }
        port = quint16(m.captured(1).toUInt());
        return true;
    }
    QUrl url(const QByteArray &target) const
    {
        return QUrl::fromEncoded("http://127.0.0.1:" + QByteArray::number(port) + target);
    }
    QByteArray origin() const { return "http://127.0.0.1:" + QByteArray::number(port); }
    ~SimProcess() { stopProcess(proc); }
};

} // namespace regtest
