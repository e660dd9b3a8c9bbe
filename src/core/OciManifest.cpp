#include "OciManifest.h"

#include "ContentDigest.h"
#include "DisplayText.h"
#include "JsonShape.h"
#include "OciMediaTypes.h"

#include <cmath>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace berth {

namespace {

struct OciManifestText
{
    Q_DECLARE_TR_FUNCTIONS(berth::OciManifest)
};

// RFC 6838 section 4.2 restricted-name, type "/" subtype, no parameters: what the image spec
// requires of mediaType and artifactType (descriptor.md). Anything else (a space, a control
// character, a parameter) is not a media type we could compare or print safely.
bool isRestrictedName(QStringView s)
{
    if (s.isEmpty() || s.size() > 127)
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        const bool alnum = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
        if (alnum)
            continue;
        if (i == 0
            || !(c == u'!' || c == u'#' || c == u'$' || c == u'&' || c == u'-' || c == u'^' || c == u'_' || c == u'.'
                || c == u'+'))
            return false;
    }
    return true;
}

bool isMediaType(const QString &s)
{
    const qsizetype slash = s.indexOf(QLatin1Char('/'));
    return slash > 0 && isRestrictedName(QStringView(s).left(slash)) && isRestrictedName(QStringView(s).mid(slash + 1));
}

// Reads one descriptor at `path` ("config", "layers[2]", "manifests[0]", "subject"). Every
// message names the JSON field, so a user can find it in the raw manifest.
class DescriptorReader
{
    Q_DECLARE_TR_FUNCTIONS(berth::OciManifest)

public:
    QString error;

    OciDescriptor read(const QJsonValue &value, const QString &path)
    {
        OciDescriptor d;
        if (!value.isObject()) {
            fail(tr("%1 is not a JSON object, so it does not describe any content.").arg(path));
            return d;
        }
        const QJsonObject o = value.toObject();
        d.mediaType = mediaType(o, QStringLiteral("mediaType"), path + QLatin1String(".mediaType"), true);
        d.artifactType = mediaType(o, QStringLiteral("artifactType"), path + QLatin1String(".artifactType"), false);
        d.digest = digest(o, path + QLatin1String(".digest"));
        d.size = size(o, path + QLatin1String(".size"));
        d.annotations = stringMap(o.value(QLatin1String("annotations")));
        for (const QJsonValue &u : o.value(QLatin1String("urls")).toArray()) {
            if (u.isString())
                d.urls.append(u.toString());
        }
        const QJsonValue platform = o.value(QLatin1String("platform"));
        if (platform.isObject())
            d.platform = platformFrom(platform.toObject());
        checkData(o, d, path + QLatin1String(".data"));
        return d;
    }

    QString mediaType(const QJsonObject &o, const QString &key, const QString &path, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return {};
        if (!v.isString()) {
            fail(v.isUndefined() ? tr("%1 is missing; every descriptor names the type of its content.").arg(path)
                                 : tr("%1 is not a string.").arg(path));
            return {};
        }
        const QString text = v.toString();
        if (!isMediaType(text)) {
            fail(tr("%1 is not a media type such as application/vnd.oci.image.layer.v1.tar+gzip: %2")
                     .arg(path, quoted(text)));
            return {};
        }
        return text;
    }

    static QMap<QString, QString> stringMap(const QJsonValue &value)
    {
        QMap<QString, QString> map;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.value().isString())
                map.insert(it.key(), it.value().toString());
        }
        return map;
    }

    static OciPlatform platformFrom(const QJsonObject &o)
    {
        OciPlatform p;
        p.os = o.value(QLatin1String("os")).toString();
        p.architecture = o.value(QLatin1String("architecture")).toString();
        p.variant = o.value(QLatin1String("variant")).toString();
        p.osVersion = o.value(QLatin1String("os.version")).toString();
        for (const QJsonValue &f : o.value(QLatin1String("os.features")).toArray()) {
            if (f.isString())
                p.osFeatures.append(f.toString());
        }
        return p;
    }

    // At most 80 characters of server text, control characters escaped.
    static QString quoted(const QString &text)
    {
        QString shown = text.left(80);
        if (shown.size() < text.size())
            shown += QChar(0x2026);
        return QLatin1Char('"') + DisplayText::escapeControl(shown) + QLatin1Char('"');
    }

