// Test helpers for tst_registryclient: a fake HTTP server on loopback whose answers the test
// writes, pushing over the registry API with a short event loop of its own, a small image's
// content, and running one RegistryClient call to its end. Test code only.
#pragma once

#include "api/ApiError.h"
#include "api/ApiTransport.h"
#include "api/RegistryClient.h"
#include "core/ConnectionSettings.h"
#include "core/ContentDigest.h"
#include "core/OciMediaTypes.h"

#include <functional>
#include <memory>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace RegistryTest {

using namespace berth;

// ---------------------------------------------------------------------------------------------
// A one-request-per-connection HTTP server on 127.0.0.1 whose answers the test writes.

struct FakeRequest
{
    QByteArray method, target;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
};

struct FakeResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

class FakeRegistry : public QObject
{
public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort())); }
    void setHandler(Handler h) { m_handler = std::move(h); }
    QList<FakeRequest> requests;

    FakeRegistry()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                auto *buffer = new QByteArray;
                connect(s, &QTcpSocket::disconnected, s, [s, buffer] {
                    delete buffer;
                    s->deleteLater();
                });
                connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                    buffer->append(s->readAll());
                    const int end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    FakeRequest r;
                    const QList<QByteArray> lines = buffer->left(end).split('\n');
                    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                    r.method = first.value(0);
                    r.target = first.value(1);
                    for (int i = 1; i < lines.size(); ++i) {
                        const int colon = lines[i].indexOf(':');
                        if (colon > 0)
                            r.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
                    }
                    buffer->clear();
                    requests.append(r);
                    const FakeResponse a = m_handler ? m_handler(r) : FakeResponse {404, {}, "not found"};
                    QByteArray out = "HTTP/1.1 " + QByteArray::number(a.status) + " X\r\n";
                    for (const auto &h : a.headers)
                        out += h.first + ": " + h.second + "\r\n";
                    out += "Content-Length: " + QByteArray::number(a.body.size()) + "\r\nConnection: close\r\n\r\n";
                    if (r.method != "HEAD")
                        out += a.body;
                    s->write(out);
                    s->disconnectFromHost();
                });
            }
        });
    }

private:
    QTcpServer m_server;
    Handler m_handler;
};

// ---------------------------------------------------------------------------------------------
// Pushing over the registry API (test code: a short event loop of its own).

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QByteArray location;
    QByteArray digest;
};

HttpAnswer http(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
    const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    QNetworkAccessManager manager;
    QNetworkRequest req(url);
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    if (!body.isEmpty() || method == "PUT" || method == "POST")
        req.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    QNetworkReply *reply = manager.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    HttpAnswer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    a.location = reply->rawHeader("Location");
    a.digest = reply->rawHeader("Docker-Content-Digest");
    delete reply;
    return a;
}

QByteArray basicHeader(const QString &user, const QString &secret)
{
    return "Basic " + (user + QLatin1Char(':') + secret).toUtf8().toBase64();
}

// POST an upload, PUT the bytes with their digest (distribution-spec "Pushing blobs").
bool pushBlob(const QUrl &base, const QString &repo, const QByteArray &bytes, const QByteArray &auth = {})
{
    QList<QPair<QByteArray, QByteArray>> h;
    if (!auth.isEmpty())
        h.append(qMakePair(QByteArray("Authorization"), auth));
    const HttpAnswer start
        = http("POST", base.resolved(QUrl(QStringLiteral("/v2/%1/blobs/uploads/").arg(repo))), {}, h);
    if (start.status != 202) {
        qWarning() << "upload start" << start.status << start.body.left(300);
        return false;
    }
    QUrl put = base.resolved(QUrl::fromEncoded(start.location));
    QUrlQuery q(put);
    q.addQueryItem(QStringLiteral("digest"), sha256Digest(bytes));
    put.setQuery(q);
    auto ph = h;
    ph.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/octet-stream")));
    const HttpAnswer done = http("PUT", put, bytes, ph);
    if (done.status != 201)
        qWarning() << "upload" << done.status << done.body.left(300);
    return done.status == 201;
}

bool pushManifest(const QUrl &base, const QString &repo, const QString &ref, const QByteArray &bytes,
    const QByteArray &mediaType, const QByteArray &auth = {})
{
    QList<QPair<QByteArray, QByteArray>> h {{"Content-Type", mediaType}};
    if (!auth.isEmpty())
        h.append(qMakePair(QByteArray("Authorization"), auth));
    const HttpAnswer a
        = http("PUT", base.resolved(QUrl(QStringLiteral("/v2/%1/manifests/%2").arg(repo, ref))), bytes, h);
    if (a.status != 201)
        qWarning() << "manifest" << ref << a.status << a.body.left(300);
    return a.status == 201;
}

