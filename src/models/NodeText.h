#pragma once

#include "ModelRoles.h"
#include "RegistryNode.h"

#include <QVariant>

namespace berth {

// What a tree row says in each column and how it sorts: the words of the tree, kept apart
// from the model's plumbing. Every time shown follows core/EffectiveTimes.h.
namespace NodeText {

QString header(Column column);
// A byte count as the tree's Size column writes it ("1.3 KiB").
QString sizeText(qint64 bytes);
QString displayName(const RegistryNode *node);
QVariant column(const RegistryNode *node, Column column);
QVariant sortValue(const RegistryNode *node, Column column);
// The tooltip before escaping; `rowError` is a failed delete's message, if any.
QString toolTip(const RegistryNode *node, Column column, const QString &rowError);

} // namespace NodeText
} // namespace berth
