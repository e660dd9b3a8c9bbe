#include "StoredSizes.h"

#include "NodeText.h"

#include <QCoreApplication>
#include <QLocale>

namespace berth {

namespace {

// The tree's words keep the tree's context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(berth::RegistryTreeModel)
};

} // namespace

void StoredSizes::set(const QString &registry, QHash<QString, StorageFigures> byScope, const QDateTime &at)
{
    m_registries.insert(registry, Registry {std::move(byScope), at});
}

void StoredSizes::clear(const QString &registry)
{
    m_registries.remove(registry);
}

const StorageFigures *StoredSizes::find(const RegistryNode *node, const Registry **registry) const
{
    if (m_registries.isEmpty() || !node)
        return nullptr;
    // A folder right under a plain registry ("p1" of p1/app) is what a project is on Harbor.
    const bool topFolder = node->kind == NodeKind::Folder && node->parent && node->parent->kind == NodeKind::Registry;
    if (node->kind != NodeKind::Project && node->kind != NodeKind::Repository && !topFolder)
        return nullptr;
    const RegistryNode *reg = node->registry();
    if (!reg)
        return nullptr;
    const auto r = m_registries.constFind(reg->name);
    if (r == m_registries.cend())
        return nullptr;
    const QString scope = node->kind == NodeKind::Repository ? node->repositoryFullName() : node->name;
    const auto f = r->byScope.constFind(scope);
    if (f == r->byScope.cend())
        return nullptr;
    if (registry)
        *registry = &*r;
    return &*f;
}

QVariant StoredSizes::display(const RegistryNode *node) const
{
    const StorageFigures *f = find(node);
    return f ? QVariant(NodeText::sizeText(f->stored)) : QVariant();
}

QVariant StoredSizes::sortValue(const RegistryNode *node) const
{
    const StorageFigures *f = find(node);
    return f ? QVariant(f->stored) : QVariant();
}

QString StoredSizes::toolTip(const RegistryNode *node) const
{
    const Registry *r = nullptr;
    const StorageFigures *f = find(node, &r);
    if (!f)
        return {};
    return Text::tr("Stores %1: %2 its own, %3 shared with other repositories (storage analysis of %4)")
        .arg(NodeText::sizeText(f->stored), NodeText::sizeText(f->unique), NodeText::sizeText(f->shared),
            QLocale().toString(r->at, QLocale::ShortFormat));
}

} // namespace berth
