#pragma once

#include "Parsed.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace berth {

// OCI image-spec config.md "history".
struct OciHistoryEntry
{
    QString created, createdBy, author, comment;
    bool emptyLayer = false;
};

// OCI image-spec config.md (and Docker's image v1.2 spec, the same shape). Strings stay as the
// image wrote them; "created" is RFC 3339 text, not parsed here.
struct OciImageConfig
{
    QString created, author, os, architecture, variant, osVersion;
    QStringList entrypoint, cmd, env;
    QString workingDir, user, stopSignal;
    QStringList exposedPorts, volumes; // keys of the objects, sorted
    QMap<QString, QString> labels;
    QList<OciHistoryEntry> history;
    QStringList diffIds;
};

// > kMaxConfigBytes, not JSON, not an object -> error. Fields of the wrong type are left empty:
// a config is shown, never enforced.
Parsed<OciImageConfig> parseOciImageConfig(const QByteArray &body);

} // namespace berth
