#include "TreeLoader.h"

namespace berth {

TreeLoader::TreeLoader(LoadSink *sink, QObject *parent)
    : QObject(parent)
    , m_sink(sink)
{ }

TreeLoader::Guard::Guard(RegistryNode *node)
    : m_alive(node->data->alive)
    , m_node(node)
    , m_generation(node->data->generation)
{ }

bool TreeLoader::Guard::valid() const
{
    return !m_alive.expired() && m_node->data->generation == m_generation;
}

} // namespace berth
