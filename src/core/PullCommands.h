#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace berth {

// docker/podman pull commands for what the user selected. The registry host is the profile's
// host[:port], as a pull reference writes it.
namespace PullCommands {

QString reference(const QUrl &registry, const QString &repository, const QString &tag, const QString &digest);
QString docker(const QUrl &registry, const QString &repository, const QString &tag, const QString &digest = {});
QString podman(const QUrl &registry, const QString &repository, const QString &tag, const QString &digest = {});

} // namespace PullCommands
} // namespace berth
