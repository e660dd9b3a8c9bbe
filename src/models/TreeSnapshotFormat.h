#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace berth {

// The file format of a registry's snapshot, QtCore only (so a fuzzer can drive the reader
// without the models). Little-endian throughout:
//
//   "BERTHSNP"  u32 format version  u32 0  u64 body length  u64 body checksum
//   body: sections, each  u32 id  u32 length  payload
//     'HEAD' (one, first)  the registry and who saved it
//     'STRS' (one)         media types, referred to by index
//     'PROJ' (any)         a project, its repositories, their artifacts and tags
//
// Nothing in it is trusted: the reader checks the checksum before it reads a field, every
// length against what is left, every count against a cap, and refuses the whole file on the
// first fault. It holds no secret: no password, token or user name beyond the account label
// the tree already shows.
namespace snapshot {

constexpr quint32 formatVersion = 1;
constexpr qint64 maxFileBytes = qint64(1) << 30; // 1 GiB: far above 1,000,000 tags (~40 MB)
constexpr qint64 maxTags = 20'000'000;

struct Header
{
    QString registryUrl;
    QString profileIdentity; // a hash of the profile's name, URL, kind and user: never the names
    QString accountLabel;
    QString berthVersion;
    qint64 savedAtMs = 0;
    bool plainRegistry = false; // repositories hang under the registry, in one unnamed project
};

struct Project
{
    QString name; // empty for a plain registry's one pseudo-project
    qint64 id = 0;
    qint64 repositoryCount = 0; // as the server reported it
    bool isPublic = false;
    bool fetched = false; // its repositories were loaded
};

struct Repository
{
    QString fullName; // "team/backend/api"
    qint64 artifactCount = 0;
    qint64 updateMs = 0;
    bool fetched = false; // its artifacts were loaded
};

struct Artifact
{
    QString digest;
    QString mediaType;
    QString manifestMediaType;
    QString platforms;
    qint64 size = 0;
    qint64 pushMs = 0;
    qint64 pullMs = 0;
    quint8 kind = 0; // core/Artifact.h Artifact::Kind
    bool hasImmutableTag = false;
};

struct Tag
{
    QString name;
    qint64 pushMs = 0;
    qint64 pullMs = 0;
    bool immutable = false;
};

// Writes a file in one pass: header, then projects in order, each followed by its
// repositories, each by its artifacts, each by its tags.
class Writer
{
public:
    explicit Writer(const Header &header);
    void project(const Project &p);
    void repository(const Repository &r);
    void artifact(const Artifact &a);
    void tag(const Tag &t);
    QByteArray finish();

private:
    void closeProject();
    quint16 mediaTypeIndex(const QString &type);

    Header m_header;
    QByteArray m_projects; // finished PROJ sections
    QByteArray m_current; // the open project's payload
    bool m_open = false;
    QStringList m_mediaTypes;
    // Counts are written as they grow: where the open containers' counts sit, and their values.
    struct Open
    {
        qsizetype repoCountAt = -1;
        quint32 repos = 0;
        qsizetype artifactCountAt = -1;
        quint32 artifacts = 0;
        qsizetype tagCountAt = -1;
        quint32 tags = 0;
    } m_at;
};

// Told what the file holds, in the order written. Only after read() returns no error is the
// content whole: a caller builds aside and keeps it only then.
class Visitor
{
public:
    virtual ~Visitor() = default;
    virtual void header(const Header &) { }
    virtual void project(const Project &) { }
    virtual void repository(const Repository &) { }
    virtual void artifact(const Artifact &) { }
    virtual void tag(const Tag &) { }
};

struct Expect
{
    QString profileIdentity; // empty: any (the fuzzer, tools)
    QString registryUrl; // empty: any
    QString berthVersion; // empty: any
};

// The checksum of the body (after the 32-byte file header).
quint64 bodyChecksum(const char *data, qint64 size);

// Reads `size` bytes at `data`. Returns an empty string on success, else why the file is
// refused (one line, plain words, no file content quoted).
QString read(const char *data, qint64 size, const Expect &expect, Visitor &visitor);

} // namespace snapshot
} // namespace berth
