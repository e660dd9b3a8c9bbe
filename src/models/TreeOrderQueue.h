#pragma once

#include "RegistryNode.h"

#include <map>
#include <utility>
#include <vector>

namespace berth {

// Where a node sits in the tree: its row, its parent's row and so on up to the top, outermost
// first. Compared lexicographically, it orders nodes as a fully expanded view shows them.
inline std::vector<int> treePosition(const RegistryNode *node)
{
    std::vector<int> rows;
    for (const RegistryNode *n = node; n && n->parent; n = n->parent)
        rows.push_back(n->row);
    return {rows.rbegin(), rows.rend()};
}

// Containers waiting for a fetch, handed out top to bottom as the tree shows them, whatever
// order they were asked for in (first come first among equals).
//
// Why: QTreeView keeps every shown row in one flat list, and rows arriving under an expanded
// container move every row shown below it (QTreeViewPrivate::insertViewItems and
// removeViewItems, qtbase src/widgets/itemviews/qtreeview.cpp). Filled top to bottom, what lies
// below a container that finishes is only the containers still waiting, a row or two each;
// in the order they were expanded in (projects answer in any order), it was often whole
// projects already loaded: five times as many rows moved at a million tags.
//
// A position is taken when the container is queued; rows that move later change only the
// order, never what is fetched.
template<typename T>
class TreeOrderQueue
{
public:
    void push(const RegistryNode *node, T value) { m_waiting.emplace(treePosition(node), std::move(value)); }
    bool empty() const { return m_waiting.empty(); }
    size_t size() const { return m_waiting.size(); }
    // The topmost waiting entry; the queue must not be empty.
    T pop()
    {
        auto first = m_waiting.begin();
        T value = std::move(first->second);
        m_waiting.erase(first);
        return value;
    }

private:
    std::multimap<std::vector<int>, T> m_waiting; // equal keys keep their order of insertion
};

} // namespace berth
