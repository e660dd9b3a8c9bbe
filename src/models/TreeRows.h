#pragma once

#include "TreeStore.h"

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
    QString intern(const QString &s);
    QString internTagName(const QString &s);
    // Media types repeat across thousands of artifacts: one copy of each string. Bounded, so a
    // hostile server cannot grow it.
    QSet<QString> m_pool;
    // Tag names repeat across repositories (latest, main, v1.2, ...): a tag row's name costs
    // about 48 bytes of heap of its own, a third of the row. Bounded too; names past the bound
    // simply keep their own copy.
    QSet<QString> m_tagPool;
};

} // namespace berth
