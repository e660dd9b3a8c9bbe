#pragma once

#include "RegistryServer.h"

#include <QDebug>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// skopeo, the peer users compare Berth with, pulls `source` (docker://HOST/REPO:TAG) into a new OCI
// layout at `layoutDir`, keeping digests (with every platform when `allPlatforms`): the manifest
// digest the layout's index.json records, or an empty string (skopeo's output logged) when the pull
// failed. `credentials` is "user:password" of a public test fixture, or empty for anonymous.
inline QString skopeoPulledDigest(
    const QString &source, const QString &layoutDir, const QString &credentials = {}, bool allPlatforms = false)
{
    QStringList args {
        QStringLiteral("copy"), QStringLiteral("--preserve-digests"), QStringLiteral("--src-tls-verify=false")};
    if (allPlatforms)
        args << QStringLiteral("--all");
    if (!credentials.isEmpty())
        args << QStringLiteral("--src-creds") << credentials;
    args << source << QStringLiteral("oci:%1").arg(layoutDir);
    const RegistryServer::Result r = RegistryServer::run(QStringLiteral("skopeo"), args);
    if (!r.ok()) {
        qWarning().noquote() << r.output;
        return {};
    }
    QFile index(layoutDir + QStringLiteral("/index.json"));
    if (!index.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(index.readAll())
        .object()
        .value(QStringLiteral("manifests"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("digest"))
        .toString();
}
