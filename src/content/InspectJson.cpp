#include "InspectJson.h"

namespace berth::InspectJson {

namespace {

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject descriptorJson(const OciDescriptor &d)
{
    return QJsonObject {{QStringLiteral("digest"), d.digest}, {QStringLiteral("mediaType"), text(d.mediaType)},
        {QStringLiteral("size"), d.size}};
}

} // namespace

QJsonValue platformJson(const std::optional<OciPlatform> &platform)
{
    if (!platform || platform->isEmpty())
        return QJsonValue(QJsonValue::Null);
    return QJsonObject {{QStringLiteral("os"), text(platform->os)},
        {QStringLiteral("architecture"), text(platform->architecture)},
        {QStringLiteral("variant"), text(platform->variant)}};
}

QJsonObject configJson(const OciDescriptor &descriptor, const std::optional<OciImageConfig> &config)
{
    QJsonObject o = descriptorJson(descriptor);
    if (!config)
        return o;
    const OciImageConfig &c = *config;
    QJsonObject labels;
    for (auto it = c.labels.cbegin(); it != c.labels.cend(); ++it)
        labels.insert(it.key(), it.value());
    o.insert(QStringLiteral("created"), text(c.created));
    o.insert(QStringLiteral("author"), text(c.author));
    o.insert(QStringLiteral("os"), text(c.os));
    o.insert(QStringLiteral("architecture"), text(c.architecture));
    o.insert(QStringLiteral("variant"), text(c.variant));
    o.insert(QStringLiteral("entrypoint"), strings(c.entrypoint));
    o.insert(QStringLiteral("cmd"), strings(c.cmd));
    o.insert(QStringLiteral("env"), strings(c.env));
    o.insert(QStringLiteral("workingDir"), text(c.workingDir));
    o.insert(QStringLiteral("user"), text(c.user));
    o.insert(QStringLiteral("labels"), labels);
    o.insert(QStringLiteral("exposedPorts"), strings(c.exposedPorts));
    return o;
}

QJsonArray layersJson(const QList<OciDescriptor> &layers)
{
    QJsonArray out;
    for (const OciDescriptor &d : layers)
        out.append(descriptorJson(d));
    return out;
}

QJsonArray manifestsJson(const QList<OciDescriptor> &entries)
{
    QJsonArray out;
    for (const OciDescriptor &d : entries) {
        QJsonObject o = descriptorJson(d);
        o.insert(QStringLiteral("platform"), platformJson(d.platform));
        out.append(o);
    }
    return out;
}

QJsonArray referrersJson(const QList<OciDescriptor> &referrers)
{
    QJsonArray out;
    for (const OciDescriptor &d : referrers)
        out.append(QJsonObject {{QStringLiteral("digest"), d.digest}, {QStringLiteral("mediaType"), text(d.mediaType)},
            {QStringLiteral("artifactType"), text(d.artifactType)}});
    return out;
}

namespace {

// The keys every inspected manifest has, and an image's.
void addManifestKeys(QJsonObject &o, const InspectedManifest &m)
{
    o.insert(QStringLiteral("digest"), m.digest);
    o.insert(QStringLiteral("mediaType"), text(m.mediaType));
    o.insert(QStringLiteral("size"), m.size());
    o.insert(QStringLiteral("referrers"), referrersJson(m.referrers));
    if (m.manifest.kind != OciManifest::Kind::Image)
        return;
    o.insert(QStringLiteral("platform"), platformJson(m.platform));
    o.insert(QStringLiteral("config"), configJson(m.manifest.config, m.config));
    o.insert(QStringLiteral("layers"), layersJson(m.manifest.layers));
    o.insert(QStringLiteral("totalSize"), m.totalSize());
}

} // namespace

QJsonObject imageJson(const InspectedManifest &image)
{
    QJsonObject o;
    addManifestKeys(o, image);
    if (!image.manifest.artifactType.isEmpty())
        o.insert(QStringLiteral("artifactType"), image.manifest.artifactType);
    return o;
}

QJsonObject toJson(const ImageInspectionResult &result)
{
    const InspectedManifest &top = result.top;
    QJsonObject o;
    o.insert(QStringLiteral("reference"), result.reference);
    addManifestKeys(o, top);
    if (!top.manifest.artifactType.isEmpty())
        o.insert(QStringLiteral("artifactType"), top.manifest.artifactType);
    if (top.manifest.kind == OciManifest::Kind::Index) {
        o.insert(QStringLiteral("manifests"), manifestsJson(top.manifest.manifests));
        if (result.image)
            o.insert(QStringLiteral("image"), imageJson(*result.image));
    }
    return o;
}

} // namespace berth::InspectJson
