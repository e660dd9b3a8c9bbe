// libFuzzer target: the tree snapshot reader (models/TreeSnapshotFormat). A snapshot is read
// from the user's cache folder, which anything running as the user can write: every input must
// be refused with a message or read whole, never crash, hang or allocate without bound.
#include "FuzzCheck.h"
#include "models/TreeSnapshotFormat.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <QtEndian>
#include <vector>

using namespace berth;

namespace {

bool printable(const QString &s)
{
    for (const QChar c : s)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    return true;
}

// Everything a read reports, in order, and written back through the writer.
class Recorder final : public snapshot::Visitor
{
public:
    void header(const snapshot::Header &h) override
    {
        m_header = h;
        m_writer = std::make_unique<snapshot::Writer>(h);
    }
    void project(const snapshot::Project &p) override
    {
        FUZZ_CHECK(printable(p.name));
        FUZZ_CHECK(p.id >= 0 && p.repositoryCount >= 0);
        m_log << QStringLiteral("P") + p.name;
        m_writer->project(p);
    }
    void repository(const snapshot::Repository &r) override
    {
        FUZZ_CHECK(printable(r.fullName) && !r.fullName.isEmpty());
        FUZZ_CHECK(r.artifactCount >= 0 && r.updateMs >= 0);
        m_log << QStringLiteral("R") + r.fullName;
        m_writer->repository(r);
    }
    void artifact(const snapshot::Artifact &a) override
    {
        FUZZ_CHECK(printable(a.digest) && !a.digest.isEmpty());
        FUZZ_CHECK(a.size >= 0 && a.pushMs >= 0 && a.pullMs >= 0 && a.kind <= 3);
        m_log << QStringLiteral("A") + a.digest + a.mediaType + a.manifestMediaType + a.platforms
                + QString::number(a.size);
        m_writer->artifact(a);
    }
    void tag(const snapshot::Tag &t) override
    {
        FUZZ_CHECK(printable(t.name) && !t.name.isEmpty());
        FUZZ_CHECK(t.pushMs >= 0 && t.pullMs >= 0);
        m_log << QStringLiteral("T") + t.name;
        ++m_tags;
        m_writer->tag(t);
    }

    snapshot::Header m_header;
    std::unique_ptr<snapshot::Writer> m_writer;
    QStringList m_log;
    qint64 m_tags = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // An odd first byte seals the rest with a correct checksum, so the structure behind it is
    // reached and not only the checksum test.
    const bool seal = data[0] & 1;
    std::vector<char> bytes(reinterpret_cast<const char *>(data) + 1, reinterpret_cast<const char *>(data) + size);
    if (seal && bytes.size() >= 32) {
        const quint64 sum = qToLittleEndian(snapshot::bodyChecksum(bytes.data() + 32, qint64(bytes.size()) - 32));
        std::memcpy(bytes.data() + 24, &sum, 8);
    }

    Recorder first;
    const QString error = snapshot::read(bytes.data(), qint64(bytes.size()), snapshot::Expect(), first);
    FUZZ_CHECK(!error.contains(QLatin1Char('\n')));
    if (!error.isEmpty())
        return 0;
    FUZZ_CHECK(first.m_writer);
    FUZZ_CHECK(first.m_tags <= snapshot::maxTags);
    // What was accepted, written again, reads back to the same.
    const QByteArray again = first.m_writer->finish();
    Recorder second;
    FUZZ_CHECK(snapshot::read(again.constData(), again.size(), snapshot::Expect(), second).isEmpty());
    FUZZ_CHECK(second.m_log == first.m_log);
    FUZZ_CHECK(second.m_header.registryUrl == first.m_header.registryUrl);
    FUZZ_CHECK(second.m_header.savedAtMs == first.m_header.savedAtMs);
    return 0;
}
