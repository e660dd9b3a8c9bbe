#include "TreeStore.h"

#include <algorithm>
#include <map>

namespace berth {

namespace {

// Stands in when no one observes: the store then works on its own, as in unit tests.
class NullObserver final : public TreeStoreObserver
{
public:
    void rowsAboutToBeInserted(const RegistryNode *, int, int) override { }
    void rowsInserted() override { }
    void rowsAboutToBeRemoved(const RegistryNode *, int, int) override { }
    void rowsRemoved() override { }
    void nodeChanged(const RegistryNode *) override { }
    void nodeDetached(RegistryNode *) override { }
    void totalsChanged() override { }
};

TreeStoreObserver *nullObserver()
{
    static NullObserver observer;
    return &observer;
}

} // namespace

void addNestedRows(RegistryNode *subject, ArtifactRecord *record)
{
    const ArtifactRareData &rare = record->rare();
    for (int i = 0; i < rare.references.size(); ++i) {
        const ChildReference &c = rare.references.at(i);
        auto child = std::make_unique<RegistryNode>(
            NodeKind::Child, subject, c.platform.isEmpty() ? c.childDigest : c.platform.toString());
        child->artifact = record;
        child->nestedIndex = i;
        child->row = int(subject->children.size());
        subject->children.push_back(std::move(child));
    }
    for (int i = 0; i < rare.accessories.size(); ++i) {
        auto n = std::make_unique<RegistryNode>(NodeKind::Accessory, subject, rare.accessories.at(i).type);
        n->artifact = record;
        n->nestedIndex = i;
        n->row = int(subject->children.size());
        subject->children.push_back(std::move(n));
    }
}

TreeStore::TreeStore(TreeStoreObserver *observer)
    : m_observer(observer ? observer : nullObserver())
    , m_root(std::make_unique<RegistryNode>(NodeKind::Folder, nullptr, QString()))
{ }

TreeStore::~TreeStore()
{
    // Late callbacks of fetches must find their nodes gone. The observer is being destroyed
    // too (it usually owns the store), so it is not told.
    m_observer = nullObserver();
    for (auto &c : m_root->children)
        detach(c.get());
}

RegistryNode *TreeStore::addRegistry(const QString &name, const QUrl &baseUrl, const QString &accountLabel)
{
    auto n = std::make_unique<RegistryNode>(NodeKind::Registry, m_root.get(), name);
    n->data = std::make_unique<ContainerData>();
    n->data->baseUrl = baseUrl;
    n->data->accountLabel = accountLabel;
    RegistryNode *raw = n.get();
    NodeRows rows;
    rows.push_back(std::move(n));
    appendChildren(m_root.get(), std::move(rows));
    return raw;
}

void TreeStore::renumber(RegistryNode *parent, int from)
{
    for (size_t i = size_t(std::max(0, from)); i < parent->children.size(); ++i)
        parent->children[i]->row = int(i);
}

void TreeStore::countTree(const RegistryNode *n, int sign)
{
    switch (n->kind) {
    case NodeKind::Project:
        m_counts.projects += sign;
        break;
    case NodeKind::Repository:
        m_counts.repositories += sign;
        break;
    case NodeKind::Tag:
        m_counts.tags += sign;
        break;
    default:
        break;
    }
    for (const auto &c : n->children)
        countTree(c.get(), sign);
}

void TreeStore::appendChildren(RegistryNode *parent, NodeRows nodes)
{
    if (nodes.empty())
        return;
    const int first = int(parent->children.size()) - (hasLoadingRow(parent) ? 1 : 0);
    const int last = first + int(nodes.size()) - 1;
    m_observer->rowsAboutToBeInserted(parent, first, last);
    for (auto &n : nodes) {
        n->parent = parent;
        countTree(n.get(), +1);
    }
    parent->children.insert(
        parent->children.begin() + first, std::make_move_iterator(nodes.begin()), std::make_move_iterator(nodes.end()));
    renumber(parent, first);
    m_observer->rowsInserted();
    m_observer->totalsChanged();
}

void TreeStore::removeChild(RegistryNode *parent, int row)
{
    if (row < 0 || row >= int(parent->children.size()))
        return;
    m_observer->rowsAboutToBeRemoved(parent, row, row);
    std::unique_ptr<RegistryNode> gone = std::move(parent->children[size_t(row)]);
    parent->children.erase(parent->children.begin() + row);
    renumber(parent, row);
    countTree(gone.get(), -1);
    m_observer->rowsRemoved();
    detach(gone.get());
    m_observer->totalsChanged();
}

void TreeStore::detach(RegistryNode *node)
{
    if (node->data) {
        ++node->data->generation; // late callbacks of its fetch now return at once
        node->data->alive.reset();
    }
    m_observer->nodeDetached(node);
    for (auto &c : node->children)
        detach(c.get());
    if (node->data)
        for (auto &c : node->data->pendingRows)
            detach(c.get());
}

void TreeStore::clearChildren(RegistryNode *node)
{
    if (!node->children.empty()) {
        m_observer->rowsAboutToBeRemoved(node, 0, int(node->children.size()) - 1);
        NodeRows gone;
        gone.swap(node->children);
        for (auto &c : gone)
            countTree(c.get(), -1);
        m_observer->rowsRemoved();
        for (auto &c : gone)
            detach(c.get());
    }
    if (node->kind == NodeKind::Repository && node->data) {
        node->data->pendingRows.clear(); // they point at the records below
        m_counts.artifacts -= qint64(node->data->artifacts.size());
        node->data->artifacts.clear();
    }
    m_observer->totalsChanged();
}

void TreeStore::mergeChildren(RegistryNode *parent, NodeRows fresh)
{
    std::map<QString, RegistryNode *> byKey;
    for (auto &f : fresh)
        byKey.emplace(f->key(), f.get());
    // 1. Rows that are gone.
    for (int i = int(parent->children.size()) - 1; i >= 0; --i) {
        const RegistryNode *old = parent->children[size_t(i)].get();
        if (old->kind != NodeKind::Loading && byKey.find(old->key()) == byKey.end())
            removeChild(parent, i);
    }
    // 2. Rows that stay: take the fresh data, keep the node (and so the view's state).
    NodeRows added;
    std::map<QString, RegistryNode *> existing;
    for (auto &c : parent->children)
        existing.emplace(c->key(), c.get());
    for (auto &f : fresh) {
        auto it = existing.find(f->key());
        if (it == existing.end()) {
            added.push_back(std::move(f));
            continue;
        }
        RegistryNode *old = it->second;
        old->artifact = f->artifact;
        old->pushMs = f->pushMs;
        old->pullMs = f->pullMs;
        old->immutable = f->immutable;
        old->unconfirmed = f->unconfirmed; // the registry has it: the row is confirmed
        old->nestedIndex = f->nestedIndex;
        if (old->data && f->data) {
            old->data->count = f->data->count;
            old->data->isPublic = f->data->isPublic;
            old->data->projectId = f->data->projectId;
            old->data->updateTime = f->data->updateTime;
            old->data->fullName = f->data->fullName;
        }
        if (!old->isContainer()) {
            // Folders, index children and accessories merge by key too, so a selected
            // platform row survives a refresh.
            for (auto &c : f->children)
                c->parent = old;
            mergeChildren(old, std::move(f->children));
        }
        m_observer->nodeChanged(old);
    }
    // 3. New rows.
    appendChildren(parent, std::move(added));
}

void TreeStore::replaceArtifacts(RegistryNode *repository, ArtifactRecords records)
{
    m_counts.artifacts += qint64(records.size()) - qint64(repository->data->artifacts.size());
    repository->data->artifacts.swap(records);
    m_observer->totalsChanged();
}

void TreeStore::adoptArtifacts(RegistryNode *repository, ArtifactRecords records)
{
    m_counts.artifacts += qint64(records.size());
    auto &mine = repository->data->artifacts;
    mine.insert(mine.end(), std::make_move_iterator(records.begin()), std::make_move_iterator(records.end()));
}

bool TreeStore::hasLoadingRow(const RegistryNode *node) const
{
    return !node->children.empty() && node->children.back()->kind == NodeKind::Loading;
}

void TreeStore::setLoadingRow(RegistryNode *node, bool on)
{
    const bool has = hasLoadingRow(node);
    if (on && !has) {
        NodeRows rows;
        rows.push_back(std::make_unique<RegistryNode>(NodeKind::Loading, node, QString()));
        appendChildren(node, std::move(rows));
    } else if (!on && has) {
        removeChild(node, int(node->children.size()) - 1);
    }
}

// QTreeView answers every row removal, anywhere, by laying out all visible rows again
// (QTreeView::rowsRemoved clears its item list; qtbase src/widgets/itemviews/qtreeview.cpp): a
// quarter of a second per fetch once a million rows are expanded. So the "Loading…" row's node
// turns into the first new row (one dataChanged) and the rest are appended after it: a true
// append, which spares QAbstractItemModel its walk over every persistent index that an insert
// before the last row costs. Rows under the first row are inserted as usual, so views learn it
// has children. A container row keeps its own node, which fetches and guards hold; those take
// the removal.
void TreeStore::finishLoadingRow(RegistryNode *node, NodeRows rows)
{
    if (rows.empty() || !hasLoadingRow(node) || rows.front()->data) {
        appendChildren(node, std::move(rows));
        setLoadingRow(node, false);
        return;
    }
    std::unique_ptr<RegistryNode> first = std::move(rows.front());
    RegistryNode *slot = node->children.back().get();
    NodeRows below;
    below.swap(first->children);
    slot->name = std::move(first->name);
    slot->artifact = first->artifact;
    slot->nestedIndex = first->nestedIndex;
    slot->pushMs = first->pushMs;
    slot->pullMs = first->pullMs;
    slot->kind = first->kind;
    slot->immutable = first->immutable;
    slot->unconfirmed = first->unconfirmed;
    slot->change = first->change;
    countTree(slot, +1);
    m_observer->nodeChanged(slot);
    appendChildren(slot, std::move(below));
    rows.erase(rows.begin());
    appendChildren(node, std::move(rows)); // after it: the loading row is gone
    m_observer->totalsChanged();
}

void TreeStore::addErrorRow(RegistryNode *node, const QString &message)
{
    NodeRows rows;
    rows.push_back(std::make_unique<RegistryNode>(NodeKind::Error, node, message));
    appendChildren(node, std::move(rows));
}

void TreeStore::removeErrorRows(RegistryNode *node)
{
    for (int i = int(node->children.size()) - 1; i >= 0; --i)
        if (node->children[size_t(i)]->kind == NodeKind::Error)
            removeChild(node, i);
}

void TreeStore::changed(const RegistryNode *node)
{
    m_observer->nodeChanged(node);
}

void TreeStore::removeTag(RegistryNode *tag)
{
    if (tag->kind != NodeKind::Tag)
        return;
    RegistryNode *repo = tag->parent;
    ArtifactRecord *rec = tag->artifact;
    const QString name = tag->name;
    removeChild(repo, tag->row);
    if (!rec)
        return;
    rec->tagNames.removeAll(name);
    if (rec->tagNames.isEmpty()) {
        // The artifact stays, untagged: Harbor removed only the tag.
        auto d = std::make_unique<RegistryNode>(NodeKind::Digest, repo, QString());
        d->artifact = rec;
        addNestedRows(d.get(), rec);
        NodeRows rows;
        rows.push_back(std::move(d));
        appendChildren(repo, std::move(rows));
    } else {
        for (auto &c : repo->children)
            if (c->artifact == rec)
                m_observer->nodeChanged(c.get());
    }
}

void TreeStore::removeArtifact(RegistryNode *anyRow)
{
    RegistryNode *repo = anyRow->repository();
    const ArtifactRecord *rec = anyRow->artifact;
    if (!repo || !rec)
        return;
    for (int i = int(repo->children.size()) - 1; i >= 0; --i)
        if (repo->children[size_t(i)]->artifact == rec)
            removeChild(repo, i);
    auto &arts = repo->data->artifacts;
    const auto end = std::remove_if(arts.begin(), arts.end(), [rec](const auto &r) { return r.get() == rec; });
    m_counts.artifacts -= qint64(std::distance(end, arts.end()));
    arts.erase(end, arts.end());
    m_observer->totalsChanged();
}

} // namespace berth
