#pragma once

#include "api/HarborClient.h"
#include "TreeLoader.h"
#include "TreeOrderQueue.h"
#include "TreeRows.h"

#include <QPointer>

namespace berth {

// Fills a Harbor registry's tree through its management API: projects once Harbor has said who
// we are (never silently anonymous), repositories per project in folders, artifacts and tags
// per repository, at most a few repositories at a time.
class HarborTreeLoader : public TreeLoader
{
    Q_OBJECT

public:
    HarborTreeLoader(HarborClient *client, LoadSink *sink, QObject *parent = nullptr);

    QUrl baseUrl() const override;
    HarborClient *harborClient() const override { return m_client.data(); }
    ApiTransport *transport() const override { return m_client.data(); }
    void load(RegistryNode *container, bool merge) override;
    void resetCredentials() override;

private:
    void loadProjects(RegistryNode *registry, bool merge);
    void loadRepositories(RegistryNode *project, bool merge);
    void loadArtifacts(RegistryNode *repository, bool merge);
    void issueArtifacts(RegistryNode *repository, bool merge);
    void pumpArtifactQueue();

    QPointer<HarborClient> m_client;
    TreeRows m_rows;

    // Expanding many repositories at once must not put hundreds of replies in flight: their
    // bodies pile up in memory and their parsing blocks the GUI in one go. Queue beyond a few,
    // and serve the queue top to bottom (TreeOrderQueue says why). Two more than the six
    // connections an origin gets (PlainHttpPool, and Qt's own limit): a connection that delivers
    // a page sends the next request at once, while that page is parsed and inserted (a million
    // tags on a quiet machine: 6.9-7.6 s with 4 or 6, 5.6-6.3 s with 8).
    static constexpr int kMaxArtifactFetches = 8;
    struct QueuedFetch
    {
        Guard guard;
        bool merge;
    };
    TreeOrderQueue<QueuedFetch> m_artifactQueue;
    int m_artifactFetches = 0;
};

} // namespace berth
