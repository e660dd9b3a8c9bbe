#include "OciMediaTypes.h"

namespace berth {
namespace OciMediaType {

QByteArray manifestAcceptHeader()
{
    QByteArray accept;
    for (const char *type : {OciIndex, OciManifest, DockerList, DockerManifest}) {
        if (!accept.isEmpty())
            accept += ", ";
        accept += type;
    }
    return accept;
}

QString essence(const QString &mediaType)
{
    return mediaType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
}

bool isIndex(const QString &mediaType)
{
    const QString t = essence(mediaType);
    return t == QLatin1String(OciIndex) || t == QLatin1String(DockerList);
}

bool isImageManifest(const QString &mediaType)
{
    const QString t = essence(mediaType);
    return t == QLatin1String(OciManifest) || t == QLatin1String(DockerManifest);
}

bool isImageConfig(const QString &mediaType)
{
    const QString t = essence(mediaType);
    return t == QLatin1String(OciConfig) || t == QLatin1String(DockerConfig);
}

bool isLayer(const QString &mediaType)
{
    // image-spec media-types.md (tar, +gzip, +zstd, and the deprecated nondistributable ones) and
    // Docker's rootfs.diff / rootfs.foreign.diff.
    const QString t = essence(mediaType);
    return t.startsWith(QLatin1String("application/vnd.oci.image.layer."))
        || t.startsWith(QLatin1String("application/vnd.docker.image.rootfs."));
}

} // namespace OciMediaType
} // namespace berth
