#include "PagedListJob.h"

#include "ApiJob.h"
#include "core/JsonShape.h"
#include "core/PageInfo.h"
#include "HarborClient.h"
#include "Logging.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>
#include <QUrlQuery>
#include <utility>

namespace berth {

namespace {

QString mebibytes(qint64 bytes)
{
    return QString::number(bytes / (1024.0 * 1024.0), 'g', 6);
}

} // namespace

PagedListJob::PagedListJob(HarborClient *client, QUrl listUrl, PageParser parser, int concurrency)
    : QObject(client)
    , m_client(client)
    , m_url(std::move(listUrl))
    , m_parser(std::move(parser))
    , m_concurrency(qMax(1, concurrency))
{ }

PagedListJob::~PagedListJob()
{
    endActive();
    m_finished = true;
    auto inFlight = std::exchange(m_inFlight, {});
    for (auto &[page, job] : inFlight)
        if (job)
            job->abort();
}

QUrl PagedListJob::pageUrl(int page) const
{
    QUrl u = m_url;
    QUrlQuery q(u);
    q.removeAllQueryItems(QStringLiteral("page"));
    q.removeAllQueryItems(QStringLiteral("page_size"));
    q.addQueryItem(QStringLiteral("page"), QString::number(page));
    q.addQueryItem(QStringLiteral("page_size"), QString::number(kPageSize));
    u.setQuery(q);
    return u;
}

void PagedListJob::start()
{
    if (m_started)
        return;
    m_started = true;
    m_client->listStarted();
    m_countedActive = true;
    requestPage(1);
}

void PagedListJob::abort()
{
    if (m_finished)
        return;
    ApiError e;
    e.kind = ApiError::Kind::Cancelled;
    e.method = "GET";
    e.url = pageUrl(m_nextToDeliver);
    e.transportMessage = QStringLiteral("cancelled");
    fail(e);
}

void PagedListJob::requestPage(int page)
{
    ApiRequest req;
    req.url = pageUrl(page);
    req.listPage = true;
    ApiJob *job = m_client->send(req);
    m_inFlight[page] = job;
    ++m_requests;
    connect(job, &ApiJob::finished, this, [this, job, page] { onPageFinished(job, page); });
}

void PagedListJob::onPageFinished(ApiJob *job, int page)
{
    m_inFlight.erase(page);
    if (m_finished)
        return;
    if (!job->ok()) {
        fail(job->error());
        return;
    }
    // Bytes count as they arrive, before anything is built from them.
    const qint64 bytes = job->body().size();
    const ConnectionSettings &s = m_client->settings();
    QString capHit;
    if (m_listBytes + bytes > s.maxListBytes)
        capHit = tr("a list larger than %1 MiB, the cap for one list").arg(mebibytes(s.maxListBytes));
    else if (m_client->sessionUsage().bytes + bytes > s.maxSessionBytes)
        capHit
            = tr("more than %1 MiB of lists in one session, the cap for one session").arg(mebibytes(s.maxSessionBytes));
    if (!capHit.isEmpty()) {
        ApiError e = job->error();
        e.kind = ApiError::Kind::BadResponse;
        e.detail = capHit;
        fail(e);
        return;
    }
    m_listBytes += bytes;
    m_client->addSessionUsage(0, bytes);

    PageFacts facts;
    facts.error = job->error();
    facts.status = job->status();
    facts.totalCount = job->responseHeader("X-Total-Count");
    facts.snippet = job->body().left(512);
    ++m_parsing;
    auto *watcher = new QFutureWatcher<ParsedPage>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, page, facts] {
        watcher->deleteLater();
        --m_parsing;
        onPageParsed(page, facts, watcher->result());
    });
    // The body is implicitly shared and only read there; the job itself stays on this thread.
    // The shape is checked first: a page of a million `{}` is three megabytes of text but
    // hundreds of megabytes once mapped.
    watcher->setFuture(QtConcurrent::run(
        [parser = m_parser](const QByteArray &body, int firstIndex) {
            const QString refusal = JsonShape::listPageRefusal(JsonShape::scan(body), kPageSize);
            if (!refusal.isEmpty()) {
                ParsedPage refused;
                refused.error = refusal;
                return refused;
            }
            return parser(body, firstIndex);
        },
        job->body(), (page - 1) * kPageSize));
}

