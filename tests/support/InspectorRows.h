// Finding rows in the Contents tab's tree (InspectorPane::tree()) by their visible text, for the
// gui tests that read what the pane shows. Header-only; only tests that link berth_gui include it.
#pragma once

#include "gui/InspectorPane.h"

#include <QStringList>
#include <QTreeWidget>

// The top-level section titled `title`, or nullptr.
inline QTreeWidgetItem *section(const QTreeWidget *tree, const QString &title)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0) == title)
            return tree->topLevelItem(i);
    return nullptr;
}

// The child row of `parent` named `name` in the first column, or nullptr (also for no parent).
inline QTreeWidgetItem *field(const QTreeWidgetItem *parent, const QString &name)
{
    for (int i = 0; parent && i < parent->childCount(); ++i)
        if (parent->child(i)->text(0) == name)
            return parent->child(i);
    return nullptr;
}

// The titles of the top-level sections, in order.
inline QStringList sectionTitles(const QTreeWidget *tree)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out << tree->topLevelItem(i)->text(0);
    return out;
}

// The digests (InspectorPane::DigestRole) of `parent`'s child rows, in order.
inline QStringList digestsIn(const QTreeWidgetItem *parent)
{
    QStringList out;
    for (int i = 0; parent && i < parent->childCount(); ++i)
        out << parent->child(i)->data(0, berth::InspectorPane::DigestRole).toString();
    return out;
}
