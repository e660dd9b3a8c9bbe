#include "TreeRows.h"

#include "core/Artifact.h"

#include <algorithm>
#include <map>

namespace berth {

namespace {

qint64 toMs(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

} // namespace

QString TreeRows::StringPool::intern(const QString &s)
{
    if (s.isEmpty())
        return {};
    // FNV-1a over the length and the last 16 UTF-16 units, where names that repeat differ
    // (v1.2.3, ...manifest.v1+json, ...index.v1+json): a few nanoseconds.
    quint32 h = (2166136261u ^ quint32(s.size())) * 16777619u;
    for (qsizetype i = std::max<qsizetype>(0, s.size() - 16); i < s.size(); ++i)
        h = (h ^ s.at(i).unicode()) * 16777619u;
    QString &slot = m_recent[h & (kRecentSlots - 1)];
    if (slot == s)
        return slot;
    const auto it = m_set.constFind(s);
    if (it != m_set.cend()) {
        slot = *it;
        return slot;
    }
    if (m_set.size() < m_bound) {
        m_set.insert(s);
        slot = s;
    }
    return s;
}

NodeRows TreeRows::repositories(RegistryNode *parent, const QList<RepositoryEntry> &entries)
{
    // team/backend/api under the project "team" becomes the folder backend holding api.
    NodeRows top;
    std::map<QString, RegistryNode *> folders;
    for (const RepositoryEntry &r : entries) {
        const QStringList parts = r.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (parts.isEmpty())
            continue;
        RegistryNode *folder = nullptr;
        QString path;
        const auto place = [&top](RegistryNode *under, std::unique_ptr<RegistryNode> n) {
            if (under) {
                n->row = int(under->children.size());
                under->children.push_back(std::move(n));
            } else {
                top.push_back(std::move(n));
            }
        };
        for (int i = 0; i + 1 < parts.size(); ++i) {
            path += parts[i] + QLatin1Char('/');
            auto it = folders.find(path);
            if (it == folders.end()) {
                auto f = std::make_unique<RegistryNode>(NodeKind::Folder, folder ? folder : parent, parts[i]);
                RegistryNode *raw = f.get();
                place(folder, std::move(f));
                it = folders.emplace(path, raw).first;
            }
            folder = it->second;
        }
        auto n = std::make_unique<RegistryNode>(NodeKind::Repository, folder ? folder : parent, parts.last());
        n->data = std::make_unique<ContainerData>();
        n->data->fullName = r.fullName;
        n->data->count = r.count;
        n->data->updateTime = r.updateTime;
        place(folder, std::move(n));
    }
    return top;
}

void TreeRows::artifacts(
    RegistryNode *repository, const QList<Artifact> &artifacts, NodeRows &out, ArtifactRecords &records)
{
    for (const Artifact &a : artifacts) {
        auto rec = std::make_unique<ArtifactRecord>();
        rec->setDigest(a.digest);
        rec->size = a.size;
        rec->pushMs = toMs(a.pushTime);
        rec->pullMs = toMs(a.pullTime);
        rec->mediaType = m_mediaTypes.intern(a.mediaType);
        rec->manifestMediaType = m_mediaTypes.intern(a.manifestMediaType);
        rec->kind = a.kind();
        rec->artifactId = a.id;
        // Most artifacts have none of these: their records get no block for them.
        if (!a.references.isEmpty()) {
            QStringList platforms;
            for (const ChildReference &c : a.references)
                if (!c.platform.isEmpty())
                    platforms << c.platform.toString();
            ArtifactRareData &rare = rec->editRare();
            rare.platforms = platforms.join(QStringLiteral(", "));
            rare.references = a.references;
        }
        if (!a.labels.isEmpty()) {
            QStringList labels;
            for (const Label &l : a.labels)
                labels << l.name;
            rec->editRare().labels = labels.join(QStringLiteral(", "));
        }
        if (a.scan.present) {
            ArtifactRareData &rare = rec->editRare();
            rare.scanSeverity = a.scan.severity;
            rare.scanTotal = a.scan.total;
            rare.scanFixable = a.scan.fixable;
            QStringList parts;
            for (auto it = a.scan.bySeverity.cbegin(); it != a.scan.bySeverity.cend(); ++it)
                parts << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
            rare.scanSummary = parts.join(QStringLiteral(", "));
        }
        if (!a.accessories.isEmpty())
            rec->editRare().accessories = a.accessories;
        rec->tagNames.reserve(a.tags.size());
        for (const Tag &t : a.tags) {
            rec->tagNames << m_tagNames.intern(t.name);
            rec->hasImmutableTag |= t.immutable;
        }
        ArtifactRecord *raw = rec.get();

        if (a.tags.isEmpty()) {
            auto n = std::make_unique<RegistryNode>(NodeKind::Digest, repository, QString());
            n->artifact = raw;
            addNestedRows(n.get(), raw);
            out.push_back(std::move(n));
        }
        for (qsizetype i = 0; i < a.tags.size(); ++i) {
            const Tag &t = a.tags.at(i);
            auto n = std::make_unique<RegistryNode>(NodeKind::Tag, repository, rec->tagNames.at(i)); // interned above
            n->artifact = raw;
            n->pushMs = toMs(t.pushTime);
            n->pullMs = toMs(t.pullTime);
            n->immutable = t.immutable;
            addNestedRows(n.get(), raw);
            out.push_back(std::move(n));
        }
        records.push_back(std::move(rec));
    }
}

} // namespace berth
