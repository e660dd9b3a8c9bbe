#pragma once

#include "core/Artifact.h"

#include <QDateTime>
#include <QString>

namespace berth {

// What one candidate needs for evaluation; made from an Artifact (and one of its tags).
struct CleanupCandidate
{
    QString tag; // empty = digest item
    bool immutable = false;
    QDateTime pushTime; // invalid = unknown (oldest)
    QDateTime lastPull; // invalid = never
    qint64 pushMs = 0; // the same in ms since the epoch; unknown/never = the smallest qint64
    qint64 pullMs = 0;
    QString mediaType;
    QString manifestMediaType;
    QString type;
    QString artifactType;

    static CleanupCandidate from(const Artifact &artifact, const Tag *tag);
};

} // namespace berth
