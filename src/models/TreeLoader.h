#pragma once

#include "TreeStore.h"

#include <memory>
#include <QObject>
#include <QUrl>

namespace berth {

class ApiTransport;
class HarborClient;
class RegistryClient;

// What a loader reports while it fetches. The model implements it: it owns the store, the
// "Loading…" and error rows, and the batching of insertions a view needs.
class LoadSink
{
public:
    virtual ~LoadSink() = default;
    // container->data->loaded and ->total changed.
    virtual void loadProgress(RegistryNode *container) = 0;
    // Rows of a first load, streamed in as pages arrive (inserted in batches).
    virtual void rowsArrived(RegistryNode *container, NodeRows rows, ArtifactRecords records) = 0;
    // The load ended. `rows` and `records` hold what was built at the end: the fresh children
    // to merge (merge), or to append (a load that did not stream). A merge applies only when
    // the load succeeded: a failed or cancelled refresh changes nothing.
    virtual void loadFinished(
        RegistryNode *container, const ApiError &error, NodeRows rows, ArtifactRecords records, bool merge)
        = 0;
    // The server rejected the registry's credentials: nothing is shown until the user decides.
    virtual void credentialsRefused(RegistryNode *registry, const ApiError &error) = 0;
};

// Fetches the children of a container node from one registry: what to ask next, how many
// requests at once, the credential gate. One per registry; HarborTreeLoader speaks Harbor's
// API. A loader for a registry without projects hangs repositories under the registry node:
// the tree, the store and the model do not care which levels exist.
class TreeLoader : public QObject
{
    Q_OBJECT

public:
    TreeLoader(LoadSink *sink, QObject *parent = nullptr);

    virtual QUrl baseUrl() const = 0;
    // The Harbor API client behind this loader, for the actions that need it; null for others.
    virtual HarborClient *harborClient() const { return nullptr; }
    // What sends this registry's requests (a HarborClient is one); null once it is gone.
    virtual ApiTransport *transport() const { return nullptr; }
    // The /v2/ client a plain registry is browsed with; null for Harbor (its actions go
    // through harborClient()).
    virtual RegistryClient *registryClient() const { return nullptr; }
    // Starts fetching the children of `container` (its state is already Fetching). Later
    // callbacks are dropped when the node goes or a newer fetch starts (its generation bumps).
    virtual void load(RegistryNode *container, bool merge) = 0;
    // Forget the server's verdict on the credentials, before a retry.
    virtual void resetCredentials() { }

protected:
    LoadSink *sink() const { return m_sink; }

    // Whether a callback of a fetch may still touch its node: the node lives and no newer
    // fetch has started. Every callback checks this first, in one way.
    class Guard
    {
    public:
        explicit Guard(RegistryNode *node);
        bool valid() const;
        RegistryNode *node() const { return m_node; }

    private:
        std::weak_ptr<char> m_alive;
        RegistryNode *m_node;
        quint64 m_generation;
    };

private:
    LoadSink *m_sink;
};

} // namespace berth