private:
    void fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
    }

    QString digest(const QJsonObject &o, const QString &path)
    {
        const QJsonValue v = o.value(QLatin1String("digest"));
        if (!v.isString()) {
            fail(v.isUndefined() ? tr("%1 is missing; without it the content cannot be fetched.").arg(path)
                                 : tr("%1 is not a string.").arg(path));
            return {};
        }
        const QString text = v.toString();
        if (!isSupportedDigest(text)) {
            fail(tr("%1 is not a sha256 or sha512 digest in lower-case hex: %2").arg(path, quoted(text)));
            return {};
        }
        return text;
    }

    // Sizes are int64 (descriptor.md); QJsonValue::toInteger() keeps 3 GB exact where toInt()
    // gives 0. A negative size or one above 16 TiB is a broken or hostile manifest.
    qint64 size(const QJsonObject &o, const QString &path)
    {
        const QJsonValue v = o.value(QLatin1String("size"));
        if (!v.isDouble()) {
            fail(v.isUndefined() ? tr("%1 is missing; every descriptor states the size of its content.").arg(path)
                                 : tr("%1 is not a number.").arg(path));
            return 0;
        }
        const double d = v.toDouble();
        if (d < 0) {
            fail(tr("%1 is negative (%2); a size cannot be.").arg(path, QString::number(d, 'g', 17)));
            return 0;
        }
        if (!(d <= double(kMaxDescriptorSize))) {
            fail(tr("%1 is %2 bytes, more than 16 TiB; no registry stores such a blob.")
                     .arg(path, QString::number(d, 'g', 17)));
            return 0;
        }
        const qint64 n = v.toInteger(-1);
        if (n < 0 || double(n) != d) {
            fail(tr("%1 is not a whole number of bytes (%2).").arg(path, QString::number(d, 'g', 17)));
            return 0;
        }
        return n;
    }

    // Embedded content (descriptor.md "data") must be exactly what digest and size describe.
    void checkData(const QJsonObject &o, const OciDescriptor &d, const QString &path)
    {
        const QJsonValue v = o.value(QLatin1String("data"));
        if (v.isUndefined() || !error.isEmpty())
            return;
        const auto decoded = QByteArray::fromBase64Encoding(
            v.toString().toLatin1(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!v.isString() || !decoded)
            fail(tr("%1 is not base64 text.").arg(path));
        else if (decoded.decoded.size() != d.size || !digestMatches(d.digest, decoded.decoded))
            fail(tr("%1 does not match the descriptor's digest and size.").arg(path));
    }
};

OciManifest::Kind kindOf(const QString &mediaType, const QJsonObject &o)
{
    if (OciMediaType::isIndex(mediaType))
        return OciManifest::Kind::Index;
    if (OciMediaType::isImageManifest(mediaType))
        return OciManifest::Kind::Image;
    if (!mediaType.isEmpty())
        return OciManifest::Kind::Unknown;
    // No type anywhere (mediaType is only a SHOULD in image-spec manifest.md): the shape decides.
    if (o.value(QLatin1String("schemaVersion")).toInt() != 2)
        return OciManifest::Kind::Unknown;
    if (o.value(QLatin1String("manifests")).isArray())
        return OciManifest::Kind::Index;
    if (o.value(QLatin1String("config")).isObject())
        return OciManifest::Kind::Image;
    return OciManifest::Kind::Unknown;
}

QList<OciDescriptor> readList(DescriptorReader &reader, const QJsonObject &o, const QString &key)
{
    QList<OciDescriptor> list;
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return list; // a scratch image, or Harbor 2.8-2.10's "{}" for no referrers
    if (!v.isArray()) {
        reader.error = OciManifestText::tr("%1 is not a list.").arg(key);
        return list;
    }
    const QJsonArray a = v.toArray();
    list.reserve(a.size());
    for (qsizetype i = 0; i < a.size() && reader.error.isEmpty(); ++i)
        list.append(reader.read(a.at(i), QStringLiteral("%1[%2]").arg(key).arg(i)));
    return list;
}

} // namespace

bool OciPlatform::isEmpty() const
{
    return os.isEmpty() && architecture.isEmpty() && variant.isEmpty() && osVersion.isEmpty() && osFeatures.isEmpty();
}

QString OciPlatform::toString() const
{
    QString s = os + QLatin1Char('/') + architecture;
    if (!variant.isEmpty())
        s += QLatin1Char('/') + variant;
    return s;
}

bool OciPlatform::isUnknown() const
{
    return os == QLatin1String("unknown") && architecture == QLatin1String("unknown");
}

std::optional<OciPlatform> OciPlatform::fromString(const QString &osArchVariant)
{
    const QStringList parts = osArchVariant.trimmed().split(QLatin1Char('/'));
    if (parts.size() < 2 || parts.size() > 3)
        return std::nullopt;
    for (const QString &part : parts) {
        if (part.isEmpty() || part.contains(QLatin1Char(' ')) || DisplayText::hasControl(part))
            return std::nullopt;
    }
    OciPlatform p;
    p.os = parts.at(0);
    p.architecture = parts.at(1);
    if (parts.size() == 3)
        p.variant = parts.at(2);
    return p;
}

