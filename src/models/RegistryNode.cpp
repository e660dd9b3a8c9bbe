#include "RegistryNode.h"

#include "core/EffectiveTimes.h"

#include <algorithm>
#include <iterator>

namespace berth {

namespace {

const char kSha256Prefix[] = "sha256:";
constexpr int kSha256PrefixLength = 7;
constexpr int kSha256HexLength = 64;

int lowerHexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    return -1; // upper case too: it must come back exactly as given
}

} // namespace

QString ArtifactRecord::digest() const
{
    switch (m_digestForm) {
    case DigestForm::None:
        return {};
    case DigestForm::Other:
        return rare().otherDigest;
    case DigestForm::Sha256:
        break;
    }
    static const char hex[] = "0123456789abcdef";
    QString s(kSha256PrefixLength + kSha256HexLength, Qt::Uninitialized);
    QChar *out = s.data();
    for (int i = 0; i < kSha256PrefixLength; ++i)
        *out++ = QLatin1Char(kSha256Prefix[i]);
    for (const unsigned char b : m_sha256) {
        *out++ = QLatin1Char(hex[b >> 4]);
        *out++ = QLatin1Char(hex[b & 0xf]);
    }
    return s;
}

void ArtifactRecord::setDigest(const QString &digest)
{
    if (m_rare)
        m_rare->otherDigest.clear();
    if (digest.isEmpty()) {
        m_digestForm = DigestForm::None;
        return;
    }
    bool compact = digest.size() == kSha256PrefixLength + kSha256HexLength
        && digest.startsWith(QLatin1String(kSha256Prefix, kSha256PrefixLength));
    unsigned char bytes[sizeof m_sha256] = {};
    for (int i = 0; compact && i < kSha256HexLength; i += 2) {
        const int hi = lowerHexValue(digest.at(kSha256PrefixLength + i).unicode());
        const int lo = lowerHexValue(digest.at(kSha256PrefixLength + i + 1).unicode());
        compact = hi >= 0 && lo >= 0;
        if (compact) // -1 marks a character that is not lower-case hex: never shifted
            bytes[i / 2] = static_cast<unsigned char>(hi << 4 | lo);
    }
    if (compact) {
        std::copy(std::begin(bytes), std::end(bytes), std::begin(m_sha256));
        m_digestForm = DigestForm::Sha256;
    } else {
        editRare().otherDigest = digest;
        m_digestForm = DigestForm::Other;
    }
}

const ArtifactRareData &ArtifactRecord::rare() const
{
    static const ArtifactRareData none;
    return m_rare ? *m_rare : none;
}

ArtifactRareData &ArtifactRecord::editRare()
{
    if (!m_rare)
        m_rare = std::make_unique<ArtifactRareData>();
    return *m_rare;
}

const RegistryNode *RegistryNode::ancestor(NodeKind k) const
{
    const RegistryNode *n = this;
    while (n && n->kind != k)
        n = n->parent;
    return n;
}

QString RegistryNode::repositoryFullName() const
{
    const RegistryNode *r = repository();
    return r && r->data ? r->data->fullName : QString();
}

QString RegistryNode::repositoryPath() const
{
    return repositoryFullName().section(QLatin1Char('/'), 1);
}

QString RegistryNode::digest() const
{
    if (isNested())
        return ownDigest();
    return artifact ? artifact->digest() : QString();
}

QString RegistryNode::ownDigest() const
{
    if (!artifact || nestedIndex < 0)
        return {};
    const ArtifactRareData &r = artifact->rare();
    if (kind == NodeKind::Child)
        return nestedIndex < r.references.size() ? r.references.at(nestedIndex).childDigest : QString();
    if (kind == NodeKind::Accessory)
        return nestedIndex < r.accessories.size() ? r.accessories.at(nestedIndex).digest : QString();
    return {};
}

qint64 RegistryNode::effectivePushMs() const
{
    if (!artifact)
        return 0;
    return kind == NodeKind::Tag ? berth::effectivePushMs(pushMs, artifact->pushMs) : artifact->pushMs;
}

qint64 RegistryNode::effectivePullMs() const
{
    if (!artifact)
        return 0;
    return kind == NodeKind::Tag ? berth::effectivePullMs(pullMs, artifact->pullMs) : artifact->pullMs;
}

QString RegistryNode::key() const
{
    switch (kind) {
    case NodeKind::Digest:
    case NodeKind::Child:
    case NodeKind::Accessory:
        return QLatin1Char('@') + (artifact ? artifact->digest() : QString()) + ownDigest();
    default:
        return QString::number(int(kind)) + QLatin1Char(':') + name;
    }
}

} // namespace berth
