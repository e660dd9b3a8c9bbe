#pragma once

#include <functional>
#include <QPersistentModelIndex>
#include <QString>

class QObject;

namespace berth {

class RegistryTreeModel;

// "Search server": asks every project not loaded yet for repositories whose name contains
// `text` (Harbor's q=name=~), and reports each project that has any. Returns how many
// projects were asked.
int searchUnloadedProjects(RegistryTreeModel *model, const QString &text, QObject *context,
    std::function<void(const QPersistentModelIndex &project)> found);

} // namespace berth
