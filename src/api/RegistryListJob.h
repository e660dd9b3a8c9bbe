#pragma once

#include "ApiError.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace berth {

class RegistryClient;
class RegistryJob;

// A list that follows Link paging (catalog, tags): distribution docs/spec/api.md "Pagination",
// OCI distribution-spec "Listing Tags". One request at a time, since each page's link names the
// next. Never silently cut: more than ConnectionSettings::maxPages pages, more than maxListItems
// names or maxListBytes of bodies, a cross-origin next link, a next link to another path, a page
// that repeats the previous `last` (or an earlier page), an unreadable Link header, or a body
// that is not the expected JSON ends with an error (kind BadResponse, the reason in detail).
//
// Names outside the grammar (a hostile server's "../x", a tag with a slash) never become rows:
// they are skipped and counted (rejectedNames(), the first few in rejectedSample()), and the list
// goes on, so one bad name on a shared registry does not hide every good one. Callers say that
// names were left out when the count is not zero.
class RegistryListJob : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Catalog, Tags };

    // Made by RegistryClient::catalog() and tags(), which start it.
    RegistryListJob(RegistryClient *client, Kind kind, QUrl firstUrl, QString scope, QString repository = {});
    ~RegistryListJob() override;

    void start();
    void abort(); // ends as Cancelled (finished emitted once)
    bool isFinished() const { return m_finished; }
    int pages() const { return m_pages; }
    int requests() const { return m_requests; }
    qint64 names() const { return m_names; } // delivered through page()
    int rejectedNames() const { return m_rejected; }
    QStringList rejectedSample() const { return m_rejectedSample; } // at most kRejectedSample, as sent
    Kind kind() const { return m_kind; }
    QString repository() const { return m_repository; } // for Tags
    const ApiError &error() const { return m_error; }

    static constexpr int kRejectedSample = 5;

Q_SIGNALS:
    void page(const QStringList &names); // each page's names as they arrive (repositories or tags)
    void finished(const berth::ApiError &error); // exactly once; deletes itself later (deleteLater)

private:
    void request(const QUrl &url);
    void onPage(RegistryJob *job);
    // Empty, or why the body is not the list expected; fills `names` with the accepted ones.
    QString parse(const QByteArray &body, QStringList *names);
    void finishWith(const ApiError &error);

    QPointer<RegistryClient> m_client;
    Kind m_kind;
    QUrl m_firstUrl;
    QUrl m_currentUrl;
    QString m_scope;
    QString m_repository;
    QPointer<RegistryJob> m_job;
    QSet<QString> m_seenUrls;
    ApiError m_error;
    QStringList m_rejectedSample;
    qint64 m_names = 0;
    qint64 m_bytes = 0;
    int m_pages = 0;
    int m_requests = 0;
    int m_rejected = 0;
    bool m_started = false;
    bool m_ending = false; // abort() or an error: nothing more is requested or emitted but finished
    bool m_finished = false;
};

} // namespace berth
