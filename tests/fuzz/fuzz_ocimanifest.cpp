// libFuzzer target: parseOciManifest with every Content-Type the registry side sees and with the
// body's own digest (or one taken from the body, to reach the "index lists itself" check).
// Input layout: one flag byte, then the body. Bits 0-2 pick the Content-Type, bit 4 passes the
// body's sha256 as ownDigest, bit 5 the first "sha256:" digest found in the body.
#include "core/ContentDigest.h"
#include "core/DisplayText.h"
#include "core/OciManifest.h"
#include "core/OciMediaTypes.h"
#include "FuzzCheck.h"

#include <cstddef>
#include <cstdint>

using namespace berth;

namespace {

void checkDescriptor(const OciDescriptor &d)
{
    FUZZ_CHECK(isSupportedDigest(d.digest));
    FUZZ_CHECK(d.size >= 0 && d.size <= kMaxDescriptorSize);
    FUZZ_CHECK(!d.mediaType.isEmpty() && !DisplayText::hasControl(d.mediaType));
    FUZZ_CHECK(!DisplayText::hasControl(d.artifactType));
    if (d.platform) {
        // A platform string that parses back names the same os/arch/variant.
        const QString text = d.platform->toString();
        if (const auto again = OciPlatform::fromString(text))
            FUZZ_CHECK(again->toString() == text.trimmed());
        d.platform->isUnknown();
        d.platform->isEmpty();
    }
}

// Everything the parse produced, as text: two parses of the same input must agree exactly.
QString summary(const Parsed<OciManifest> &r)
{
    const OciManifest &m = r.value;
    QStringList parts {r.error, QString::number(int(m.kind)), m.mediaType, QString::number(m.schemaVersion),
        m.artifactType, m.config.digest, QString::number(m.config.size), m.displayedArtifactType(),
        QString::number(m.layersSize())};
    for (const OciDescriptor &d : m.layers)
        parts << d.mediaType << d.digest << QString::number(d.size);
    for (const OciDescriptor &d : m.manifests)
        parts << d.mediaType << d.digest << QString::number(d.size)
              << (d.platform ? d.platform->toString() : QString());
    parts << (m.subject ? m.subject->digest : QString());
    for (auto it = m.annotations.cbegin(); it != m.annotations.cend(); ++it)
        parts << it.key() << it.value();
    return parts.join(QChar(0));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t flags = data[0];
    const QByteArray body(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));

    static const QString types[] = {QString(), QString::fromLatin1(OciMediaType::OciManifest),
        QString::fromLatin1(OciMediaType::OciIndex), QString::fromLatin1(OciMediaType::DockerManifest),
        QString::fromLatin1(OciMediaType::DockerList), QStringLiteral("application/json"),
        QStringLiteral("application/vnd.oci.image.index.v1+json; charset=utf-8"), QStringLiteral("\x1b[31m/x")};
    const QString contentType = types[flags & 7];
    QString ownDigest;
    if (flags & 0x10) {
        ownDigest = sha256Digest(body);
    } else if (flags & 0x20) {
        const qsizetype at = body.indexOf("sha256:");
        if (at >= 0)
            ownDigest = QString::fromLatin1(body.mid(at, 71));
    }

    const Parsed<OciManifest> r = parseOciManifest(body, contentType, ownDigest);
    FUZZ_CHECK(summary(r) == summary(parseOciManifest(body, contentType, ownDigest)));
    const OciManifest &m = r.value;
    if (!r.ok()) {
        // A refusal hands back nothing usable, and says why in printable words.
        FUZZ_CHECK(!DisplayText::hasControl(r.error));
        FUZZ_CHECK(m.kind == OciManifest::Kind::Unknown && m.mediaType.isEmpty());
        FUZZ_CHECK(m.layers.isEmpty() && m.manifests.isEmpty() && !m.subject && m.config.digest.isEmpty());
        FUZZ_CHECK(m.annotations.isEmpty() && m.artifactType.isEmpty());
        return 0;
    }
    FUZZ_CHECK(!DisplayText::hasControl(m.mediaType) && !DisplayText::hasControl(m.artifactType));
    switch (m.kind) {
    case OciManifest::Kind::Image:
        checkDescriptor(m.config);
        FUZZ_CHECK(m.manifests.isEmpty());
        FUZZ_CHECK(m.displayedArtifactType() == (m.artifactType.isEmpty() ? m.config.mediaType : m.artifactType));
        break;
    case OciManifest::Kind::Index:
        FUZZ_CHECK(m.layers.isEmpty() && m.config.digest.isEmpty());
        FUZZ_CHECK(m.displayedArtifactType() == m.artifactType);
        FUZZ_CHECK(OciMediaType::isIndex(m.mediaType) || m.mediaType.isEmpty());
        break;
    case OciManifest::Kind::Unknown:
        FUZZ_CHECK(m.layers.isEmpty() && m.manifests.isEmpty() && m.config.digest.isEmpty());
        FUZZ_CHECK(m.displayedArtifactType() == m.artifactType);
        FUZZ_CHECK(!OciMediaType::isIndex(m.mediaType) && !OciMediaType::isImageManifest(m.mediaType));
        break;
    }
    qint64 sum = 0;
    for (const OciDescriptor &d : m.layers) {
        checkDescriptor(d);
        sum += d.size;
    }
    FUZZ_CHECK(m.layersSize() == sum && sum >= 0);
    for (const OciDescriptor &d : m.manifests) {
        checkDescriptor(d);
        FUZZ_CHECK(ownDigest.isEmpty() || d.digest != ownDigest);
    }
    if (m.subject) {
        checkDescriptor(*m.subject);
        FUZZ_CHECK(ownDigest.isEmpty() || m.subject->digest != ownDigest);
    }
    return 0;
}
