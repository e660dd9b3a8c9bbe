// libFuzzer target: every HarborJson parse function and the object mappers. Qt's JSON parser
// is not instrumented; the coverage that counts is our mapping layer (types, missing fields,
// numbers out of range, scan_overview shapes, time strings).
#include "core/DisplayText.h"
#include "core/HarborJson.h"
#include "core/ProjectSummary.h"
#include "FuzzCheck.h"

#include <cstddef>
#include <cstdint>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace berth;

namespace {

// Touches every field so the mappers' results are used, and checks the value invariants the
// rest of Berth relies on: ids, sizes and counts are never negative.
void check(const Project &p)
{
    FUZZ_CHECK(p.id >= 0 && p.repoCount >= 0 && p.registryId >= 0);
    HarborJson::formatTime(p.creationTime);
    HarborJson::formatTime(p.updateTime);
}

void check(const Repository &r)
{
    FUZZ_CHECK(r.id >= 0 && r.projectId >= 0 && r.artifactCount >= 0 && r.pullCount >= 0);
    r.projectName();
    r.pathName();
    HarborJson::formatTime(r.creationTime);
}

void check(const Tag &t)
{
    FUZZ_CHECK(t.id >= 0 && t.artifactId >= 0);
    HarborJson::formatTime(t.pushTime);
    HarborJson::formatTime(t.pullTime);
}

void check(const Artifact &a)
{
    FUZZ_CHECK(a.id >= 0 && a.size >= 0 && a.projectId >= 0 && a.repositoryId >= 0);
    FUZZ_CHECK(a.scan.total >= 0 && a.scan.fixable >= 0);
    for (auto it = a.scan.bySeverity.cbegin(); it != a.scan.bySeverity.cend(); ++it)
        FUZZ_CHECK(it.value() >= 0);
    a.kind();
    a.isIndex();
    for (const Tag &t : a.tags)
        check(t);
    for (const ChildReference &c : a.references) {
        FUZZ_CHECK(c.childId >= 0);
        c.platform.toString();
        c.platform.isEmpty();
    }
    for (const Accessory &x : a.accessories)
        FUZZ_CHECK(x.id >= 0 && x.size >= 0);
    HarborJson::formatTime(a.pushTime);
}

// What a typed parse accepts never holds a name or digest with a control character: printed,
// one would rewrite a terminal or forge a row of `ls`.
void checkNames(const Project &p)
{
    FUZZ_CHECK(!DisplayText::hasControl(p.name));
}

void checkNames(const Repository &r)
{
    FUZZ_CHECK(!DisplayText::hasControl(r.name));
}

void checkNames(const Tag &t)
{
    FUZZ_CHECK(!DisplayText::hasControl(t.name));
}

void checkNames(const Artifact &a)
{
    FUZZ_CHECK(!DisplayText::hasControl(a.repositoryName) && !DisplayText::hasControl(a.digest));
    for (const Tag &t : a.tags)
        checkNames(t);
    for (const ChildReference &c : a.references)
        FUZZ_CHECK(!DisplayText::hasControl(c.childDigest));
    for (const Accessory &x : a.accessories)
        FUZZ_CHECK(!DisplayText::hasControl(x.digest) && !DisplayText::hasControl(x.subjectDigest));
}

// A list parse that failed must not also hand back items (that would look like success).
template<class T>
void checkList(const Parsed<QList<T>> &r)
{
    if (!r.ok())
        FUZZ_CHECK(r.value.isEmpty());
    for (const T &item : r.value) {
        check(item);
        checkNames(item);
    }
}

void mapObject(const QJsonObject &o)
{
    check(HarborJson::projectFromJson(o));
    check(HarborJson::repositoryFromJson(o));
    check(HarborJson::artifactFromJson(o));
    check(HarborJson::tagFromJson(o));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    checkList(HarborJson::parseProjects(body));
    checkList(HarborJson::parseRepositories(body));
    checkList(HarborJson::parseArtifacts(body));
    checkList(HarborJson::parseTags(body));

    const auto project = HarborJson::parseProject(body);
    check(project.value);
    if (project.ok())
        checkNames(project.value);
    const auto repository = HarborJson::parseRepository(body);
    check(repository.value);
    if (repository.ok())
        checkNames(repository.value);
    const auto artifact = HarborJson::parseArtifact(body);
    check(artifact.value);
    if (artifact.ok())
        checkNames(artifact.value);

    const auto info = HarborJson::parseSystemInfo(body);
    FUZZ_CHECK(info.ok() || !info.value.authenticatedView);
    const auto user = HarborJson::parseCurrentUser(body);
    FUZZ_CHECK(user.value.userId >= 0);
    const auto perms = HarborJson::parsePermissions(body);
    if (!perms.ok())
        FUZZ_CHECK(perms.value.isEmpty());
    hasPermission(perms.value, QStringLiteral("tag"), QStringLiteral("delete"));
    const auto version = HarborJson::parseApiVersion(body);
    if (version.ok())
        FUZZ_CHECK(!version.value.isEmpty());

    // A project summary's quota is whole bytes or nothing: never a negative figure shown as Harbor's.
    const auto summary = HarborJson::parseProjectSummary(body);
    if (summary.ok() && summary.value.quotaReported)
        FUZZ_CHECK(summary.value.quotaUsed >= 0 && summary.value.quotaHard >= -1);
    if (!summary.ok())
        FUZZ_CHECK(!summary.value.quotaReported && summary.value.quotaUsed == 0);
    FUZZ_CHECK(summary.value.repoCount >= 0);

    const HarborErrorBody err = HarborJson::parseErrorBody(body);
    FUZZ_CHECK(err.present == (!err.code.isEmpty() || !err.message.isEmpty()));
    FUZZ_CHECK(!HarborJson::describeUnparsable(body).isEmpty());

    // A body that is not JSON (and not the bare `null` Harbor sends for some empty lists) is an
    // error on every typed parse, never an empty success.
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError && body.trimmed() != "null") {
        FUZZ_CHECK(!HarborJson::parseProjects(body).ok());
        FUZZ_CHECK(!project.ok() && !repository.ok() && !artifact.ok() && !info.ok() && !user.ok());
        FUZZ_CHECK(!summary.ok());
    }

    // The object mappers, on whatever the document holds: the object itself, array elements,
    // and one level of nested objects (tags[], references[], scan_overview, metadata).
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        mapObject(o);
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (it->isObject())
                mapObject(it->toObject());
        }
    } else if (doc.isArray()) {
        const QJsonArray arr = doc.array();
        for (const QJsonValue &v : arr) {
            if (v.isObject())
                mapObject(v.toObject());
        }
    }

    // Time strings: the raw input as a time, and a round trip through formatTime.
    if (size <= 64) {
        const QDateTime t = HarborJson::parseTime(QString::fromUtf8(body));
        if (t.isValid())
            FUZZ_CHECK(HarborJson::parseTime(HarborJson::formatTime(t)).isValid());
    }
    return 0;
}
