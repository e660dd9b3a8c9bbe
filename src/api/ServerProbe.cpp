#include "ServerProbe.h"

#include "ApiJob.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

namespace berth {

namespace {

class ServerProbe : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(ServerProbe)

public:
    ServerProbe(ApiTransport *transport, QObject *context, Callback<ServerIdentity> done)
        : QObject(transport)
        , m_transport(transport)
        , m_context(context)
        , m_hasContext(context != nullptr)
        , m_done(std::move(done))
    { }

    void start() { askSystemInfo(false); }

private:
    QUrl url(const QString &path) const
    {
        QUrl u = m_transport->baseUrl().adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
        QString p = u.path();
        if (!p.endsWith(QLatin1Char('/')))
            p += QLatin1Char('/');
        u.setPath(p + path);
        return u;
    }

    ApiJob *get(const QString &path, bool withCredentials)
    {
        ApiRequest req;
        req.url = url(path);
        req.withCredentials = withCredentials;
        req.maxBodyBytes = 1024 * 1024;
        req.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
        return m_transport->send(req);
    }

    // A Harbor systeminfo: an object with either field (goharbor/harbor
    // src/server/v2.0/handler/systeminfo.go; anonymous callers get auth_mode, not the version).
    static bool isHarborSystemInfo(const ApiJob *job, QString *version)
    {
        if (job->status() != 200)
            return false;
        const QJsonDocument doc = QJsonDocument::fromJson(job->body());
        if (!doc.isObject())
            return false;
        const QJsonObject o = doc.object();
        if (!o.value(QLatin1String("harbor_version")).isString() && !o.value(QLatin1String("auth_mode")).isString())
            return false;
        *version = o.value(QLatin1String("harbor_version")).toString();
        return true;
    }

    static bool isTransportFailure(ApiError::Kind kind)
    {
        switch (kind) {
        case ApiError::Kind::Network:
        case ApiError::Kind::Timeout:
        case ApiError::Kind::Tls:
        case ApiError::Kind::InsecureTransport:
        case ApiError::Kind::Cancelled:
            return true;
        default:
            return false;
        }
    }

    void askSystemInfo(bool withCredentials)
    {
        ApiJob *job = get(QStringLiteral("api/v2.0/systeminfo"), withCredentials);
        connect(job, &ApiJob::finished, this, [this, job, withCredentials] {
            QString version;
            const bool harbor = isHarborSystemInfo(job, &version);
            if (withCredentials) {
                // Only for the version: whatever went wrong, it is still the Harbor found before.
                m_identity.version = harbor ? version : QString();
                deliver({});
                return;
            }
            if (harbor) {
                m_identity.kind = ServerKind::Harbor;
                m_identity.version = version;
                if (version.isEmpty() && m_transport->settings().hasCredentials()
                    && m_transport->policy().transportRefusal(job->request().url, true).isEmpty()) {
                    askSystemInfo(true);
                    return;
                }
                deliver({});
                return;
            }
            if (isTransportFailure(job->error().kind)) {
                deliver(job->error());
                return;
            }
            m_systemInfoStatus = job->status();
            askV2();
        });
    }

    void askV2()
    {
        ApiJob *job = get(QStringLiteral("v2/"), false);
        connect(job, &ApiJob::finished, this, [this, job] {
            const QByteArray apiVersion = job->responseHeader("Docker-Distribution-Api-Version").trimmed();
            const bool challenged = !job->responseHeader("WWW-Authenticate").trimmed().isEmpty();
            // distribution docs/spec/api.md "API Version Check": 200, or 401 with a challenge.
            if (job->status() == 200 || (job->status() == 401 && (challenged || !apiVersion.isEmpty()))) {
                m_identity.kind = ServerKind::Registry;
                m_identity.version = QString::fromLatin1(apiVersion);
                deliver({});
                return;
            }
            if (isTransportFailure(job->error().kind)) {
                deliver(job->error());
                return;
            }
            ApiError e = job->error();
            e.kind = ApiError::Kind::BadResponse;
            e.detail = tr("the server answers neither as Harbor (GET /api/v2.0/systeminfo: %1) nor as an OCI "
                          "registry (GET /v2/: %2)")
                           .arg(statusText(m_systemInfoStatus), statusText(job->status()));
            if (e.bodySnippet.isEmpty())
                e.bodySnippet = job->body().left(512);
            deliver(e);
        });
    }

    static QString statusText(int status) { return status ? tr("HTTP %1").arg(status) : tr("no HTTP answer"); }

    void deliver(const ApiError &error)
    {
        if (!m_hasContext || m_context)
            m_done(error.isError() ? ServerIdentity {} : m_identity, error);
        deleteLater();
    }

    QPointer<ApiTransport> m_transport;
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    Callback<ServerIdentity> m_done;
    ServerIdentity m_identity;
    int m_systemInfoStatus = 0;
};

} // namespace

void detectServer(ApiTransport *transport, QObject *context, Callback<ServerIdentity> done)
{
    if (!transport) {
        ApiError e;
        e.kind = ApiError::Kind::Cancelled;
        e.transportMessage = QStringLiteral("the connection was closed");
        done({}, e);
        return;
    }
    auto *probe = new ServerProbe(transport, context, std::move(done));
    probe->start();
}

} // namespace berth
