#include "ModelIcons.h"

#include "RegistryNode.h"

#include <QGuiApplication>
#include <QPalette>

namespace berth {
namespace ModelIcons {

namespace {
QIcon cached(const char *name)
{
    // One QIcon per name for the whole process: views ask for decorations on every paint.
    static QHash<QByteArray, QIcon> icons;
    auto it = icons.find(name);
    if (it == icons.end())
        it = icons.insert(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name))));
    return *it;
}
} // namespace

QIcon forNode(const RegistryNode *n)
{
    switch (n->kind) {
    case NodeKind::Registry:
        return n->data && n->data->state == FetchState::Failed ? cached("warning") : cached("registry");
    case NodeKind::Project:
        return n->data && n->data->state == FetchState::Failed ? cached("warning") : cached("project");
    case NodeKind::Folder:
        return cached("folder");
    case NodeKind::Repository:
        return n->data && n->data->state == FetchState::Failed ? cached("warning") : cached("repository");
    case NodeKind::Tag:
        // An immutable tag says so where the eye goes first, not only in its own column.
        return n->immutable ? cached("lock") : cached("tag");
    case NodeKind::Digest:
        return cached("digest");
    case NodeKind::Child:
        return cached("platform");
    case NodeKind::Accessory:
        return cached("accessory");
    case NodeKind::Loading:
        return cached("loading");
    case NodeKind::Error:
        return cached("warning");
    }
    return {};
}

QIcon lock()
{
    return cached("lock");
}

QIcon warning()
{
    return cached("warning");
}

QIcon appIcon()
{
    return cached("berth");
}

QBrush dimmedBrush()
{
    return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
}

QBrush errorBrush()
{
    // Readable on light and dark palettes alike.
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    return QBrush(dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x20, 0x20));
}

QBrush plannedBrush()
{
    // Translucent, so selection and alternating rows still show through on any palette.
    return QBrush(QColor(220, 60, 60, 60));
}

} // namespace ModelIcons
} // namespace berth
