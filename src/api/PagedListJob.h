#pragma once

#include "ApiError.h"

#include <functional>
#include <map>
#include <optional>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

namespace berth {

class ApiJob;
class HarborClient;

// A whole Harbor list: the first page with page_size=100, then the remaining pages in
// parallel (bounded), computed from X-Total-Count. Pages are delivered as they arrive but in
// page order. A lying X-Total-Count cannot make it loop: an empty page stops the fan-out, a
// full last page continues one page at a time, and the page count is capped. A page with more
// items than page_size is refused before it is parsed, and items and bytes are capped per list
// and per session (ConnectionSettings), so a hostile server cannot make a list cost unbounded memory.
// Pages are parsed on a worker thread (the parser must be a pure function of its arguments) and
// handed back one per event-loop turn, so a burst of replies cannot stall the GUI.
class PagedListJob : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 100;

    struct ParsedPage
    {
        int count = 0;
        QString error; // non-empty: the body was not the list we expected
        std::function<void()> deliver; // hands the parsed items to the caller, in order
    };
    using PageParser = std::function<ParsedPage(const QByteArray &body, int firstIndex)>;

    PagedListJob(HarborClient *client, QUrl listUrl, PageParser parser, int concurrency);
    ~PagedListJob() override;

    void start();
    void abort();

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    std::optional<qint64> totalCount() const { return m_total; }
    qint64 delivered() const { return m_delivered; }
    int requests() const { return m_requests; }
    QString warning() const { return m_warning; }

Q_SIGNALS:
    void progress(qint64 delivered, qint64 total); // total is -1 when unknown
    void finished();

private:
    void requestPage(int page);
    void onPageFinished(ApiJob *job, int page);
    struct PageFacts
    {
        ApiError error; // the request's facts, for a BadResponse built from them
        int status = 0;
        QByteArray totalCount; // X-Total-Count as sent
        QByteArray snippet;
    };
    void onPageParsed(int page, const PageFacts &facts, ParsedPage parsed);
    void scheduleMore();
    void flush();
    QString itemCapHit(int count) const; // empty, or which cap `count` more items would pass
    void endActive();
    void fail(const ApiError &error);
    void finish();
    void emitFinished();
    QUrl pageUrl(int page) const;

    struct Done
    {
        int count = 0;
        std::function<void()> deliver;
    };

    QPointer<HarborClient> m_client;
    QUrl m_url;
    PageParser m_parser;
    int m_concurrency = 6;
    std::optional<qint64> m_total;
    int m_lastPage = 1; // pages we intend to fetch
    int m_nextToRequest = 2;
    int m_nextToDeliver = 1;
    bool m_stopFanOut = false;
    std::map<int, QPointer<ApiJob>> m_inFlight;
    int m_parsing = 0; // pages whose bodies are on a worker thread
    std::map<int, Done> m_done;
    ApiError m_error;
    QString m_warning;
    qint64 m_delivered = 0;
    qint64 m_listItems = 0; // accepted so far, against ConnectionSettings::maxListItems
    qint64 m_listBytes = 0; // page bodies received, against maxListBytes
    bool m_countedActive = false; // counted in the client's running lists
    int m_requests = 0;
    bool m_finished = false;
    bool m_started = false;
};

} // namespace berth
