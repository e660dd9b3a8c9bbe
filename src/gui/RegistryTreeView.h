#pragma once

class QObject;
class QTreeView;

namespace berth {

class RegistryFilterProxy;

// Sets up the main window's tree over the filter proxy: the delegate that highlights matches,
// server order until a column is picked, columns as wide as what they show in this font and
// language, the Name column fitting registry rows, accessibility.
void setUpRegistryTreeView(QTreeView *tree, RegistryFilterProxy *proxy, QObject *owner);

} // namespace berth
