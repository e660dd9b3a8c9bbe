#pragma once

#include <optional>
#include <QString>

namespace berth {

// What answers at a profile's address: Harbor (its management API, /api/v2.0, beside /v2/), or
// a plain OCI distribution registry (/v2/ only: distribution, GitLab, GHCR, Quay, Docker Hub,
// Zot). Decides which client, tree loader and delete path serve the profile.
enum class ServerKind { Harbor, Registry };

// "harbor", "registry": the stored form (profiles, berthctl --server, --json).
QString serverKindName(ServerKind kind);
std::optional<ServerKind> serverKindFromName(const QString &name);

} // namespace berth
