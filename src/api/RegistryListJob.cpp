#include "RegistryListJob.h"

#include "core/DisplayText.h"
#include "core/LinkHeader.h"
#include "core/ReferenceGrammar.h"
#include "Logging.h"
#include "RegistryClient.h"
#include "RegistryJob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTimer>
#include <QUrlQuery>

namespace berth {

namespace {

double mebibytes(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

QString lastOf(const QUrl &url)
{
    return QUrlQuery(url).queryItemValue(QStringLiteral("last"), QUrl::FullyDecoded);
}

} // namespace

RegistryListJob::RegistryListJob(RegistryClient *client, Kind kind, QUrl firstUrl, QString scope, QString repository)
    : QObject(client)
    , m_client(client)
    , m_kind(kind)
    , m_firstUrl(std::move(firstUrl))
    , m_scope(std::move(scope))
    , m_repository(std::move(repository))
{ }

RegistryListJob::~RegistryListJob()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
}

void RegistryListJob::start()
{
    if (m_started)
        return;
    m_started = true;
    request(m_firstUrl);
}

void RegistryListJob::abort()
{
    if (m_ending)
        return;
    ApiError e;
    e.kind = ApiError::Kind::Cancelled;
    e.url = m_currentUrl;
    e.method = "GET";
    e.transportMessage = QStringLiteral("cancelled");
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
        m_job.clear();
    }
    m_ending = true;
    // Always asynchronous, so a caller that aborts from a page() slot sees one contract.
    QTimer::singleShot(0, this, [this, e] { finishWith(e); });
}

void RegistryListJob::request(const QUrl &url)
{
    if (!m_client || !m_client->transport()) {
        ApiError e;
        e.kind = ApiError::Kind::Cancelled;
        e.transportMessage = QStringLiteral("the connection was closed");
        m_ending = true;
        QTimer::singleShot(0, this, [this, e] { finishWith(e); });
        return;
    }
    m_currentUrl = url;
    m_seenUrls.insert(url.toString(QUrl::FullyEncoded));
    ApiRequest req;
    req.url = url;
    req.listPage = true; // capped at maxListPageBytes
    req.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    const QString nameError = m_kind == Kind::Tags ? RegistryClient::repositoryError(m_repository) : QString();
    ++m_requests;
    RegistryJob *job = m_client->start(req, m_scope, nameError);
    m_job = job;
    connect(job, &RegistryJob::finished, this, [this, job] { onPage(job); });
}

void RegistryListJob::onPage(RegistryJob *job)
{
    m_job.clear();
    if (m_ending)
        return;
    if (!job->ok()) {
        finishWith(job->error());
        return;
    }
    const ConnectionSettings &s = m_client->transport()->settings();
    auto failWith = [this, job](const QString &why) {
        job->fail(ApiError::Kind::BadResponse, why);
        finishWith(job->error());
    };

    // Bytes count before anything is built from them.
    const QByteArray &body = job->body();
    if (m_bytes + body.size() > s.maxListBytes) {
        failWith(tr("a list larger than %1 MiB, the cap for one list").arg(mebibytes(s.maxListBytes)));
        return;
    }
    m_bytes += body.size();
    QStringList names;
    const QString parseError = parse(body, &names);
    if (!parseError.isEmpty()) {
        failWith(parseError);
        return;
    }
    ++m_pages;

    // Where the list goes on, checked before this page is handed out so that a list ending in an
    // error never looks complete.
    bool crossOrigin = false;
    bool malformed = false;
    const QUrl next = nextLink(job->responseHeader("Link"), m_currentUrl, &crossOrigin, &malformed);
    QString stop;
    if (malformed)
        stop = tr("the registry's Link header (its link to the next page) could not be read");
    else if (crossOrigin)
        stop = tr("the registry's link to the next page leads to another server; Berth does not send the "
                  "profile's credentials there");
    else if (next.isValid() && next.path(QUrl::FullyEncoded) != m_firstUrl.path(QUrl::FullyEncoded))
        stop = tr("the registry's link to the next page leads to another path (%1)")
                   .arg(next.path(QUrl::FullyEncoded).left(200));
    else if (next.isValid()
        && (m_seenUrls.contains(next.toString(QUrl::FullyEncoded))
            || (!lastOf(next).isEmpty() && lastOf(next) == lastOf(m_currentUrl))))
        stop = tr("the registry's link to the next page repeats an earlier page (last=%1)").arg(lastOf(next).left(200));
    else if (next.isValid() && m_pages >= s.maxPages)
        stop = tr("a list that did not end after %1 pages, the cap for one list").arg(s.maxPages);
    if (!stop.isEmpty()) {
        failWith(stop);
        return;
    }

    m_names += names.size();
    if (!names.isEmpty()) {
        QPointer<RegistryListJob> self(this);
        Q_EMIT page(names);
        if (!self || m_ending)
            return; // aborted from a page() slot
    }
    if (next.isValid())
        request(next);
    else
        finishWith({});
}

QString RegistryListJob::parse(const QByteArray &body, QStringList *names)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    const QString what = m_kind == Kind::Catalog ? tr("The registry's list of repositories")
                                                 : tr("The registry's list of tags of %1").arg(m_repository);
    if (error.error != QJsonParseError::NoError)
        return tr("%1 is not JSON (%2 at byte %3)").arg(what, error.errorString()).arg(error.offset);
    if (!doc.isObject())
        return tr("%1 is not a JSON object").arg(what);
    const QJsonObject object = doc.object();
    const QString key = m_kind == Kind::Catalog ? QStringLiteral("repositories") : QStringLiteral("tags");
    const QJsonValue list = object.value(key);
    if (m_kind == Kind::Tags) {
        const QJsonValue name = object.value(QLatin1String("name"));
        if (!name.isUndefined() && name.toString() != m_repository)
            return tr("%1 names another repository").arg(what);
    }
    // Distribution answers "tags": null for a repository whose tags are all gone.
    if (list.isNull())
        return {};
    if (!list.isArray())
        return tr("%1 has no \"%2\" array").arg(what, key);
    const QJsonArray array = list.toArray();
    const ConnectionSettings &s = m_client->transport()->settings();
    // Every entry counts against the cap, kept or not: the cap bounds what the server may make us read.
    if (m_names + m_rejected + array.size() > s.maxListItems)
        return tr("a list of more than %1 items, the cap for one list").arg(s.maxListItems);
    names->reserve(array.size());
    for (const QJsonValue &v : array) {
        if (!v.isString())
            return tr("%1 holds an entry that is not a name").arg(what);
        const QString name = v.toString();
        const QString nameError
            = m_kind == Kind::Catalog ? RegistryClient::repositoryError(name) : ReferenceGrammar::tagError(name);
        if (!nameError.isEmpty()) {
            // Skipped and counted, never a row: such a name would become a request path.
            ++m_rejected;
            if (m_rejectedSample.size() < kRejectedSample)
                m_rejectedSample << name.left(300);
            if (m_rejected <= kRejectedSample)
                qCWarning(lcApi).noquote()
                    << "left out a name outside the grammar:" << DisplayText::escapeControl(nameError.left(300));
            continue;
        }
        names->append(name);
    }
    return {};
}

void RegistryListJob::finishWith(const ApiError &error)
{
    if (m_finished)
        return;
    m_ending = true;
    m_finished = true;
    m_error = error;
    Q_EMIT finished(m_error);
    deleteLater();
}

} // namespace berth
