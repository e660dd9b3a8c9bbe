#include "TreeSnapshot.h"

#include <algorithm>
#include <map>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>

namespace berth {

namespace {

// Repositories below a registry or project, through folders, in tree order.
void collectRepositories(const RegistryNode *n, std::vector<const RegistryNode *> &out)
{
    for (const auto &c : n->children) {
        if (c->kind == NodeKind::Repository)
            out.push_back(c.get());
        else if (c->kind == NodeKind::Folder)
            collectRepositories(c.get(), out);
    }
}

void writeRepository(snapshot::Writer &w, const RegistryNode *repo)
{
    const ContainerData &d = *repo->data;
    snapshot::Repository r;
    r.fullName = d.fullName;
    r.artifactCount = d.count;
    r.updateMs = d.updateTime.isValid() ? d.updateTime.toMSecsSinceEpoch() : 0;
    // Rows the registry never confirmed this session are not written again as if current.
    r.fetched = d.state == FetchState::Fetched
        && std::none_of(repo->children.cbegin(), repo->children.cend(), [](const auto &c) { return c->unconfirmed; });
    w.repository(r);
    if (!r.fetched)
        return;
    // Tag rows carry their own times and immutability; the record carries the rest.
    std::map<const ArtifactRecord *, std::vector<const RegistryNode *>> tags;
    for (const auto &c : repo->children)
        if (c->kind == NodeKind::Tag && c->artifact)
            tags[c->artifact].push_back(c.get());
    for (const auto &rec : d.artifacts) {
        snapshot::Artifact a;
        a.digest = rec->digest();
        a.mediaType = rec->mediaType;
        a.manifestMediaType = rec->manifestMediaType;
        a.platforms = rec->rare().platforms;
        a.size = std::max<qint64>(0, rec->size);
        a.pushMs = std::max<qint64>(0, rec->pushMs);
        a.pullMs = std::max<qint64>(0, rec->pullMs);
        a.kind = quint8(rec->kind);
        a.hasImmutableTag = rec->hasImmutableTag;
        w.artifact(a);
        const auto it = tags.find(rec.get());
        if (it == tags.end())
            continue;
        for (const RegistryNode *t : it->second) {
            snapshot::Tag tag;
            tag.name = t->name;
            tag.pushMs = std::max<qint64>(0, t->pushMs);
            tag.pullMs = std::max<qint64>(0, t->pullMs);
            tag.immutable = t->immutable;
            w.tag(tag);
        }
    }
}

// Builds nodes as the reader reports them; nothing reaches the store before the whole file read.
class Builder final : public snapshot::Visitor
{
public:
    Builder(RegistryNode *registry, SnapshotContent &out)
        : m_registry(registry)
        , m_out(out)
    { }

    void header(const snapshot::Header &h) override { m_out.header = h; }

    void project(const snapshot::Project &p) override
    {
        flushUntagged();
        m_folders.clear();
        m_repo = nullptr;
        if (m_out.header.plainRegistry) {
            m_project = nullptr;
            return;
        }
        auto n = std::make_unique<RegistryNode>(NodeKind::Project, m_registry, p.name);
        n->unconfirmed = true;
        n->data = std::make_unique<ContainerData>();
        n->data->projectId = p.id;
        n->data->isPublic = p.isPublic;
        n->data->count = p.repositoryCount;
        n->data->state = p.fetched ? FetchState::Fetched : FetchState::NotFetched;
        m_project = n.get();
        place(nullptr, std::move(n));
    }

    void repository(const snapshot::Repository &r) override
    {
        flushUntagged();
        RegistryNode *under = m_project;
        const QString below = m_project ? r.fullName.mid(m_project->name.size() + 1) : r.fullName;
        const QStringList parts = below.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (parts.isEmpty()) {
            m_repo = nullptr;
            return;
        }
        QString path;
        for (int i = 0; i + 1 < parts.size(); ++i) {
            path += parts[i] + QLatin1Char('/');
            auto it = m_folders.find(path);
            if (it == m_folders.end()) {
                auto f = std::make_unique<RegistryNode>(NodeKind::Folder, under ? under : m_registry, parts[i]);
                f->unconfirmed = true;
                RegistryNode *raw = f.get();
                place(under, std::move(f));
                it = m_folders.emplace(path, raw).first;
            }
            under = it->second;
        }
        auto n = std::make_unique<RegistryNode>(NodeKind::Repository, under ? under : m_registry, parts.last());
        n->unconfirmed = true;
        n->data = std::make_unique<ContainerData>();
        n->data->fullName = r.fullName;
        n->data->count = r.artifactCount;
        if (r.updateMs > 0)
            n->data->updateTime = QDateTime::fromMSecsSinceEpoch(r.updateMs, Qt::UTC);
        n->data->state = r.fetched ? FetchState::Fetched : FetchState::NotFetched;
        m_repo = n.get();
        place(under, std::move(n));
        m_out.records.emplace_back(m_repo, ArtifactRecords());
        ++m_out.repositories;
    }

    void artifact(const snapshot::Artifact &a) override
    {
        flushUntagged();
        if (!m_repo) {
            m_record = nullptr;
            return;
        }
        auto rec = std::make_unique<ArtifactRecord>();
        rec->setDigest(a.digest);
        rec->mediaType = a.mediaType;
        rec->manifestMediaType = a.manifestMediaType;
        if (!a.platforms.isEmpty())
            rec->editRare().platforms = a.platforms;
        rec->size = a.size;
        rec->pushMs = a.pushMs;
        rec->pullMs = a.pullMs;
        rec->kind = Artifact::Kind(a.kind);
        rec->hasImmutableTag = a.hasImmutableTag;
        m_record = rec.get();
        m_out.records.back().second.push_back(std::move(rec));
        m_untagged = true; // a digest row, unless a tag follows
    }

