#include "RegistryNode.h"

namespace berth {

RegistryNode *RegistryNode::registry()
{
    RegistryNode *n = this;
    while (n && n->kind != NodeKind::Registry)
        n = n->parent;
    return n;
}

RegistryNode *RegistryNode::project()
{
    RegistryNode *n = this;
    while (n && n->kind != NodeKind::Project)
        n = n->parent;
    return n;
}

RegistryNode *RegistryNode::repository()
{
    RegistryNode *n = this;
    while (n && n->kind != NodeKind::Repository)
        n = n->parent;
    return n;
}

QString RegistryNode::repositoryFullName() const
{
    const RegistryNode *n = this;
    while (n && n->kind != NodeKind::Repository)
        n = n->parent;
    return n ? n->extra : QString();
}

QString RegistryNode::repositoryPath() const
{
    return repositoryFullName().section(QLatin1Char('/'), 1);
}

QString RegistryNode::key() const
{
    switch (kind) {
    case NodeKind::Digest:
    case NodeKind::Child:
    case NodeKind::Accessory:
        return QLatin1Char('@') + (artifact ? artifact->digest : extra) + extra;
    default:
        return QString::number(int(kind)) + QLatin1Char(':') + name;
    }
}

} // namespace berth
