#include "UndoRecorder.h"

#include "api/HarborClient.h"
#include "api/RegistryClient.h"
#include "content/ContentCache.h"
#include "core/OciMediaTypes.h"
#include "Logging.h"

#include <QSettings>
#include <QTimer>

namespace berth {

namespace {

// An index of indexes is allowed by the image spec; deeper than this is no image anyone pushes.
constexpr int kMaxDepth = 4;

QString digestOf(const DeleteItem &item)
{
    if (!item.digest.isEmpty())
        return item.digest;
    return item.reference.contains(QLatin1Char(':')) ? item.reference : QString();
}

// Harbor deletes an artifact's "hard" accessories with it, and theirs in turn (goharbor/harbor
// src/controller/artifact/controller.go, deleteDeeply: `if acc.IsHard()`). Every registered type
// is hard (src/pkg/accessory/model/cosign, notation, nydus, sbom, subject, ...) except the "base"
// default (model/base/base.go), which stays.
bool goesWithSubject(const QString &type)
{
    return type != QLatin1String("base");
}

// Accessories of accessories (an SBOM's signature) are kept; deeper chains are rare enough that
// a bound keeps a runaway listing from pinning without end.
constexpr int kMaxAccessoryLevel = 1;
constexpr int kMaxAccessories = 64;

} // namespace

UndoRecorder::UndoRecorder(HarborClient *harbor, RegistryClient *registry, QObject *parent)
    : QObject(parent)
    , m_harbor(harbor)
    , m_registry(registry)
    , m_cache(std::make_unique<ContentCache>())
{
    if (!m_registry && harbor)
        m_registry = new RegistryClient(harbor, this); // Harbor's /v2/, on its own transport
}

UndoRecorder::~UndoRecorder() = default;

int UndoRecorder::retentionDays()
{
    const QSettings settings(
        QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Berth"), QStringLiteral("undo"));
    bool ok = false;
    const int days = settings.value(QStringLiteral("retention_days")).toInt(&ok);
    return ok && days > 0 ? days : kDefaultRetentionDays;
}

void UndoRecorder::record(const DeleteItem &item, std::function<void(const UndoRecord &)> done)
{
    auto rec = std::make_shared<UndoRecord>();
    rec->digest = digestOf(item);
    if (item.action == DeleteItem::Action::RemoveTag)
        rec->tags = QStringList {!item.tag.isEmpty() ? item.tag : item.reference};
    else
        rec->tags = item.tags;
    if (item.action == DeleteItem::Action::DeleteRepository) {
        rec->unavailable = tr("a repository delete cannot be undone: Berth does not keep every manifest of a "
                              "repository before it goes");
        done(*rec);
        return;
    }
    const QString repository = item.fullRepository();
    const QDateTime until = QDateTime::currentDateTimeUtc().addDays(retentionDays());
    QPointer<UndoRecorder> self(this);
    // Harbor's artifact delete takes the artifact's accessories along; they are kept after it.
    auto accessories = std::make_shared<QList<PendingAccessory>>();
    // With the digest known: the manifest bytes, then the accessories', then the record.
    auto keep = [self, rec, item, repository, until, done, accessories]() {
        if (!self)
            return;
        if (rec->digest.isEmpty()) {
            rec->unavailable = tr("its digest is not known");
            done(*rec);
            return;
        }
        self->keepManifest(repository, rec->digest, until, 0,
            [self, rec, item, until, done, accessories](const QString &mediaType, const QString &error) {
                if (rec->mediaType.isEmpty())
                    rec->mediaType = mediaType;
                if (!error.isEmpty()) {
                    rec->unavailable = tr("its manifest could not be kept: %1").arg(error);
                    done(*rec);
                    return;
                }
                if (accessories->isEmpty() || !self) {
                    rec->until = until;
                    done(*rec);
                    return;
                }
                auto kept = std::make_shared<QList<JournalAccessory>>();
                self->keepAccessories(
                    item, *accessories, until, kept, [rec, until, done, kept](const QString &accessoryError) {
                        if (accessoryError.isEmpty()) {
                            rec->until = until;
                            rec->accessories = *kept;
                        } else {
                            rec->unavailable = accessoryError;
                        }
                        done(*rec);
                    });
            });
    };
    if (m_harbor && !item.project.isEmpty()) {
        // One GET names the digest and every tag on it (for an artifact delete all go with it).
        ArtifactQuery q;
        q.withLabel = false;
        q.withScanOverview = false;
        q.withImmutableStatus = false;
        q.withAccessory = item.action == DeleteItem::Action::DeleteArtifact;
        const QString reference = rec->digest.isEmpty() ? item.reference : rec->digest;
        m_harbor->artifact(item.project, item.repository, reference, q, this,
            [rec, item, keep, done, accessories](const Artifact &a, const ApiError &e) {
                if (e.isError()) {
                    // The delete will say what is wrong; undo cannot know more.
                    rec->unavailable = tr("the artifact could not be read before the delete: %1").arg(e.summary());
                    done(*rec);
                    return;
                }
                rec->digest = a.digest;
                rec->mediaType = a.manifestMediaType;
                if (item.action == DeleteItem::Action::DeleteArtifact) {
                    rec->tags.clear();
                    for (const Tag &t : a.tags)
                        rec->tags << t.name;
                    for (const Accessory &x : a.accessories)
                        if (goesWithSubject(x.type))
                            accessories->append({x.digest, x.type, a.digest, 0});
                }
                keep();
            });
        return;
    }
    if (!m_registry) {
        rec->unavailable = tr("the connection was closed");
        done(*rec);
        return;
    }
    if (!rec->digest.isEmpty()) {
        keep();
        return;
    }
    m_registry->headManifest(repository, item.tag.isEmpty() ? item.reference : item.tag, this,
        [rec, keep, done](const RegistryClient::ManifestHead &head, const ApiError &e) {
            if (e.isError() || head.digest.isEmpty()) {
                rec->unavailable = e.isError() ? tr("the tag could not be read before the delete: %1").arg(e.summary())
                                               : tr("the registry did not name the tag's digest");
                done(*rec);
                return;
            }
            rec->digest = head.digest;
            rec->mediaType = head.mediaType;
            keep();
        });
}

void UndoRecorder::keepManifest(
    const QString &repository, const QString &digest, const QDateTime &until, int depth, Kept done)
{
    if (depth > kMaxDepth) {
        done({}, tr("indexes nested deeper than %1").arg(kMaxDepth));
        return;
    }
    // Bytes in hand (cached or fetched): pinned, then an index's children the same way.
    auto withBytes = [this, repository, digest, until, depth, done](const QByteArray &bytes, const QString &type) {
        QString error;
        if (!m_cache->put(digest, bytes, &error) || !m_cache->pin(digest, until, &error)) {
            done({}, error);
            return;
        }
        const Parsed<OciManifest> parsed = parseOciManifest(bytes, type, digest);
        const QString mediaType = !type.isEmpty() ? type : parsed.value.mediaType;
        if (!parsed.ok() || parsed.value.kind != OciManifest::Kind::Index) {
            done(mediaType, {});
            return;
        }
        keepChildren(repository, parsed.value.manifests, until, depth + 1,
            [done, mediaType](const QString &e) { done(mediaType, e); });
    };
    if (const std::optional<QByteArray> cached = m_cache->get(digest)) {
        withBytes(*cached, {});
        return;
    }
    if (!m_registry) {
        done({}, tr("the connection was closed"));
        return;
    }
    m_registry->manifest(
        repository, digest, this, [withBytes, done](const RegistryClient::FetchedManifest &m, const ApiError &e) {
            if (e.isError()) {
                done({}, e.summary());
                return;
            }
            QString type = OciMediaType::essence(m.contentType);
            if (type == QLatin1String("application/json"))
                type.clear();
            withBytes(m.bytes, type);
        });
}

void UndoRecorder::keepChildren(const QString &repository, QList<OciDescriptor> children, const QDateTime &until,
    int depth, std::function<void(const QString &)> done)
{
    if (children.isEmpty()) {
        done({});
        return;
    }
    const OciDescriptor child = children.takeFirst();
    QPointer<UndoRecorder> self(this);
    keepManifest(repository, child.digest, until, depth,
        [self, repository, children, until, depth, done, child](const QString &, const QString &error) {
            if (!error.isEmpty()) {
                done(tr("child %1: %2").arg(child.digest, error));
                return;
            }
            if (self)
                self->keepChildren(repository, children, until, depth, done);
        });
}

void UndoRecorder::keepAccessories(const DeleteItem &item, QList<PendingAccessory> queue, const QDateTime &until,
    std::shared_ptr<QList<JournalAccessory>> out, std::function<void(const QString &)> done)
{
    if (queue.isEmpty()) {
        done({});
        return;
    }
    if (out->size() >= kMaxAccessories) {
        done(tr("it has more than %1 accessories").arg(kMaxAccessories));
        return;
    }
    const PendingAccessory next = queue.takeFirst();
    const auto seen = [&out](const QString &digest) {
        for (const JournalAccessory &a : std::as_const(*out))
            if (a.digest == digest)
                return true;
        return false;
    };
    if (seen(next.digest) || !m_harbor) {
        if (!m_harbor)
            done(tr("the connection was closed"));
        else
            keepAccessories(item, queue, until, out, done);
        return;
    }
    // Its own artifact: the tags the delete takes too (cosign's "sha256-<hex>.sig") and, one
    // level down, its accessories.
    ArtifactQuery q;
    q.withLabel = false;
    q.withScanOverview = false;
    q.withImmutableStatus = false;
    q.withAccessory = next.level < kMaxAccessoryLevel;
    QPointer<UndoRecorder> self(this);
    const QString repository = item.fullRepository();
    m_harbor->artifact(item.project, item.repository, next.digest, q, this,
        [self, item, queue, until, out, done, next, repository](const Artifact &a, const ApiError &e) mutable {
            if (!self)
                return;
            if (e.kind == ApiError::Kind::NotFound) {
                // Gone between the listings: the delete cannot take it, undo need not bring it.
                self->keepAccessories(item, queue, until, out, done);
                return;
            }
            if (e.isError()) {
                done(tr("its accessory %1 could not be read before the delete: %2").arg(next.digest, e.summary()));
                return;
            }
            JournalAccessory j;
            j.digest = a.digest.isEmpty() ? next.digest : a.digest;
            j.mediaType = a.manifestMediaType;
            j.type = next.type;
            j.subject = next.subject;
            for (const Tag &t : a.tags)
                j.tags << t.name;
            if (next.level < kMaxAccessoryLevel)
                for (const Accessory &x : a.accessories)
                    if (goesWithSubject(x.type))
                        queue.append({x.digest, x.type, j.digest, next.level + 1});
            self->keepManifest(repository, j.digest, until, 0,
                [self, item, queue, until, out, done, j](const QString &mediaType, const QString &error) mutable {
                    if (!error.isEmpty()) {
                        done(tr("its accessory %1 could not be kept: %2").arg(j.digest, error));
                        return;
                    }
                    if (j.mediaType.isEmpty())
                        j.mediaType = mediaType;
                    out->append(j);
                    if (self)
                        self->keepAccessories(item, queue, until, out, done);
                });
        });
}

} // namespace berth
