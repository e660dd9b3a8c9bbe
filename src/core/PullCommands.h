#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace berth {

// docker/podman pull commands for what the user selected. The registry host is the profile's
// host[:port], as a pull reference writes it. A command is built only from names inside the
// registries' grammar and is shell-quoted: a name sent by a hostile server must not turn a
// pasted command into another one. Each function returns an empty string for such a name.
namespace PullCommands {

QString reference(const QUrl &registry, const QString &repository, const QString &tag, const QString &digest);
QString docker(const QUrl &registry, const QString &repository, const QString &tag, const QString &digest = {});
QString podman(const QUrl &registry, const QString &repository, const QString &tag, const QString &digest = {});

} // namespace PullCommands
} // namespace berth
