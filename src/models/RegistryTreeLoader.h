#pragma once

#include "api/RegistryClient.h"
#include "TreeLoader.h"
#include "TreeRows.h"

#include <deque>
#include <functional>
#include <QPointer>
#include <QStringList>

namespace berth {

// Fills a plain OCI registry's tree through the distribution API (/v2/): repositories from the
// catalog (or, where the catalog is denied, from the profile's own list) under the registry
// node in folders by '/', then one row per tag. A registry lists tags without digests: when a
// repository is expanded, each tag's digest comes from a HEAD of its manifest (a HEAD does not
// count as a pull on Docker Hub), a few at a time, and tags sharing a digest share a record.
// Tags of the referrers tag schema ("sha256-<hex>") hang under their subject as accessories.
class RegistryTreeLoader : public TreeLoader
{
    Q_OBJECT

public:
    // `registry` is not owned. `repositories`: the profile's own list; when not empty the
    // catalog is not asked.
    RegistryTreeLoader(
        RegistryClient *registry, LoadSink *sink, QStringList repositories = {}, QObject *parent = nullptr);

    QUrl baseUrl() const override;
    ApiTransport *transport() const override;
    RegistryClient *registryClient() const override { return m_registry.data(); }
    void load(RegistryNode *container, bool merge) override;

    // Whether `tag` names the referrers of a manifest (distribution-spec "Referrers Tag Schema":
    // "<alg>-<hex>"); `subject` gets "sha256:<hex>".
    static bool isReferrersTag(const QString &tag, QString *subject = nullptr);
    // What the tags of one repository came to: artifacts grouped by digest, referrers tags as
    // accessories of their subject (an untagged subject becomes an artifact without tags).
    // `heads` holds each tag's HEAD (an empty digest when it failed).
    static QList<Artifact> artifactsOf(
        const QStringList &tags, const QHash<QString, RegistryClient::ManifestHead> &heads);

private:
    void loadRepositories(RegistryNode *registry, bool merge);
    void listCatalog(RegistryNode *registry, bool merge);
    void finishRepositories(RegistryNode *registry, const QStringList &names, const ApiError &error, bool merge);
    void loadTags(RegistryNode *repository, bool merge);
    void headTags(RegistryNode *repository, const QStringList &tags, bool merge);
    void pumpHeads();
    struct TagHeads
    {
        QStringList tags;
        QHash<QString, RegistryClient::ManifestHead> done; // an empty digest where the HEAD failed
        ApiError firstError;
        int pending = 0;
    };
    void finishTags(RegistryNode *repository, const TagHeads &heads, bool merge);

    QPointer<RegistryClient> m_registry;
    QStringList m_repositories;
    bool m_deletionProbed = false; // asked once per registry, with the first repository listed
    TreeRows m_rows;

    // A repository of 500 tags must not put 500 HEADs in flight: a few at a time, shared by
    // every expanded repository of this registry.
    static constexpr int kMaxHeads = 6;
    std::deque<std::function<void()>> m_headQueue;
    int m_heads = 0;
};

} // namespace berth
