// RegistryTreeModel: the registries at the top of the tree and the client each one loads with
// (added, replaced after a new login or an anonymous choice, removed). The Qt model itself is in
// RegistryTreeModel.cpp.
#include "HarborTreeLoader.h"
#include "RegistryTreeLoader.h"
#include "RegistryTreeModel.h"

namespace berth {

QModelIndex RegistryTreeModel::addRegistry(const QString &name, HarborClient *client, const QString &accountLabel)
{
    return addRegistry(name, std::make_unique<HarborTreeLoader>(client, loadSink()), accountLabel);
}

QModelIndex RegistryTreeModel::addRegistry(
    const QString &name, std::unique_ptr<TreeLoader> loader, const QString &accountLabel)
{
    RegistryNode *n = m_store.addRegistry(name, loader->baseUrl(), accountLabel);
    m_fetches->setLoader(n, std::move(loader));
    return indexFor(n);
}

void RegistryTreeModel::removeRegistry(const QModelIndex &registry)
{
    if (RegistryNode *n = registryNodeAt(registry))
        m_store.removeChild(m_store.root(), n->row);
}

HarborClient *RegistryTreeModel::clientFor(const QModelIndex &index) const
{
    const TreeLoader *loader = index.isValid() ? m_fetches->loaderFor(nodeAt(index)) : nullptr;
    return loader ? loader->harborClient() : nullptr;
}

RegistryClient *RegistryTreeModel::registryClientFor(const QModelIndex &index) const
{
    const TreeLoader *loader = index.isValid() ? m_fetches->loaderFor(nodeAt(index)) : nullptr;
    return loader ? loader->registryClient() : nullptr;
}

ApiTransport *RegistryTreeModel::transportFor(const QModelIndex &index) const
{
    const TreeLoader *loader = index.isValid() ? m_fetches->loaderFor(nodeAt(index)) : nullptr;
    return loader ? loader->transport() : nullptr;
}

bool RegistryTreeModel::isPlainRegistry(const QModelIndex &index) const
{
    const RegistryNode *n = index.isValid() ? nodeAt(index)->registry() : nullptr;
    return n && n->data && n->data->plainRegistry;
}

QModelIndex RegistryTreeModel::registryIndex(const QString &name) const
{
    for (const auto &c : m_store.root()->children)
        if (c->name == name)
            return indexFor(c.get());
    return {};
}

void RegistryTreeModel::setRegistryUnavailable(const QModelIndex &registry, const QString &message)
{
    RegistryNode *n = registryNodeAt(registry);
    if (!n)
        return;
    m_fetches->cancel(n);
    m_store.clearChildren(n);
    n->data->state = FetchState::Failed;
    n->data->error = {};
    n->data->error.detail = message;
    m_store.addErrorRow(n, message);
    nodeChanged(n);
}

void RegistryTreeModel::setRegistryClient(
    const QModelIndex &registry, HarborClient *client, const QString &accountLabel)
{
    if (RegistryNode *n = registryNodeAt(registry))
        replaceLoader(n, std::make_unique<HarborTreeLoader>(client, loadSink()), accountLabel, false);
}

void RegistryTreeModel::setRegistryClient(
    const QModelIndex &registry, RegistryClient *client, const QStringList &repositories, const QString &accountLabel)
{
    if (RegistryNode *n = registryNodeAt(registry))
        replaceLoader(n, std::make_unique<RegistryTreeLoader>(client, loadSink(), repositories), accountLabel, true);
}

void RegistryTreeModel::replaceLoader(
    RegistryNode *n, std::unique_ptr<TreeLoader> loader, const QString &accountLabel, bool plainRegistry)
{
    m_fetches->cancel(n);
    // Rows shown from the snapshot while the secret was read stay, for the live load to merge
    // over them; anything else belongs to the old connection.
    const bool snapshotShown = n->unconfirmed && n->data->snapshotMs > 0 && !n->data->baseUrl.isValid()
        && n->data->plainRegistry == plainRegistry;
    if (!snapshotShown)
        m_store.clearChildren(n);
    if (loader->baseUrl().isValid())
        n->data->baseUrl = loader->baseUrl();
    m_fetches->setLoader(n, std::move(loader));
    n->data->accountLabel = accountLabel;
    n->data->credentialState.clear();
    n->data->anonymousAccepted = false;
    n->data->plainRegistry = plainRegistry;
    if (!snapshotShown)
        n->data->state = FetchState::NotFetched;
    nodeChanged(n);
}

void RegistryTreeModel::continueAnonymously(const QModelIndex &registry, HarborClient *anonymous)
{
    RegistryNode *n = registryNodeAt(registry);
    if (!n)
        return;
    m_fetches->cancel(n);
    m_fetches->setLoader(n, std::make_unique<HarborTreeLoader>(anonymous, loadSink()));
    n->data->credentialState.clear();
    continueAnonymously(registry);
}

void RegistryTreeModel::continueAnonymously(
    const QModelIndex &registry, RegistryClient *anonymous, const QStringList &repositories)
{
    RegistryNode *n = registryNodeAt(registry);
    if (!n)
        return;
    m_fetches->cancel(n);
    m_fetches->setLoader(n, std::make_unique<RegistryTreeLoader>(anonymous, loadSink(), repositories));
    n->data->credentialState.clear();
    continueAnonymously(registry);
}

void RegistryTreeModel::continueAnonymously(const QModelIndex &registry)
{
    RegistryNode *n = registryNodeAt(registry);
    if (!n)
        return;
    n->data->anonymousAccepted = true;
    n->data->accountLabel = tr("anonymous (public projects only)");
    m_store.clearChildren(n);
    n->data->state = FetchState::NotFetched;
    nodeChanged(n);
    m_fetches->start(n, false);
}

} // namespace berth