QJsonObject descriptor(const QString &mediaType, const QByteArray &bytes)
{
    return {{QStringLiteral("mediaType"), mediaType}, {QStringLiteral("digest"), sha256Digest(bytes)},
        {QStringLiteral("size"), bytes.size()}};
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A small image's parts, OCI and Docker flavours, and an artifact that refers to the OCI one.
struct Content
{
    QByteArray config = compact(
        {{QStringLiteral("architecture"), QStringLiteral("amd64")}, {QStringLiteral("os"), QStringLiteral("linux")},
            {QStringLiteral("rootfs"),
                QJsonObject {
                    {QStringLiteral("type"), QStringLiteral("layers")}, {QStringLiteral("diff_ids"), QJsonArray {}}}}});
    QByteArray layer = QByteArray("layer bytes of a tiny test image\n").repeated(40);
    QByteArray empty = "{}";
    QByteArray oci, docker, index, signature, referrersIndex;

    Content()
    {
        oci = compact({{QStringLiteral("schemaVersion"), 2},
            {QStringLiteral("mediaType"), QString::fromLatin1(OciMediaType::OciManifest)},
            {QStringLiteral("config"), descriptor(QString::fromLatin1(OciMediaType::OciConfig), config)},
            {QStringLiteral("layers"),
                QJsonArray {descriptor(QString::fromLatin1(OciMediaType::OciLayerGzip), layer)}}});
        docker = compact({{QStringLiteral("schemaVersion"), 2},
            {QStringLiteral("mediaType"), QString::fromLatin1(OciMediaType::DockerManifest)},
            {QStringLiteral("config"), descriptor(QString::fromLatin1(OciMediaType::DockerConfig), config)},
            {QStringLiteral("layers"),
                QJsonArray {descriptor(QString::fromLatin1(OciMediaType::DockerLayerGzip), layer)}}});
        QJsonObject child = descriptor(QString::fromLatin1(OciMediaType::OciManifest), oci);
        child.insert(QStringLiteral("platform"),
            QJsonObject {{QStringLiteral("os"), QStringLiteral("linux")},
                {QStringLiteral("architecture"), QStringLiteral("amd64")}});
        index = compact({{QStringLiteral("schemaVersion"), 2},
            {QStringLiteral("mediaType"), QString::fromLatin1(OciMediaType::OciIndex)},
            {QStringLiteral("manifests"), QJsonArray {child}}});
        signature = compact({{QStringLiteral("schemaVersion"), 2},
            {QStringLiteral("mediaType"), QString::fromLatin1(OciMediaType::OciManifest)},
            {QStringLiteral("artifactType"), QStringLiteral("application/vnd.example.signature")},
            {QStringLiteral("config"), descriptor(QString::fromLatin1(OciMediaType::OciEmpty), empty)},
            {QStringLiteral("layers"), QJsonArray {descriptor(QString::fromLatin1(OciMediaType::OciEmpty), empty)}},
            {QStringLiteral("subject"), descriptor(QString::fromLatin1(OciMediaType::OciManifest), oci)}});
        QJsonObject ref = descriptor(QString::fromLatin1(OciMediaType::OciManifest), signature);
        ref.insert(QStringLiteral("artifactType"), QStringLiteral("application/vnd.example.signature"));
        referrersIndex = compact({{QStringLiteral("schemaVersion"), 2},
            {QStringLiteral("mediaType"), QString::fromLatin1(OciMediaType::OciIndex)},
            {QStringLiteral("manifests"), QJsonArray {ref}}});
    }

    // Everything, into `repo`; the referrers list under the fallback tag (distribution 2.8 has no
    // referrers API, so clients maintain it: distribution-spec "Pushing Manifests with Subject").
    bool pushAll(const QUrl &base, const QString &repo, const QByteArray &auth = {}) const
    {
        return pushBlob(base, repo, config, auth) && pushBlob(base, repo, layer, auth)
            && pushBlob(base, repo, empty, auth)
            && pushManifest(base, repo, QStringLiteral("oci"), oci, OciMediaType::OciManifest, auth)
            && pushManifest(base, repo, QStringLiteral("docker"), docker, OciMediaType::DockerManifest, auth)
            && pushManifest(base, repo, QStringLiteral("index"), index, OciMediaType::OciIndex, auth)
            && pushManifest(base, repo, sha256Digest(signature), signature, OciMediaType::OciManifest, auth)
            && pushManifest(base, repo, RegistryClient::fallbackTag(sha256Digest(oci)), referrersIndex,
                OciMediaType::OciIndex, auth);
    }
};

// ---------------------------------------------------------------------------------------------
// Running one client call to its end.

template<class T>
struct Outcome
{
    T value {};
    ApiError error;
    bool called = false;
    int requests = 0;
};

template<class T, class Start>
Outcome<T> run(Start start, int timeoutMs = 30000)
{
    auto out = std::make_shared<Outcome<T>>();
    QEventLoop loop;
    RegistryJob *job = start([out, &loop](const T &v, const ApiError &e) {
        out->value = v;
        out->error = e;
        out->called = true;
        loop.quit();
    });
    QObject::connect(job, &RegistryJob::finished, job, [out, job] { out->requests = job->requests(); });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!out->called)
        loop.exec();
    return *out;
}

ConnectionSettings settingsFor(const QUrl &url, const QString &user = {}, const QString &secret = {})
{
    ConnectionSettings s;
    s.baseUrl = url;
    s.username = user;
    s.secret = secret;
    s.maxTries = 1;
    s.timeoutMs = 20000;
    return s;
}

// The digest `reference` (a tag or a digest) names in `repo` at `url` (anonymous HEAD), or an empty
// string when the registry has none.
QString headDigest(const QUrl &url, const QString &repo, const QString &reference)
{
    ApiTransport transport(settingsFor(url));
    RegistryClient client(&transport);
    const auto h = run<RegistryClient::ManifestHead>(
        [&](auto done) { return client.headManifest(repo, reference, nullptr, done); });
    return h.error.isError() ? QString() : h.value.digest;
}

} // namespace RegistryTest
