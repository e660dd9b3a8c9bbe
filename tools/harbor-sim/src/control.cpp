// The /_sim/ control endpoints: reset, log, state, faults, config and push.
#include "jsonwriters.h"
#include "requestcontext.h"
#include "responses.h"
#include "simulator.h"
#include "util.h"

#include <algorithm>
#include <QDateTime>
#include <QJsonDocument>

namespace sim {

QJsonObject Simulator::stateJson() const
{
    QJsonArray projects;
    for (const ProjectRec &p : m_data.projects) {
        QJsonArray repos;
        for (const RepositoryRec &r : p.repos) {
            QJsonArray arts;
            for (const ArtifactRec &a : r.artifacts) {
                QJsonArray tags;
                for (const TagRec *t : sortedTags(a))
                    tags.append(t->name);
                QJsonArray children;
                for (const ChildRef &c : a.children)
                    children.append(c.digest);
                arts.append(QJsonObject {{QStringLiteral("digest"), a.digest}, {QStringLiteral("tags"), tags},
                    {QStringLiteral("media_type"), a.mediaType}, {QStringLiteral("children"), children},
                    {QStringLiteral("accessory_of"), a.isAccessory() ? QJsonValue(a.subjectDigest) : QJsonValue()}});
            }
            repos.append(QJsonObject {{QStringLiteral("name"), r.name}, {QStringLiteral("artifacts"), arts}});
        }
        projects.append(QJsonObject {{QStringLiteral("id"), p.id}, {QStringLiteral("name"), p.name},
            {QStringLiteral("public"), p.isPublic}, {QStringLiteral("repositories"), repos}});
    }
    return QJsonObject {{QStringLiteral("read_only"), m_options.readOnly}, {QStringLiteral("projects"), projects}};
}

HttpResponse Simulator::handleControl(const CtxPtr &ctx)
{
    const QString path = ctx->path;
    const QByteArray &m = ctx->req.method;
    auto badRequest = [](const QString &msg) { return errorResponse(400, QStringLiteral("BAD_REQUEST"), msg); };
    auto faultsJson = [this] {
        QJsonArray a;
        for (const Fault &f : m_faults) {
            QJsonObject o = f.spec;
            o.insert(QStringLiteral("fired"), f.fired);
            a.append(o);
        }
        return a;
    };
    QJsonParseError perr;
    const QJsonDocument body = QJsonDocument::fromJson(ctx->req.body, &perr);

    if (path == QLatin1String("/_sim/reset") && m == "POST") {
        m_data = m_initial;
        m_options.readOnly = m_initialOptions.readOnly;
        m_options.robotPrefix = m_initialOptions.robotPrefix;
        m_options.authFailDelay = m_initialOptions.authFailDelay;
        m_options.harborVersion = m_initialOptions.harborVersion;
        m_faults.clear();
        for (const QJsonObject &spec : m_initialOptions.faults) {
            Fault f;
            QString err;
            if (parseFault(spec, &f, &err))
                m_faults.append(f);
        }
        m_tokens.clear();
        return jsonResponse(200, QJsonObject {{QStringLiteral("reset"), true}});
    }
    if (path == QLatin1String("/_sim/log")) {
        if (m == "GET") {
            QByteArray out = "[";
            for (int i = 0; i < m_log.size(); ++i) {
                if (i)
                    out += ',';
                out += m_log.at(i);
            }
            out += "]";
            return jsonResponse(200, out);
        }
        if (m == "DELETE") {
            m_log.clear();
            return jsonResponse(200, QJsonObject {{QStringLiteral("cleared"), true}});
        }
    }
    if (path == QLatin1String("/_sim/state") && m == "GET")
        return jsonResponse(200, stateJson());
    if (path == QLatin1String("/_sim/faults")) {
        if (m == "GET")
            return jsonResponse(200, faultsJson());
        if (m == "DELETE") {
            m_faults.clear();
            return jsonResponse(200, QJsonArray());
        }
        if (m == "POST") {
            QList<QJsonObject> specs;
            if (body.isArray()) {
                for (const QJsonValue &v : body.array())
                    specs.append(v.toObject());
            } else if (body.isObject()) {
                specs.append(body.object());
            } else {
                return badRequest(QStringLiteral("fault body must be a JSON object or array: ") + perr.errorString());
            }
            QList<Fault> parsed;
            for (const QJsonObject &spec : specs) {
                Fault f;
                QString err;
                if (!parseFault(spec, &f, &err))
                    return badRequest(err);
                parsed.append(f);
            }
            m_faults += parsed;
            return jsonResponse(200, faultsJson());
        }
    }
    if (path == QLatin1String("/_sim/config")) {
        if (m == "POST") {
            if (!body.isObject())
                return badRequest(QStringLiteral("config body must be a JSON object"));
            const QJsonObject o = body.object();
            if (o.contains(QStringLiteral("read_only")))
                m_options.readOnly = o.value(QStringLiteral("read_only")).toBool();
            if (o.contains(QStringLiteral("robot_prefix"))) {
                const QString prefix = o.value(QStringLiteral("robot_prefix")).toString();
                if (prefix.trimmed().isEmpty())
                    return badRequest(QStringLiteral("robot_prefix must not be empty"));
                m_options.robotPrefix = prefix;
            }
            if (o.contains(QStringLiteral("harbor_version"))) {
                const QString v = o.value(QStringLiteral("harbor_version")).toString();
                if (!harborVersionAtLeast(v, 2, 0))
                    return badRequest(QStringLiteral("harbor_version must look like v2.12.0"));
                m_options.harborVersion = v;
            }
            if (o.contains(QStringLiteral("auth_fail_delay")))
                m_options.authFailDelay = qMax(0.0, o.value(QStringLiteral("auth_fail_delay")).toDouble());
        }
        if (m == "POST" || m == "GET")
            return jsonResponse(200,
                QJsonObject {{QStringLiteral("read_only"), m_options.readOnly},
                    {QStringLiteral("robot_prefix"), m_options.robotPrefix},
                    {QStringLiteral("auth_fail_delay"), m_options.authFailDelay},
                    {QStringLiteral("auth_mode"), m_options.authMode},
                    {QStringLiteral("harbor_version"), m_options.harborVersion}});
    }
    if (path == QLatin1String("/_sim/push") && m == "POST") {
        if (!body.isObject())
            return badRequest(QStringLiteral("push body must be a JSON object"));
        const QJsonObject o = body.object();
        const QString repoName = o.value(QStringLiteral("repository")).toString();
        const QString tag = o.value(QStringLiteral("tag")).toString();
        QString digest = o.value(QStringLiteral("digest")).toString();
        ProjectRec *p = m_data.findProject(repoName.section(QLatin1Char('/'), 0, 0));
        if (!p || !repoName.contains(QLatin1Char('/')))
            return errorResponse(
                404, QStringLiteral("NOT_FOUND"), QStringLiteral("project of %1 not found").arg(repoName));
        const qint64 now = qMax(QDateTime::currentMSecsSinceEpoch(), m_data.latestPushTime() + 1000);
        RepositoryRec *r = p->findRepo(repoName);
        if (!r) {
            RepositoryRec repo;
            repo.id = m_data.nextRepoId++;
            repo.projectId = p->id;
            repo.name = repoName;
            repo.creationTime = now;
            repo.updateTime = now;
            p->repos.push_back(std::move(repo));
            p->reindex();
            r = p->findRepo(repoName);
        }
        if (digest.isEmpty())
            digest = sha256Digest(
                QStringLiteral("harbor-sim-push:%1:%2:%3").arg(repoName, tag).arg(++m_pushCounter).toUtf8());
        for (ArtifactRec &a : r->artifacts) {
            a.tags.erase(std::remove_if(a.tags.begin(), a.tags.end(), [&](const TagRec &t) { return t.name == tag; }),
                a.tags.end());
        }
        ArtifactRec *target = r->findDigest(digest);
        if (!target) {
            ArtifactRec a;
            a.id = m_data.nextArtifactId++;
            a.digest = digest;
            a.manifestMediaType = QStringLiteral("application/vnd.oci.image.manifest.v1+json");
            a.mediaType = QStringLiteral("application/vnd.oci.image.config.v1+json");
            a.size = 2048 + (m_pushCounter * 4099) % 100000;
            a.pushTime = now;
            r->artifacts.push_back(std::move(a));
            r->reindex();
            target = r->findDigest(digest);
        }
        if (!tag.isEmpty()) {
            TagRec t;
            t.id = m_data.nextTagId++;
            t.name = tag;
            t.pushTime = now;
            target->tags.push_back(t);
        }
        r->updateTime = now;
        r->reindex();
        return jsonResponse(200, QJsonObject {{QStringLiteral("digest"), digest}});
    }
    return notFound(QStringLiteral("path %1 was not found").arg(path));
}

} // namespace sim
