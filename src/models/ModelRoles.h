#pragma once

#include <Qt>

namespace berth {

enum class Column : int {
    Name,
    Digest,
    Size,
    Pushed,
    Pulled,
    Type,
    Platforms,
    Labels,
    Vulnerabilities,
    Immutable,
    SharedTags,
    Count
};

// Roles beyond Qt's own, shared by the model, the proxy and the views.
enum ModelRole : int {
    KindRole = Qt::UserRole + 1, // NodeKind as int
    SortRole, // a value that sorts right: numbers for sizes and times
    FetchStateRole, // FetchState as int (containers)
    DigestRole, // full digest (tag and artifact rows)
    RepositoryRole, // full repository name ("team/backend/api")
    ProjectRole, // project name
    TagRole, // tag name (tag rows)
    RegistryUrlRole, // the registry's base URL
    ErrorTextRole, // error rows and failed containers
    FilterTextRole, // what the filter matches against: the name, plus the full path for repositories
    ImmutableRole, // bool
    CredentialStateRole, // registries: "robot", "user", "anonymous", "rejected"
    UnconfirmedRole, // bool: shown from a snapshot, the registry has not confirmed it yet
    ChangeRole, // int TreeChange: a tag new or moved to another digest since the snapshot
};

} // namespace berth
