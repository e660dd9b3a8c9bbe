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
    // With the digest known: the manifest bytes, then the record.
    auto keep = [self, rec, repository, until, done]() {
        if (!self)
            return;
        if (rec->digest.isEmpty()) {
            rec->unavailable = tr("its digest is not known");
            done(*rec);
            return;
        }
        self->keepManifest(
            repository, rec->digest, until, 0, [rec, until, done](const QString &mediaType, const QString &error) {
                if (rec->mediaType.isEmpty())
                    rec->mediaType = mediaType;
                if (error.isEmpty())
                    rec->until = until;
                else
                    rec->unavailable = tr("its manifest could not be kept: %1").arg(error);
                done(*rec);
            });
    };
    if (m_harbor && !item.project.isEmpty()) {
        // One GET names the digest and every tag on it (for an artifact delete all go with it).
        ArtifactQuery q;
        q.withLabel = false;
        q.withScanOverview = false;
        q.withImmutableStatus = false;
        const QString reference = rec->digest.isEmpty() ? item.reference : rec->digest;
        m_harbor->artifact(item.project, item.repository, reference, q, this,
            [rec, item, keep, done](const Artifact &a, const ApiError &e) {
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

} // namespace berth
