#include "RegistryNode.h"

#include "core/EffectiveTimes.h"

namespace berth {

const RegistryNode *RegistryNode::ancestor(NodeKind k) const
{
    const RegistryNode *n = this;
    while (n && n->kind != k)
        n = n->parent;
    return n;
}

QString RegistryNode::repositoryFullName() const
{
    const RegistryNode *r = repository();
    return r && r->data ? r->data->fullName : QString();
}

QString RegistryNode::repositoryPath() const
{
    return repositoryFullName().section(QLatin1Char('/'), 1);
}

QString RegistryNode::digest() const
{
    if (isNested())
        return ownDigest;
    return artifact ? artifact->digest : QString();
}

qint64 RegistryNode::effectivePushMs() const
{
    if (!artifact)
        return 0;
    return kind == NodeKind::Tag ? berth::effectivePushMs(pushMs, artifact->pushMs) : artifact->pushMs;
}

qint64 RegistryNode::effectivePullMs() const
{
    if (!artifact)
        return 0;
    return kind == NodeKind::Tag ? berth::effectivePullMs(pullMs, artifact->pullMs) : artifact->pullMs;
}

QString RegistryNode::key() const
{
    switch (kind) {
    case NodeKind::Digest:
    case NodeKind::Child:
    case NodeKind::Accessory:
        return QLatin1Char('@') + (artifact ? artifact->digest : ownDigest) + ownDigest;
    default:
        return QString::number(int(kind)) + QLatin1Char(':') + name;
    }
}

} // namespace berth
