#include "ProbeRunner.h"

#include "api/ApiPaths.h"
#include "api/HarborClient.h"
#include "core/HarborJson.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace berth {

ProbeRunner::ProbeRunner(HarborClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void ProbeRunner::get(
    const QUrl &url, const QString &what, std::function<void(int, const QByteArray &)> done, bool resourceName)
{
    ApiRequest req;
    req.url = url;
    req.withCredentials = m_target.useClientCredentials;
    req.headers = m_target.headers;
    if (resourceName)
        req.headers.append(qMakePair(QByteArrayLiteral("X-Is-Resource-Name"), QByteArrayLiteral("true")));
    ++m_pending;
    ApiJob *job = m_client->send(req);
    connect(job, &ApiJob::finished, this, [this, job, what, done = std::move(done)] {
        const int status = job->status();
        m_results.lines << (status ? QStringLiteral("GET %1 -> %2").arg(what).arg(status)
                                   : QStringLiteral("GET %1 -> %2").arg(what, job->error().transportMessage));
        done(status, job->body());
        if (--m_pending == 0)
            step();
    });
}

void ProbeRunner::run(const Target &target)
{
    m_target = target;
    m_stage = 0;
    if (!m_client) {
        QMetaObject::invokeMethod(this, &ProbeRunner::done, Qt::QueuedConnection);
        return;
    }
    step();
}

void ProbeRunner::step()
{
    const QUrl base = m_client->baseUrl();
    switch (m_stage++) {
    case 0:
        get(ApiPaths::currentUser(base), QStringLiteral("/users/current"), [this](int status, const QByteArray &body) {
            m_results.usersCurrentStatus = status;
            if (status == 200) {
                const auto u = HarborJson::parseCurrentUser(body);
                if (u.ok())
                    m_results.usersCurrentName = u.value.username;
            }
        });
        get(ApiPaths::systemInfo(base), QStringLiteral("/systeminfo"), [this](int status, const QByteArray &body) {
            if (status != 200)
                return;
            const auto s = HarborJson::parseSystemInfo(body);
            if (!s.ok())
                return;
            m_results.systemInfoAuthenticated = s.value.authenticatedView;
            m_results.authMode = s.value.authMode;
            if (s.value.authenticatedView)
                m_results.readOnly = s.value.readOnly;
        });
        if (!m_target.project.isEmpty())
            get(
                ApiPaths::project(base, m_target.project), QStringLiteral("/projects/%1").arg(m_target.project),
                [this](int status, const QByteArray &body) {
                    m_results.projectStatus = status;
                    if (status == 200) {
                        const auto p = HarborJson::parseProject(body);
                        if (p.ok())
                            m_results.projectId = p.value.id;
                    }
                },
                true);
        if (!m_target.tag.isEmpty() && !m_target.repositoryPath.isEmpty()) {
            // Where is the tag now? A tag re-pushed elsewhere explains a 404 on its old digest.
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("with_tag"), QStringLiteral("true"));
            get(ApiPaths::artifact(base, m_target.project, m_target.repositoryPath, m_target.tag, q),
                QCoreApplication::translate("berth::ProbeRunner", "artifact by tag %1").arg(m_target.tag),
                [this](int status, const QByteArray &body) {
                    if (status == 404)
                        m_results.tagExists = false;
                    if (status != 200)
                        return;
                    const auto a = HarborJson::parseArtifact(body);
                    if (!a.ok())
                        return;
                    m_results.tagExists = true;
                    if (m_target.reference.startsWith(QLatin1String("sha256:")) && a.value.digest != m_target.reference)
                        m_results.tagNowOnDigest = a.value.digest;
                });
        }
        if (m_pending == 0)
            step();
        return;
    case 1:
        // Permissions need the project's id and an authenticated caller.
        if (m_results.projectId > 0 && (m_results.usersCurrentStatus == 200 || m_results.usersCurrentStatus == 412)) {
            get(ApiPaths::currentUserPermissions(base, m_results.projectId),
                QStringLiteral("/users/current/permissions?scope=/project/%1").arg(m_results.projectId),
                [this](int status, const QByteArray &body) {
                    if (status != 200)
                        return;
                    const auto perms = HarborJson::parsePermissions(body);
                    if (!perms.ok())
                        return;
                    QStringList list;
                    for (const Permission &p : perms.value)
                        list << p.resource + QLatin1Char(':') + p.action;
                    list.sort();
                    m_results.permissions = list;
                });
            return;
        }
        step();
        return;
    default:
        done();
        return;
    }
}

void ProbeRunner::done()
{
    qCDebug(lcDiagnosis) << "probes:" << m_results.lines;
    Q_EMIT finished();
}

void ProbeRunner::apply(const Results &r, DiagnosisContext &c)
{
    c.usersCurrentStatus = r.usersCurrentStatus;
    if (r.projectStatus)
        c.projectStatus = r.projectStatus;
    if (!r.authMode.isEmpty())
        c.authMode = r.authMode;
    if (r.readOnly)
        c.readOnly = r.readOnly;
    if (r.permissions)
        c.permissions = r.permissions;
    if (r.tagExists)
        c.tagExists = r.tagExists;
    if (!r.tagNowOnDigest.isEmpty())
        c.tagNowOnDigest = r.tagNowOnDigest;
}

} // namespace berth
