#pragma once

#include "Artifact.h"
#include "Parsed.h"

#include <optional>
#include <QByteArray>
#include <QList>

namespace berth {
namespace HarborJson {

// A Harbor artifact page read with simdjson (https://simdjson.org): the same Artifact values as
// the QJsonDocument reading, or nothing when it declines. It declines anything it cannot map
// exactly as the reference does (a rejected or oddly shaped body, a repeated key, a number Qt
// would refuse, a scan overview), and parseArtifacts() then takes the reference path, so every
// error and its wording come from one place. Callers use parseArtifacts(); these are exposed
// for the differential tests.
std::optional<QList<Artifact>> parseArtifactsFast(const QByteArray &body);
// The same, and whether any string it read has a byte that can begin a character
// DisplayText::hasControl() finds (below 0x20, DEL, the lead bytes C2 and E2 of C1 controls and
// of U+2028-U+2069): when none has, no name on the page holds one, and parseArtifacts() skips
// looking at every name again.
std::optional<QList<Artifact>> parseArtifactsFast(const QByteArray &body, bool *maybeControl);

// The QJsonDocument reading of an artifact page: the reference and the fallback.
Parsed<QList<Artifact>> parseArtifactsReference(const QByteArray &body);

// Whether this build has the fast path at all (configured with BERTH_SIMDJSON).
bool fastArtifactsAvailable();

} // namespace HarborJson
} // namespace berth
