#include "NodeText.h"

#include "core/DigestText.h"

#include <QCoreApplication>
#include <QLocale>

namespace berth {
namespace NodeText {

namespace {

// The tree's words keep the context they always had, so their translations stay.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(berth::RegistryTreeModel)
};

QString timeText(qint64 ms)
{
    if (ms <= 0)
        return Text::tr("never");
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

qint64 toMs(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QString kindText(Artifact::Kind k)
{
    switch (k) {
    case Artifact::Kind::Image:
        return Text::tr("image");
    case Artifact::Kind::Index:
        return Text::tr("index");
    case Artifact::Kind::Chart:
        return Text::tr("chart");
    case Artifact::Kind::Other:
        return Text::tr("other");
    }
    return {};
}

bool plainRegistry(const RegistryNode *n)
{
    const RegistryNode *r = n->registry();
    return r && r->data && r->data->plainRegistry;
}

// A plain registry keeps no push or pull times (the distribution API has none): the columns say
// so rather than stand empty as if the data were there.
QString notKept()
{
    return Text::tr("not kept by this registry");
}

QVariant artifactColumn(const RegistryNode *n, Column c)
{
    const ArtifactRecord *a = n->artifact;
    if (!a)
        return {};
    if (plainRegistry(n)) {
        switch (c) {
        case Column::Pushed:
        case Column::Pulled:
            return notKept();
        case Column::Size:
            return {}; // a HEAD gives the manifest's size only, not the image's
        default:
            break;
        }
    }
    switch (c) {
    case Column::Digest:
        return shortDigest(a->digest());
    case Column::Size:
        return sizeText(a->size);
    case Column::Pushed:
        return timeText(n->effectivePushMs());
    case Column::Pulled:
        return timeText(n->effectivePullMs());
    case Column::Type:
        return kindText(a->kind);
    case Column::Platforms:
        return a->rare().platforms;
    case Column::Labels:
        return a->rare().labels;
    case Column::Vulnerabilities:
        if (a->rare().scanSeverity.isEmpty())
            return {};
        return Text::tr("%1 · %2 (%3 fixable)")
            .arg(a->rare().scanSeverity)
            .arg(a->rare().scanTotal)
            .arg(a->rare().scanFixable);
    case Column::Immutable:
        return n->immutable ? Text::tr("immutable") : QString();
    case Column::SharedTags:
        return a->tagNames.size();
    default:
        return {};
    }
}

} // namespace

QString sizeText(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes, 1);
}

QString header(Column column)
{
    switch (column) {
    case Column::Name:
        return Text::tr("Name");
    case Column::Digest:
        return Text::tr("Digest");
    case Column::Size:
        return Text::tr("Size");
    case Column::Pushed:
        return Text::tr("Pushed");
    case Column::Pulled:
        return Text::tr("Pulled");
    case Column::Type:
        return Text::tr("Type");
    case Column::Platforms:
        return Text::tr("Platforms");
    case Column::Labels:
        return Text::tr("Labels");
    case Column::Vulnerabilities:
        return Text::tr("Vulnerabilities");
    case Column::Immutable:
        return Text::tr("Immutable");
    case Column::SharedTags:
        return Text::tr("Tags on digest");
    case Column::Count:
        break;
    }
    return {};
}

QString displayName(const RegistryNode *n)
{
    switch (n->kind) {
    case NodeKind::Registry: {
        QString s = n->name;
        if (n->data->credentialState == QLatin1String("rejected") && !n->data->anonymousAccepted)
            s += Text::tr(" — credentials rejected");
        else if (!n->data->accountLabel.isEmpty())
            s += QStringLiteral(" — ") + n->data->accountLabel;
        return s;
    }
    case NodeKind::Digest:
        return QLatin1Char('@') + shortDigest(n->digest());
    case NodeKind::Loading:
        if (n->parent && n->parent->data && n->parent->data->total > 0)
            return Text::tr("Loading… %1 of %2")
                .arg(QLocale::system().toString(n->parent->data->loaded),
                    QLocale::system().toString(n->parent->data->total));
        return Text::tr("Loading…");
    case NodeKind::Error:
        return Text::tr("Failed: %1 (Enter or double-click to retry)").arg(n->name);
    default:
        return n->name;
    }
}

QVariant column(const RegistryNode *n, Column c)
{
    if (c == Column::Name)
        return displayName(n);
    switch (n->kind) {
    case NodeKind::Project:
        if (c == Column::Type)
            return n->data->isPublic ? Text::tr("public project") : Text::tr("private project");
        return {};
    case NodeKind::Repository:
        if (c == Column::Type)
            return Text::tr("repository");
        if (c == Column::Pushed && n->data->updateTime.isValid())
            return timeText(toMs(n->data->updateTime));
        if ((c == Column::Pushed || c == Column::Pulled) && plainRegistry(n))
            return notKept();
        return {};
    case NodeKind::Tag:
    case NodeKind::Digest:
        return artifactColumn(n, c);
    case NodeKind::Child:
    case NodeKind::Accessory:
        if (c == Column::Digest)
            return shortDigest(n->ownDigest());
        if (c == Column::Type)
            return n->kind == NodeKind::Child ? Text::tr("platform") : Text::tr("accessory");
        return {};
    default:
        return {};
    }
}

QVariant sortValue(const RegistryNode *n, Column c)
{
    const ArtifactRecord *a = n->artifact;
    switch (c) {
    case Column::Size:
        return a ? a->size : (n->data ? n->data->count : 0);
    case Column::Pushed:
        if (n->kind == NodeKind::Repository)
            return toMs(n->data->updateTime);
        return n->effectivePushMs();
    case Column::Pulled:
        return n->effectivePullMs();
    case Column::SharedTags:
        return a ? a->tagNames.size() : 0;
    case Column::Immutable:
        return n->immutable ? 1 : 0;
    case Column::Digest:
        return n->digest();
    default:
        return column(n, c);
    }
}

QString toolTip(const RegistryNode *n, Column c, const QString &rowError)
{
    if (!rowError.isEmpty())
        return rowError;
    if (c == Column::Digest && n->artifact)
        return n->digest();
    if (n->kind == NodeKind::Tag && n->immutable && (c == Column::Name || c == Column::Immutable))
        return Text::tr("Immutable: Harbor refuses to delete this tag (412)");
    if (n->kind == NodeKind::Repository)
        return Text::tr("%1 (%n artifacts)", nullptr, int(n->data->count)).arg(n->data->fullName);
    if (n->kind == NodeKind::Error)
        return n->name;
    if (n->data && n->data->state == FetchState::Failed)
        return n->data->error.summary();
    if (n->kind == NodeKind::Registry)
        return n->data->baseUrl.toString();
    return {};
}

} // namespace NodeText
} // namespace berth
