#include "DeleteAction.h"

namespace berth {

QString requiredPermission(DeleteAction action)
{
    switch (action) {
    case DeleteAction::RemoveTag:
        return QStringLiteral("tag:delete");
    case DeleteAction::DeleteArtifact:
        return QStringLiteral("artifact:delete");
    case DeleteAction::DeleteRepository:
        return QStringLiteral("repository:delete");
    }
    return {};
}

} // namespace berth
