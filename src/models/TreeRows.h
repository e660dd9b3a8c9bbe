#pragma once

#include "TreeStore.h"

#include <array>
#include <QDateTime>
#include <QList>
#include <QSet>

namespace berth {

struct Artifact;

// Builds the rows a loader delivers, the same way for every kind of registry.
class TreeRows
{
public:
    struct RepositoryEntry
    {
        QString fullName; // "team/backend/api"
        QString path; // below the node they hang under: "backend/api" under a project
        qint64 count = 0; // artifacts, as the server reports them
        QDateTime updateTime;
    };

    // Repositories under a project (or a registry without projects), in folders by '/'.
    static NodeRows repositories(RegistryNode *parent, const QList<RepositoryEntry> &entries);
    // One row per tag, one digest row per untagged artifact, children and accessories below.
    void artifacts(
        RegistryNode *repository, const QList<Artifact> &artifacts, NodeRows &rows, ArtifactRecords &records);

private:
    // One copy of each string that repeats, in front of a bounded set. Looking a name up in a
    // QSet hashes it with Qt's seeded hash (about 120 ns for a six-letter name with Qt 6.4 here,
    // 230 ns a lookup, the largest part of building a tag's row); most names repeat what was
    // seen a moment ago, so a slot chosen by a cheap hash is compared first. The slot is only a shortcut: a name whose
    // slot holds another goes on to the set, so no choice of names by a server can make a
    // lookup cost more than one comparison plus the set's own lookup.
    class StringPool
    {
    public:
        explicit StringPool(qsizetype bound)
            : m_bound(bound)
        { }
        QString intern(const QString &s);

    private:
        static constexpr size_t kRecentSlots = 1024; // a power of two
        QSet<QString> m_set;
        std::array<QString, kRecentSlots> m_recent;
        qsizetype m_bound;
    };
    // Media types repeat across thousands of artifacts. Bounded, so a hostile server cannot
    // grow it.
    StringPool m_mediaTypes {4096};
    // Tag names repeat across repositories (latest, main, v1.2, ...): a tag row's name costs
    // about 48 bytes of heap of its own, a third of the row. Bounded too; names past the bound
    // simply keep their own copy.
    StringPool m_tagNames {65536};
};

} // namespace berth
