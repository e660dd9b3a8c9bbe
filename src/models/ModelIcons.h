#pragma once

#include <QBrush>
#include <QIcon>

namespace berth {

struct RegistryNode;

// Icons and colours the model hands to views. They follow the palette, so dark themes work.
namespace ModelIcons {
QIcon forNode(const RegistryNode *node);
QIcon lock();
QIcon warning();
QIcon appIcon();
QBrush dimmedBrush();
QBrush errorBrush();
QBrush plannedBrush(); // rows a cleanup plan would remove
} // namespace ModelIcons

} // namespace berth
