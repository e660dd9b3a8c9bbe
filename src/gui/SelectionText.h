#pragma once

#include <QModelIndexList>
#include <QStringList>

namespace berth {

// What the Copy actions put on the clipboard for selected tree rows (source-model indexes).
namespace SelectionText {

// `docker pull` commands, only for names inside the registries' grammar.
QStringList pullCommands(const QModelIndexList &rows);
QStringList digests(const QModelIndexList &rows);
// "project/repo:tag", "project/repo@sha256:…", "project/repo", or the row's path.
QStringList names(const QModelIndexList &rows);

} // namespace SelectionText
} // namespace berth
