// libFuzzer target: REF parsing in both modes (ls: bare repository allowed; rm: a tag or digest
// required) and digest validation.
#include "api/ApiPaths.h"
#include "core/ImageRef.h"
#include "core/ReferenceGrammar.h"
#include "FuzzCheck.h"

#include <cstddef>
#include <cstdint>

using namespace berth;

namespace {

// Independent of dotSegmentRefusal(): read the path as a server that decodes twice would, and
// as Qt would after normalising it.
bool pathStaysPut(const QUrl &url)
{
    const QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    if (url.adjusted(QUrl::NormalizePathSegments).path(QUrl::FullyEncoded).toUtf8() != path)
        return false;
    const QByteArray twice = QByteArray::fromPercentEncoding(QByteArray::fromPercentEncoding(path));
    const QByteArray thrice = QByteArray::fromPercentEncoding(twice);
    for (const QByteArray &form : {path, twice, thrice})
        for (const QByteArray &segment : form.split('/'))
            if (segment == "." || segment == "..")
                return false;
    return true;
}

// No dot segment can reach a URL: whatever the name, every URL built from it either keeps its
// path or is refused before sending; and a name the grammar accepts is never refused.
void checkUrls(const QString &name, bool nameIsValid)
{
    const QUrl base(QStringLiteral("https://harbor.example.com"));
    const QString ok = QStringLiteral("ok");
    for (const QUrl &url :
        {ApiPaths::project(base, name), ApiPaths::repository(base, ok, name), ApiPaths::artifact(base, ok, ok, name),
            ApiPaths::tag(base, ok, ok, ok, name), ApiPaths::tag(base, ok, name, name, name)}) {
        const bool refused = !ReferenceGrammar::dotSegmentRefusal(url).isEmpty();
        FUZZ_CHECK(refused || pathStaysPut(url));
        if (nameIsValid)
            FUZZ_CHECK(!refused);
    }
}

void checkRef(const QString &text, bool requireReference)
{
    const ImageRef r = parseImageRef(text, requireReference);
    if (!r.isValid()) {
        FUZZ_CHECK(!r.error.isEmpty());
        return;
    }
    FUZZ_CHECK(!r.project.isEmpty() && !r.repository.isEmpty());
    FUZZ_CHECK(!r.project.contains(QLatin1Char('/')) && !r.project.contains(QLatin1Char(':')));
    FUZZ_CHECK(r.tag.isEmpty() || r.digest.isEmpty()); // a digest wins over a tag
    FUZZ_CHECK(r.digest.isEmpty() || isValidDigest(r.digest));
    FUZZ_CHECK(!r.tag.contains(QLatin1Char('/')) && r.tag.size() <= 128);
    if (requireReference)
        FUZZ_CHECK(!r.reference().isEmpty());
    // What we print parses back to the same reference.
    const ImageRef again = parseImageRef(r.toString(), requireReference);
    FUZZ_CHECK(again.isValid());
    FUZZ_CHECK(again.host == r.host && again.project == r.project && again.repository == r.repository);
    FUZZ_CHECK(again.tag == r.tag && again.digest == r.digest);
    r.fullRepository();
    // Every part the parser accepts is inside the registries' grammar.
    FUZZ_CHECK(ReferenceGrammar::projectError(r.project).isEmpty());
    FUZZ_CHECK(ReferenceGrammar::repositoryError(r.project, r.repository).isEmpty());
    FUZZ_CHECK(r.tag.isEmpty() || ReferenceGrammar::tagError(r.tag).isEmpty());
    checkUrls(r.repository, true);
    if (!r.tag.isEmpty())
        checkUrls(r.tag, true);
}

// A plain registry's REF (no project): the whole path is the repository, inside the grammar, and
// what is printed parses back to the same.
void checkRegistryRef(const QString &text, bool requireReference)
{
    const ImageRef r = parseRegistryRef(text, requireReference);
    if (!r.isValid()) {
        FUZZ_CHECK(!r.error.isEmpty());
        return;
    }
    FUZZ_CHECK(r.project.isEmpty() && !r.repository.isEmpty());
    FUZZ_CHECK(r.fullRepository() == r.repository);
    FUZZ_CHECK(r.tag.isEmpty() || r.digest.isEmpty());
    FUZZ_CHECK(ReferenceGrammar::repositoryError(QString(), r.repository).isEmpty());
    FUZZ_CHECK(r.tag.isEmpty() || ReferenceGrammar::tagError(r.tag).isEmpty());
    if (requireReference)
        FUZZ_CHECK(!r.reference().isEmpty());
    const ImageRef again = parseRegistryRef(r.toString(), requireReference);
    FUZZ_CHECK(again.isValid());
    FUZZ_CHECK(again.host == r.host && again.repository == r.repository);
    FUZZ_CHECK(again.tag == r.tag && again.digest == r.digest);
    checkUrls(r.repository, true);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    checkRef(text, false);
    checkRef(text, true);
    checkRegistryRef(text, false);
    checkRegistryRef(text, true);
    if (isValidDigest(text)) {
        FUZZ_CHECK(text.size() == 7 + 64 || text.size() == 7 + 128);
        FUZZ_CHECK(text.startsWith(QLatin1String("sha256:")) || text.startsWith(QLatin1String("sha512:")));
    }
    checkUrls(text, ReferenceGrammar::tagError(text).isEmpty());
    // The same bytes as the digest of a known repository.
    checkRef(QStringLiteral("team-a/backend/api@") + text, true);
    checkRef(QStringLiteral("harbor.example.com:8443/team-a/api:") + text, true);
    return 0;
}
