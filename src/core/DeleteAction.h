#pragma once

#include <QString>

namespace berth {

// What a delete removes: a tag from its artifact, an artifact with all its tags, or a whole
// repository.
enum class DeleteAction : quint8 { RemoveTag, DeleteArtifact, DeleteRepository };

// The permission ("resource:action", as users/current/permissions lists it) Harbor checks for
// it: tag:delete, artifact:delete or repository:delete (harbor: src/common/rbac/const.go,
// ResourceTag / ResourceArtifact / ResourceRepository with ActionDelete).
QString requiredPermission(DeleteAction action);

} // namespace berth
