#pragma once

#include <QStringList>

namespace berth {

// Harbor's permissions as words: "resource:action", as /users/current/permissions?relative=true
// returns them, becomes "project: read", "repository: pull", "tag: delete". The resource "."
// is the project itself: Harbor's ResourceSelf (goharbor/harbor src/common/rbac/const.go) made
// relative to the scope /project/{id} (src/pkg/permission/types/resource.go, RelativeTo). A
// resource or action Berth does not know keeps Harbor's name, with '-' read as a space.
QString permissionWords(const QString &resourceAction);
QStringList permissionWords(const QStringList &resourceActions);

} // namespace berth