bool OciPlatform::operator==(const OciPlatform &o) const
{
    return os == o.os && architecture == o.architecture && variant == o.variant && osVersion == o.osVersion
        && osFeatures == o.osFeatures;
}

QString OciManifest::displayedArtifactType() const
{
    if (!artifactType.isEmpty())
        return artifactType;
    return kind == Kind::Image ? config.mediaType : QString();
}

qint64 OciManifest::layersSize() const
{
    qint64 sum = 0;
    for (const OciDescriptor &d : layers)
        sum += d.size; // each <= 2^44 and a manifest holds < 2^19 of them: no overflow
    return sum;
}

Parsed<OciManifest> parseOciManifest(const QByteArray &body, const QString &contentType, const QString &ownDigest)
{
    Parsed<OciManifest> r;
    if (body.size() > kMaxManifestBytes) {
        r.error = OciManifestText::tr(
            "The manifest is %1 bytes, more than the %2 bytes a registry accepts for one manifest.")
                      .arg(body.size())
                      .arg(kMaxManifestBytes);
        return r;
    }
    const QString refusal = JsonShape::structureRefusal(JsonShape::scan(body));
    if (!refusal.isEmpty()) {
        r.error = OciManifestText::tr("The manifest was not read: it is %1.").arg(refusal);
        return r;
    }
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError) {
        r.error
            = OciManifestText::tr("The manifest is not JSON (%1 at byte %2).").arg(err.errorString()).arg(err.offset);
        return r;
    }
    if (!doc.isObject()) {
        r.error = OciManifestText::tr("The manifest is JSON but not an object, so it is no manifest.");
        return r;
    }
    const QJsonObject o = doc.object();
    DescriptorReader reader;
    OciManifest &m = r.value;

    const QJsonValue ownType = o.value(QLatin1String("mediaType"));
    if (!ownType.isUndefined())
        m.mediaType = reader.mediaType(o, QStringLiteral("mediaType"), QStringLiteral("mediaType"), true);
    else if (isMediaType(OciMediaType::essence(contentType)))
        m.mediaType = OciMediaType::essence(contentType); // the body is what counts (spec: trust the descriptor)
    m.artifactType = reader.mediaType(o, QStringLiteral("artifactType"), QStringLiteral("artifactType"), false);
    const QJsonValue schema = o.value(QLatin1String("schemaVersion"));
    m.schemaVersion = schema.isDouble() ? schema.toInt() : 0;
    m.annotations = DescriptorReader::stringMap(o.value(QLatin1String("annotations")));
    m.kind = kindOf(m.mediaType, o);

    if (m.kind == OciManifest::Kind::Image) {
        const QJsonValue config = o.value(QLatin1String("config"));
        if (config.isUndefined() && reader.error.isEmpty())
            reader.error = OciManifestText::tr("The image manifest has no config, so it describes no image.");
        else
            m.config = reader.read(config, QStringLiteral("config"));
        if (reader.error.isEmpty())
            m.layers = readList(reader, o, QStringLiteral("layers"));
    } else if (m.kind == OciManifest::Kind::Index && reader.error.isEmpty()) {
        m.manifests = readList(reader, o, QStringLiteral("manifests"));
    }
    const QJsonValue subject = o.value(QLatin1String("subject"));
    if (!subject.isUndefined() && !subject.isNull() && reader.error.isEmpty())
        m.subject = reader.read(subject, QStringLiteral("subject"));

    if (reader.error.isEmpty() && !ownDigest.isEmpty()) {
        // A manifest cannot contain its own hash; when it seems to, the digest we were given is
        // wrong, and following it would walk in a circle.
        for (qsizetype i = 0; i < m.manifests.size() && reader.error.isEmpty(); ++i) {
            if (m.manifests.at(i).digest == ownDigest)
                reader.error = OciManifestText::tr("manifests[%1] is the index itself (%2); it cannot list itself.")
                                   .arg(i)
                                   .arg(ownDigest);
        }
        if (reader.error.isEmpty() && m.subject && m.subject->digest == ownDigest)
            reader.error
                = OciManifestText::tr("subject is the manifest itself (%1); it cannot refer to itself.").arg(ownDigest);
    }
    if (!reader.error.isEmpty())
        return Parsed<OciManifest> {{}, OciManifestText::tr("The manifest was refused: %1").arg(reader.error)};
    return r;
}

} // namespace berth
