#pragma once

#include <QString>

namespace berth {

// A REF as berthctl and pull commands write it: [host[:port]/]project/repo[/more][:tag|@sha256:...].
// The first path segment after an optional host is always the project.
struct ImageRef
{
    QString host; // empty when not given
    QString project;
    QString repository; // path form, without the project ("backend/api")
    QString tag; // empty for a digest reference or none
    QString digest; // "sha256:..." or empty
    QString error;

    bool isValid() const { return error.isEmpty(); }
    // A plain registry's REF has no project: then the repository alone.
    QString fullRepository() const { return project.isEmpty() ? repository : project + QLatin1Char('/') + repository; }
    QString reference() const { return digest.isEmpty() ? tag : digest; }
    QString toString() const;
};

// requireReference: the REF must name a tag or a digest (rm); otherwise a bare repository is
// allowed (ls).
ImageRef parseImageRef(const QString &text, bool requireReference);

// A plain OCI registry's REF: [host[:port]/]repo[/more][:tag|@sha256:...], with no project
// level; `project` stays empty and `repository` holds the whole path.
ImageRef parseRegistryRef(const QString &text, bool requireReference);

bool isValidDigest(const QString &digest);

} // namespace berth