void PagedListJob::onPageParsed(int page, const PageFacts &facts, ParsedPage parsed)
{
    if (m_finished)
        return;
    if (!parsed.error.isEmpty()) {
        ApiError e = facts.error;
        e.kind = ApiError::Kind::BadResponse;
        e.detail = parsed.error;
        e.bodySnippet = facts.snippet;
        e.httpStatus = facts.status;
        fail(e);
        return;
    }
    if (const QString capHit = itemCapHit(parsed.count); !capHit.isEmpty()) {
        ApiError e = facts.error;
        e.kind = ApiError::Kind::BadResponse;
        e.detail = capHit;
        e.httpStatus = facts.status;
        fail(e);
        return;
    }
    m_listItems += parsed.count;
    m_client->addSessionUsage(parsed.count, 0);

    if (page == 1) {
        m_total = PageInfo::parseTotalCount(facts.totalCount);
        const int cap = m_client->policy().settings().maxPages;
        if (m_total) {
            m_lastPage = PageInfo::pageCount(*m_total, kPageSize, cap);
            const qint64 wanted = (*m_total + kPageSize - 1) / kPageSize;
            if (wanted > cap)
                m_warning
                    = tr("the server reports %1 items; only the first %2 pages are fetched").arg(*m_total).arg(cap);
        } else {
            m_lastPage = 1; // unknown total: walk on while pages come back full
            if (!facts.totalCount.isEmpty())
                m_warning = tr("ignored an unreadable X-Total-Count header");
        }
    }

    if (parsed.count < kPageSize && page < m_lastPage) {
        // Fewer items than the total promised: stop asking for pages past this one.
        m_stopFanOut = true;
        m_lastPage = page;
        if (m_warning.isEmpty())
            m_warning = tr("the server reported %1 items but page %2 held only %3")
                            .arg(m_total.value_or(-1))
                            .arg(page)
                            .arg(parsed.count);
    } else if (parsed.count >= kPageSize && page == m_lastPage && !m_stopFanOut
        && (!m_total || qint64(page) * kPageSize > *m_total)) {
        // A full last page and the total was missing or too low: keep going one page at a time.
        const int cap = m_client->policy().settings().maxPages;
        if (page < cap) {
            m_lastPage = page + 1;
            if (m_total && m_warning.isEmpty())
                m_warning = tr("the server reported %1 items but sent more").arg(*m_total);
        } else {
            ApiError e = facts.error;
            e.kind = ApiError::Kind::BadResponse;
            e.detail = tr("a list that did not end after %1 pages, the cap for one list").arg(cap);
            m_done[page] = Done {parsed.count, std::move(parsed.deliver)};
            flush();
            fail(e);
            return;
        }
    }

    m_done[page] = Done {parsed.count, std::move(parsed.deliver)};
    flush();
    scheduleMore();
    if (m_inFlight.empty() && m_parsing == 0 && m_nextToDeliver > m_lastPage)
        finish();
}

QString PagedListJob::itemCapHit(int count) const
{
    const ConnectionSettings &s = m_client->settings();
    if (count > kPageSize) // the shape check missed it (a body the scan read differently)
        return JsonShape::listPageRefusal(JsonShape::Shape {true, count, 0, 0}, kPageSize);
    if (m_listItems + count > s.maxListItems)
        return tr("a list of more than %1 items, the cap for one list").arg(s.maxListItems);
    if (m_client->sessionUsage().items + count > s.maxSessionItems)
        return tr("more than %1 list items in one session, the cap for one session").arg(s.maxSessionItems);
    return {};
}

void PagedListJob::scheduleMore()
{
    // A page being parsed still counts: until it is, nobody knows whether it ends the list.
    while (!m_finished && m_nextToRequest <= m_lastPage
        && static_cast<int>(m_inFlight.size()) + m_parsing < m_concurrency) {
        if (m_stopFanOut && m_nextToRequest > m_lastPage)
            break;
        requestPage(m_nextToRequest++);
    }
}

void PagedListJob::flush()
{
    while (true) {
        auto it = m_done.find(m_nextToDeliver);
        if (it == m_done.end())
            break;
        Done d = std::move(it->second);
        m_done.erase(it);
        ++m_nextToDeliver;
        if (m_nextToDeliver - 1 > m_lastPage)
            continue; // a page past a short one: nothing real lives there
        m_delivered += d.count;
        if (d.deliver)
            d.deliver();
        Q_EMIT progress(m_delivered, m_total.value_or(-1));
        if (m_finished)
            return;
    }
}

void PagedListJob::fail(const ApiError &error)
{
    if (m_finished)
        return;
    m_error = error;
    m_finished = true; // before aborting: aborted pages report back synchronously
    auto inFlight = std::exchange(m_inFlight, {});
    for (auto &[page, job] : inFlight)
        if (job)
            job->abort();
    emitFinished();
}

void PagedListJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    emitFinished();
}

void PagedListJob::emitFinished()
{
    if (!m_warning.isEmpty())
        qCWarning(lcApi).noquote() << m_url.toString(QUrl::FullyEncoded) << m_warning;
    Q_EMIT finished();
    // After the signal: a list its handler starts at once belongs to the same session.
    endActive();
    deleteLater();
}

void PagedListJob::endActive()
{
    if (m_countedActive && m_client)
        m_client->listEnded();
    m_countedActive = false;
}

} // namespace berth