    // The artifact before had no tag: it shows as a digest row.
    void flushUntagged()
    {
        if (!m_untagged || !m_repo || !m_record)
            return;
        m_untagged = false;
        auto d = std::make_unique<RegistryNode>(NodeKind::Digest, m_repo, QString());
        d->artifact = m_record;
        d->unconfirmed = true;
        d->row = int(m_repo->children.size());
        m_repo->children.push_back(std::move(d));
    }

    void tag(const snapshot::Tag &t) override
    {
        if (!m_record)
            return;
        m_untagged = false;
        m_record->tagNames << t.name;
        auto n = std::make_unique<RegistryNode>(NodeKind::Tag, m_repo, t.name);
        n->artifact = m_record;
        n->pushMs = t.pushMs;
        n->pullMs = t.pullMs;
        n->immutable = t.immutable;
        n->unconfirmed = true;
        n->row = int(m_repo->children.size());
        m_repo->children.push_back(std::move(n));
        ++m_out.tags;
    }

private:
    void place(RegistryNode *under, std::unique_ptr<RegistryNode> n)
    {
        if (under) {
            n->row = int(under->children.size());
            under->children.push_back(std::move(n));
        } else {
            m_out.rows.push_back(std::move(n));
        }
    }

    RegistryNode *m_registry;
    SnapshotContent &m_out;
    RegistryNode *m_project = nullptr;
    RegistryNode *m_repo = nullptr;
    ArtifactRecord *m_record = nullptr;
    bool m_untagged = false;
    std::map<QString, RegistryNode *> m_folders;
};

} // namespace

QBrush snapshotChangeBrush(TreeChange change)
{
    switch (change) {
    case TreeChange::Added:
        return QBrush(QColor(60, 170, 80, 70));
    case TreeChange::Moved:
        return QBrush(QColor(230, 160, 30, 80));
    case TreeChange::None:
        break;
    }
    return {};
}

QByteArray TreeSnapshot::encode(
    const RegistryNode *registry, const QString &profileIdentity, qint64 savedAtMs, const QString &berthVersion)
{
    const ContainerData &rd = *registry->data;
    snapshot::Header h;
    h.registryUrl = rd.baseUrl.toString(QUrl::FullyEncoded);
    h.profileIdentity = profileIdentity;
    h.accountLabel = rd.accountLabel;
    h.berthVersion = berthVersion;
    h.savedAtMs = savedAtMs;
    h.plainRegistry = rd.plainRegistry;
    snapshot::Writer w(h);
    std::vector<const RegistryNode *> repos;
    if (rd.plainRegistry) {
        w.project(snapshot::Project {QString(), 0, 0, false, rd.state == FetchState::Fetched});
        collectRepositories(registry, repos);
        for (const RegistryNode *r : repos)
            writeRepository(w, r);
        return w.finish();
    }
    for (const auto &p : registry->children) {
        if (p->kind != NodeKind::Project || !p->data)
            continue;
        snapshot::Project sp;
        sp.name = p->name;
        sp.id = std::max<qint64>(0, p->data->projectId);
        sp.repositoryCount = std::max<qint64>(0, p->data->count);
        sp.isPublic = p->data->isPublic;
        sp.fetched = p->data->state == FetchState::Fetched;
        w.project(sp);
        repos.clear();
        collectRepositories(p.get(), repos);
        for (const RegistryNode *r : repos)
            writeRepository(w, r);
    }
    return w.finish();
}

QString TreeSnapshot::decode(
    const char *data, qint64 size, const snapshot::Expect &expect, RegistryNode *registry, SnapshotContent &out)
{
    SnapshotContent built;
    Builder builder(registry, built);
    const QString error = snapshot::read(data, size, expect, builder);
    builder.flushUntagged();
    if (!error.isEmpty()) {
        out = SnapshotContent();
        return error;
    }
    out = std::move(built);
    return {};
}

QString TreeSnapshot::load(
    const QString &path, const snapshot::Expect &expect, RegistryNode *registry, SnapshotContent &out)
{
    const QFileInfo info(path);
    if (!info.exists())
        return QStringLiteral("no snapshot");
    if (!info.isFile() || info.isSymLink())
        return QStringLiteral("not a regular file");
    if (info.size() > snapshot::maxFileBytes)
        return QStringLiteral("oversized snapshot");
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot be read: %1").arg(f.errorString());
    const qint64 size = f.size();
    if (size > snapshot::maxFileBytes)
        return QStringLiteral("oversized snapshot");
    if (size == 0)
        return QStringLiteral("empty file");
    if (const uchar *map = f.map(0, size))
        return decode(reinterpret_cast<const char *>(map), size, expect, registry, out);
    const QByteArray bytes = f.readAll();
    return decode(bytes.constData(), bytes.size(), expect, registry, out);
}

bool TreeSnapshot::writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(info.absolutePath());
        return false;
    }
    QFile::setPermissions(
        info.absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // QSaveFile writes a temporary file beside the target and renames it over on commit().
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (f.write(bytes) != bytes.size() || !f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

} // namespace berth
