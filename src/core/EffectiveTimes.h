#pragma once

#include <QDateTime>

namespace berth {

// Harbor keeps push and pull times on both a tag and its artifact (harbor: src/pkg/tag/model
// and src/pkg/artifact/model). A tag pushed again has a push time of its own; a pull by digest
// updates only the artifact, a pull by tag both. What a user means by "pushed" and "last
// pulled" is defined here once, for the tree, the details pane, berthctl ls and the planner.

// The tag's push time, else the artifact's.
QDateTime effectivePushTime(const QDateTime &tagPush, const QDateTime &artifactPush);
// The later of the two pull times; invalid means never pulled.
QDateTime effectivePullTime(const QDateTime &tagPull, const QDateTime &artifactPull);

// The same rules on milliseconds since the epoch, 0 meaning unknown or never.
qint64 effectivePushMs(qint64 tagPushMs, qint64 artifactPushMs);
qint64 effectivePullMs(qint64 tagPullMs, qint64 artifactPullMs);

} // namespace berth
