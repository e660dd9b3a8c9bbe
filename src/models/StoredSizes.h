#pragma once

#include "core/StorageGraph.h"
#include "RegistryNode.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVariant>

namespace berth {

// What the last storage analysis of each registry found its projects and repositories to store
// (StorageGraph's figures: every blob referenced there, counted once), for the tree's Size column
// on those rows, where Harbor's own listing has no size. The Storage tab's controller sets them
// when an analysis ends; the model shows them; rows never analysed stay empty.
class StoredSizes
{
public:
    // `byScope`: project names (or a plain registry's top folders) and repository full names
    // ("team-a", "team-a/frontend").
    void set(const QString &registry, QHash<QString, StorageFigures> byScope, const QDateTime &at);
    void clear(const QString &registry);
    bool has(const QString &registry) const { return m_registries.contains(registry); }

    // Empty for rows the analysis does not speak for (tags, nested folders, registries, no
    // analysis).
    QVariant display(const RegistryNode *node) const;
    QString toolTip(const RegistryNode *node) const;
    QVariant sortValue(const RegistryNode *node) const; // stored bytes, or invalid

private:
    struct Registry
    {
        QHash<QString, StorageFigures> byScope;
        QDateTime at;
    };
    const StorageFigures *find(const RegistryNode *node, const Registry **registry = nullptr) const;

    QHash<QString, Registry> m_registries;
};

} // namespace berth
