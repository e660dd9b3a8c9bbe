#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace berth {

struct Tag
{
    qint64 id = 0;
    qint64 artifactId = 0;
    QString name;
    QDateTime pushTime;
    QDateTime pullTime; // invalid = never pulled (Harbor sends the zero time)
    bool immutable = false;
};

struct Platform
{
    QString architecture;
    QString os;
    QString variant;
    QString osVersion;

    bool isEmpty() const { return architecture.isEmpty() && os.isEmpty(); }
    QString toString() const; // "linux/arm64/v8"
};

// An entry of an index's `references`: a platform child.
struct ChildReference
{
    qint64 childId = 0;
    QString childDigest;
    Platform platform;
};

struct Label
{
    qint64 id = 0;
    QString name;
    QString color;
    QString scope;
};

struct Accessory
{
    qint64 id = 0;
    qint64 artifactId = 0;
    QString digest;
    QString type; // "signature.cosign", "signature.notation", "harbor.sbom", ...
    qint64 size = 0;
    QString subjectDigest;
};

struct ScanSummary
{
    bool present = false;
    QString status; // "Success", "Running", ...
    QString severity; // "None", "Low", ..., "Critical"
    int total = 0;
    int fixable = 0;
    QMap<QString, int> bySeverity;
    QString scanner;
};

struct Artifact
{
    enum class Kind { Image, Index, Chart, Other };

    qint64 id = 0;
    qint64 projectId = 0;
    qint64 repositoryId = 0;
    QString repositoryName; // full name
    QString type; // Harbor's "IMAGE", "CHART", "CNAB", ...
    QString digest;
    qint64 size = 0;
    QString mediaType;
    QString manifestMediaType;
    QString artifactType;
    QDateTime pushTime;
    QDateTime pullTime; // invalid = never
    QList<Tag> tags;
    QList<Label> labels;
    QList<ChildReference> references;
    QList<Accessory> accessories;
    ScanSummary scan;

    Kind kind() const;
    bool isIndex() const { return kind() == Kind::Index; }
};

} // namespace berth
