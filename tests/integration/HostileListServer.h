#pragma once

#include <atomic>
#include <QObject>
#include <QThread>
#include <QUrl>

class HostileListWorker;

// A deliberately hostile "Harbor" on 127.0.0.1 that answers every list request (projects,
// repositories, artifacts, tags) with one of the shapes below, and anything else with a small
// Harbor-like answer. Bodies are generated as they are sent, never held whole, so the server adds
// almost nothing to the memory the test measures. It runs in its own thread, so a blocking
// berthctl run in the test's thread is still answered.
class HostileListServer
{
public:
    enum class Shape {
        MillionEmptyObjects, // one 3 MB page of 1,000,000 `{}`, X-Total-Count 1000000
        EndlessFatPages, // 100 items of ~20 KB per page (~2 MB), no X-Total-Count, a Link to the next page
        EndlessSmallPages, // 100 small items per page, no X-Total-Count, a Link to the next page
        HugePages, // 60 MB pages of `{}`, no Content-Length (the body ends when the server closes)
        HugePagesWithLength, // the same with Content-Length
        Legit, // Harbor's own shape: X-Total-Count `total`, 100 items of ~`itemBytes` per page
        ManyValues, // every other request (users/current, a DELETE, ...) answered with 3,000,000 numbers
    };
    struct Config
    {
        Shape shape = Shape::Legit;
        qint64 hugeBytes = 60ll * 1000 * 1000;
        int fatPageBytes = 2 * 1000 * 1000;
        int total = 250; // Legit
        int itemBytes = 40; // Legit
    };

    explicit HostileListServer(Config config);
    ~HostileListServer();

    bool start();
    QUrl url() const;
    int listRequests() const { return m_listRequests.load(); }

private:
    Config m_config;
    QThread m_thread;
    HostileListWorker *m_worker = nullptr;
    quint16 m_port = 0;
    std::atomic<int> m_listRequests {0};
};
