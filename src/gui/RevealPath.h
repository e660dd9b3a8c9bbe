#pragma once

#include <QModelIndexList>
#include <QString>

namespace berth {

class RegistryTreeModel;

// The rows that lead to a REF given on the command line (`berth host/project/repo:tag`), in
// the first registry: project, folders, repository, tag. Stops at the first row not loaded yet;
// `complete` says whether the whole way was found. An invalid REF gives nothing, complete.
QModelIndexList revealPath(const RegistryTreeModel *model, const QString &ref, bool *complete);

} // namespace berth
