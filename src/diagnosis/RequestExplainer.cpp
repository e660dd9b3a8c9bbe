#include "RequestExplainer.h"

#include "api/ApiPaths.h"
#include "api/HarborClient.h"
#include "core/CredentialHints.h"
#include "core/DeleteAction.h"
#include "DiagnosisContextBuilder.h"
#include "ErrorPresenter.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QTimer>

namespace berth {

RequestExplainer::RequestExplainer(QObject *parent)
    : QObject(parent)
{ }

QString RequestExplainer::neededPermission() const
{
    if (m_result.request.method != "DELETE")
        return {};
    if (!m_tag.isEmpty())
        return requiredPermission(DeleteAction::RemoveTag);
    if (!m_reference.isEmpty())
        return requiredPermission(DeleteAction::DeleteArtifact);
    if (!m_repositoryPath.isEmpty())
        return requiredPermission(DeleteAction::DeleteRepository);
    return {};
}

QString RequestExplainer::fixedUrl() const
{
    QByteArray path = m_result.request.url.toEncoded(
        QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (m_singleEncoded) {
        // Only the repository segment: between /repositories/ and the next /artifacts or end.
        const int start = path.indexOf("/repositories/");
        if (start >= 0) {
            int end = path.indexOf("/artifacts", start + 14);
            if (end < 0)
                end = path.size();
            QByteArray repo = path.mid(start + 14, end - start - 14);
            repo.replace("%2F", "%252F").replace("%2f", "%252F");
            path = path.left(start + 14) + repo + path.mid(end);
        }
    }
    QUrl u = m_result.request.url;
    QByteArray full
        = u.toEncoded(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo) + path;
    if (u.hasQuery())
        full += '?' + u.query(QUrl::FullyEncoded).toUtf8();
    return QString::fromUtf8(full);
}

void RequestExplainer::explain(const QString &commandLine, int timeoutMs, const QString &caFile)
{
    m_result = Result {};
    m_result.request = CurlCommand::parse(commandLine);
    const CurlRequest &r = m_result.request;
    if (!r.isValid()) {
        m_result.error = r.error;
        QTimer::singleShot(0, this, &RequestExplainer::finished);
        return;
    }

    // Read the Harbor path: /api/v2.0/projects/{p}/repositories/{r}/artifacts/{ref}/tags/{tag}
    const QByteArray path = r.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveQuery);
    const QList<QByteArray> seg = path.split('/');
    const int p = int(seg.indexOf("projects"));
    if (p >= 0 && p + 1 < seg.size())
        m_project = QString::fromUtf8(QByteArray::fromPercentEncoding(seg.at(p + 1)));
    const int rIdx = int(seg.indexOf("repositories"));
    if (rIdx >= 0 && rIdx + 1 < seg.size()) {
        const int aIdx = int(seg.indexOf("artifacts"));
        QByteArrayList repoParts = seg.mid(rIdx + 1, (aIdx > rIdx ? aIdx : seg.size()) - rIdx - 1);
        // A repository that arrived as several path segments, or with a single %2F, is the
        // encoding mistake; Harbor wants %252F.
        const QByteArray joined = repoParts.join('/');
        m_singleEncoded = joined.contains("%2F") || joined.contains("%2f") || (aIdx > rIdx + 2);
        m_repositoryPath = QString::fromUtf8(QByteArray::fromPercentEncoding(QByteArray::fromPercentEncoding(joined)));
        if (aIdx > 0 && aIdx + 1 < seg.size())
            m_reference = QString::fromUtf8(QByteArray::fromPercentEncoding(seg.at(aIdx + 1)));
        const int tIdx = int(seg.indexOf("tags"));
        if (tIdx > 0 && tIdx + 1 < seg.size())
            m_tag = QString::fromUtf8(QByteArray::fromPercentEncoding(seg.at(tIdx + 1)));
    }
    if (!path.startsWith("/api/"))
        m_result.probeLines << tr("The path is not under /api/: Harbor's REST API lives at /api/v2.0.");
    if (!r.mayProbe()) {
        refuse();
        QTimer::singleShot(0, this, &RequestExplainer::finished);
        return;
    }

    ConnectionSettings s;
    QUrl base = r.url;
    base.setPath(QStringLiteral("/"));
    base.setQuery(QString());
    base.setFragment(QString());
    base.setUserInfo(QString());
    s.baseUrl = base;
    s.timeoutMs = timeoutMs;
    s.maxTries = 1;
    s.caFile = caFile;
    s.allowPlainHttp = true; // CurlCommand refuses plain http unless the host is this machine
    Q_EMIT probing(base);
    m_result.probed = true;
    m_client = new HarborClient(s, this);

    ProbeRunner::Target target;
    target.project = m_project;
    target.repositoryPath = m_repositoryPath;
    target.reference = m_reference;
    target.tag = m_tag;
    target.useClientCredentials = false;
    if (r.authScheme == QLatin1String("basic"))
        target.headers.append(
            {"Authorization", "Basic " + (r.userSent + QLatin1Char(':') + r.secretSent).toUtf8().toBase64()});
    else if (r.authScheme == QLatin1String("bearer"))
        target.headers.append({"Authorization", "Bearer " + r.bearerToken.toUtf8()});
    if (!r.cookieHeader.isEmpty())
        target.headers.append({"Cookie", r.cookieHeader.toUtf8()});
    m_probes = new ProbeRunner(m_client, this);
    connect(m_probes, &ProbeRunner::finished, this, &RequestExplainer::afterProbes);
    m_probes->run(target);
}

void RequestExplainer::afterProbes()
{
    m_probeResults = m_probes->results();
    m_result.probeLines += m_probeResults.lines;
    const CurlRequest &r = m_result.request;
    // When the shell changed the name, check the name as typed: accepted means the quoting is
    // the whole bug.
    if (r.authScheme == QLatin1String("basic") && r.nameMangled() && m_probeResults.usersCurrentStatus == 401) {
        ApiRequest req;
        req.url = ApiPaths::currentUser(m_client->baseUrl());
        req.withCredentials = false;
        req.headers.append(
            {"Authorization", "Basic " + (r.userTyped + QLatin1Char(':') + r.secretSent).toUtf8().toBase64()});
        ApiJob *job = m_client->send(req);
        connect(job, &ApiJob::finished, this, [this, job] {
            m_result.probeLines << QCoreApplication::translate(
                "berth::RequestExplainer", "GET /users/current as %1 (the name as typed) -> %2")
                                       .arg(m_result.request.userTyped)
                                       .arg(job->status());
            afterTypedNameProbe(job->status());
        });
        return;
    }
    afterTypedNameProbe(0);
}

void RequestExplainer::afterTypedNameProbe(int status)
{
    m_typedNameStatus = status;
    const CurlRequest &r = m_result.request;
    if (r.method == "GET") {
        // A GET is safe to replay exactly; its real status beats a prediction.
        ApiRequest req;
        req.url = r.url;
        req.withCredentials = false;
        if (r.authScheme == QLatin1String("basic"))
            req.headers.append(
                {"Authorization", "Basic " + (r.userSent + QLatin1Char(':') + r.secretSent).toUtf8().toBase64()});
        else if (r.authScheme == QLatin1String("bearer"))
            req.headers.append({"Authorization", "Bearer " + r.bearerToken.toUtf8()});
        if (!r.cookieHeader.isEmpty())
            req.headers.append({"Cookie", r.cookieHeader.toUtf8()});
        ApiJob *job = m_client->send(req);
        connect(job, &ApiJob::finished, this, [this, job] {
            m_result.facts = job->error();
            m_result.statusObserved = true;
            m_result.probeLines << QCoreApplication::translate("berth::RequestExplainer", "GET (your request) -> %1")
                                       .arg(job->status());
            decide();
        });
        return;
    }
    decide();
}

void RequestExplainer::decide()
{
    const CurlRequest &r = m_result.request;
    const ProbeRunner::Results &pr = m_probeResults;
    ApiError &e = m_result.facts;
    if (!m_result.statusObserved) {
        e = ApiError {};
        e.method = r.method;
        e.url = r.url;
    }
    e.authScheme = r.authScheme;
    e.username = r.authScheme == QLatin1String("basic") ? r.userSent : QString();
    e.cookieSent = !r.cookieNames.isEmpty();

    // The command's own credentials: no profile, nothing from a keyring.
    DiagnosisContext c = diagnosisContext({}, m_project, neededPermission());
    c.sentScheme = r.authScheme;
    c.cookieNames = r.cookieNames;
    c.shellNotes = r.shellNotes;
    c.secretLooksLikeToken = r.authScheme == QLatin1String("basic")
        && checkCredentials(r.userSent, r.secretSent, r.url).hasHint(HintKind::TokenAsSecret);
    ProbeRunner::apply(pr, c);

    if (pr.usersCurrentStatus == 0 && !m_result.statusObserved) {
        m_result.error = tr("Could not reach %1 to run the probes.").arg(r.url.host());
    }

    const bool unsafe = r.method != "GET" && r.method != "HEAD";
    const bool authenticated = pr.usersCurrentStatus == 200 || pr.usersCurrentStatus == 412;
    Cause cause = Cause::NoProblemFound;
    if (m_result.statusObserved && !e.isError()) {
        cause = Cause::NoProblemFound;
    } else if (m_singleEncoded) {
        cause = Cause::BadEncoding;
        e.kind = ApiError::Kind::NotFound, e.httpStatus = 404;
    } else if (unsafe && r.cookieNames.contains(QStringLiteral("sid"))) {
        // CSRF runs before authentication: the cookie fails the request whatever the credentials.
        cause = Cause::CookieCsrf;
        e.kind = ApiError::Kind::Forbidden, e.httpStatus = 403, e.harborCode = QStringLiteral("FORBIDDEN");
        e.harborMessage = QStringLiteral("CSRF token invalid");
    } else if (!authenticated && (unsafe || m_result.statusObserved)) {
        e.kind = ApiError::Kind::Unauthorized, e.httpStatus = 401;
        if (r.authScheme == QLatin1String("basic") && r.nameMangled()
            && (m_typedNameStatus == 412 || m_typedNameStatus == 200 || !r.shellNotes.isEmpty()))
            cause = Cause::ShellExpandedName;
        else
            cause = ErrorPresenter::causeOf(e, c);
    } else if (authenticated && unsafe) {
        const QString needed = c.neededPermission;
        QString own;
        if (r.userSent.startsWith(c.robotPrefix) && r.userSent.contains(QLatin1Char('+')))
            own = r.userSent.mid(c.robotPrefix.size()).section(QLatin1Char('+'), 0, 0);
        if (pr.readOnly.value_or(false)) {
            cause = Cause::ReadOnly;
            e.kind = ApiError::Kind::Forbidden, e.httpStatus = 403, e.harborCode = QStringLiteral("DENIED");
        } else if (!own.isEmpty() && !m_project.isEmpty() && own != m_project) {
            cause = Cause::WrongProject;
            e.kind = ApiError::Kind::Forbidden, e.httpStatus = 403;
        } else if (pr.permissions && !needed.isEmpty() && !pr.permissions->contains(needed)) {
            cause = Cause::PermissionMissing;
            e.kind = ApiError::Kind::Forbidden, e.httpStatus = 403;
        } else if (!pr.tagNowOnDigest.isEmpty()) {
            cause = Cause::TagMoved;
            e.kind = ApiError::Kind::NotFound, e.httpStatus = 404;
        } else if (pr.tagExists && !*pr.tagExists) {
            cause = Cause::AlreadyDeleted;
            e.kind = ApiError::Kind::NotFound, e.httpStatus = 404;
        } else {
            cause = Cause::NoProblemFound;
        }
    } else if (m_result.statusObserved) {
        cause = ErrorPresenter::causeOf(e, c);
    } else {
        cause = Cause::NoProblemFound;
    }

    c.decidedCause = cause;
    c.statusPredicted = !m_result.statusObserved;
    if (m_typedNameStatus == 412 || m_typedNameStatus == 200)
        c.suggestedName = r.userTyped;
    m_result.diagnosis = ErrorPresenter::present(e, c);
    m_result.diagnosis.likelyCauses = c.shellNotes + m_result.diagnosis.likelyCauses + r.notes;

    m_result.correctedCommand = correctedCommand(cause);
    qCInfo(lcDiagnosis).noquote() << "explained as" << causeId(cause);
    Q_EMIT finished();
}

void RequestExplainer::refuse()
{
    const CurlRequest &r = m_result.request;
    ApiError &e = m_result.facts;
    e.method = r.method;
    e.url = r.url;
    e.authScheme = r.authScheme;
    e.username = r.authScheme == QLatin1String("basic") ? r.userSent : QString();
    e.cookieSent = !r.cookieNames.isEmpty();
    DiagnosisContext c;
    c.decidedCause = Cause::ProbeRefused;
    m_result.diagnosis = ErrorPresenter::present(e, c);
    m_result.diagnosis.likelyCauses = r.refusals + r.shellNotes + r.notes;
    m_result.correctedCommand = correctedCommand(Cause::ProbeRefused);
    qCInfo(lcDiagnosis).noquote() << "not probed:" << r.refusals.size() << "reasons";
}

QString RequestExplainer::correctedCommand(Cause cause) const
{
    const CurlRequest &r = m_result.request;
    // The corrected command: the name as typed (in single quotes), Basic, no cookies, %252F.
    QString user = r.authScheme == QLatin1String("basic") ? r.userTyped : QString();
    if (user.isEmpty())
        user = m_project.isEmpty() ? QStringLiteral("robot$<project>+<name>")
                                   : QStringLiteral("robot$%1+<name>").arg(m_project);
    if (cause == Cause::RobotPrefixMissing || cause == Cause::ShellExpandedName) {
        const CredentialCheck check = checkCredentials(r.userSent, QStringLiteral("x"), r.url);
        for (const CredentialHint &h : check.hints)
            if (!h.suggestion.isEmpty() && cause == Cause::RobotPrefixMissing)
                user = h.suggestion;
    }
    return CurlCommand::corrected(r, fixedUrl(), user);
}

} // namespace berth
