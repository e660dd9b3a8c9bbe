#include "credentials/ProfileStore.h"

#include "core/CertificatePin.h"
#include "core/RegistryUrl.h"
#include "credentials/Logging.h"
#include "credentials/SnapshotFile.h"

#include <algorithm>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace berth {

namespace {

const QString arrayName = QStringLiteral("profiles");
const QString versionKey = QStringLiteral("profilesVersion");

// Keys inside one profile entry. No key holds a secret; "storedInKeychain" is a flag.
namespace Key {
const QString name = QStringLiteral("name");
const QString url = QStringLiteral("url");
const QString kind = QStringLiteral("kind");
const QString server = QStringLiteral("server"); // absent: Harbor (saved before plain registries)
const QString username = QStringLiteral("username");
const QString caFile = QStringLiteral("caFile");
const QString pinnedSha256 = QStringLiteral("pinnedSha256");
const QString allowPlainHttp = QStringLiteral("allowPlainHttp");
const QString storedInKeychain = QStringLiteral("storedInKeychain");
const QString robotExpiresAt = QStringLiteral("robotExpiresAt");
const QString repositories = QStringLiteral("repositories"); // absent: none (the catalog lists them)
} // namespace Key

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings)
{
    if (!m_settings) {
        m_owned = std::make_unique<QSettings>(QStringLiteral("Berth"), QStringLiteral("berth"));
        m_settings = m_owned.get();
    }
}

ProfileStore::~ProfileStore() = default;

QList<Profile> ProfileStore::profiles() const
{
    m_settings->sync(); // pick up what the other program (GUI or berthctl) saved
    QList<Profile> all;
    const int count = m_settings->beginReadArray(arrayName);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        Profile p;
        p.name = m_settings->value(Key::name).toString();
        if (p.name.isEmpty())
            continue;
        const RegistryUrl url = normalizeRegistryUrl(m_settings->value(Key::url).toString());
        if (!url.isValid()) {
            qCWarning(lcCredentials) << "ignoring profile" << p.name << "with an unusable URL:" << url.error;
            continue;
        }
        p.url = url.url;
        p.kind = accountKindFromName(m_settings->value(Key::kind).toString());
        p.server = serverKindFromName(m_settings->value(Key::server).toString()).value_or(ServerKind::Harbor);
        p.username = m_settings->value(Key::username).toString();
        p.caFile = m_settings->value(Key::caFile).toString();
        p.pinnedSha256 = m_settings->value(Key::pinnedSha256).toString();
        p.allowPlainHttp = m_settings->value(Key::allowPlainHttp, false).toBool();
        p.secretSaved = m_settings->value(Key::storedInKeychain, false).toBool();
        p.repositories = m_settings->value(Key::repositories).toStringList();
        const QString expires = m_settings->value(Key::robotExpiresAt).toString();
        if (!expires.isEmpty())
            p.robotExpiresAt = QDateTime::fromString(expires, Qt::ISODate).toUTC();
        all.append(p);
    }
    m_settings->endArray();
    return all;
}

std::optional<Profile> ProfileStore::find(const QString &name) const
{
    const QList<Profile> all = profiles();
    for (const Profile &p : all) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

std::optional<Profile> ProfileStore::defaultProfile() const
{
    const QList<Profile> all = profiles();
    if (all.size() == 1)
        return all.first();
    return std::nullopt;
}

std::optional<Profile> ProfileStore::findByUrlAndUser(const QUrl &url, const QString &user) const
{
    const RegistryUrl normalized = normalizeRegistryUrl(url.toString(QUrl::FullyEncoded));
    if (!normalized.isValid())
        return std::nullopt;
    const QString wanted = user.trimmed();
    const QList<Profile> all = profiles();
    for (const Profile &p : all) {
        if (p.url == normalized.url && p.username == wanted)
            return p;
    }
    return std::nullopt;
}

std::optional<Profile> ProfileStore::validate(const Profile &p, const QString &replacing, QString *error) const
{
    auto fail = [error](const QString &sentence) -> std::optional<Profile> {
        if (error)
            *error = sentence;
        return std::nullopt;
    };

    Profile out = p;
    if (p.name.trimmed().isEmpty())
        return fail(QCoreApplication::translate("berth::ProfileStore", "Give the account a name."));
    if (p.name != p.name.trimmed() || hasControlCharacters(p.name))
        return fail(QCoreApplication::translate("berth::ProfileStore",
            "The account name must not start or end with spaces or contain control "
            "characters."));

    const RegistryUrl url = normalizeRegistryUrl(p.url.toString(QUrl::FullyEncoded));
    if (!url.isValid())
        return fail(url.error);
    out.url = url.url;

    out.username = p.username.trimmed();
    if (out.username != p.username || hasControlCharacters(out.username))
        return fail(QCoreApplication::translate(
            "berth::ProfileStore", "The user name must not start or end with spaces or line breaks."));
    if (p.kind == AccountKind::Anonymous) {
        if (!out.username.isEmpty())
            return fail(QCoreApplication::translate("berth::ProfileStore", "An anonymous account has no user name."));
        out.secretSaved = false;
    } else if (out.username.isEmpty()) {
        return fail(p.kind == AccountKind::Robot
                ? QCoreApplication::translate("berth::ProfileStore",
                    "Enter the robot account name, for example "
                    "robot$project+name.")
                : QCoreApplication::translate("berth::ProfileStore", "Enter the user name."));
    }

    out.pinnedSha256 = normalizedPin(p.pinnedSha256);
    if (!out.pinnedSha256.isEmpty() && !isWellFormedPin(out.pinnedSha256))
        return fail(QCoreApplication::translate("berth::ProfileStore",
            "The pinned certificate fingerprint must be a SHA-256 hash: 64 hexadecimal "
            "digits, with or without colons."));
    // Stored absolute: a relative path would trust whatever file of that name is in the
    // directory the program happens to run in.
    out.caFile = p.caFile.trimmed();
    if (!out.caFile.isEmpty())
        out.caFile = QDir::cleanPath(QFileInfo(out.caFile).absoluteFilePath());
    if (out.robotExpiresAt.isValid())
        out.robotExpiresAt = out.robotExpiresAt.toUTC();

    const QList<Profile> all = profiles();
    for (const Profile &other : all) {
        if (other.name == replacing || other.name == out.name)
            continue;
        if (out.kind != AccountKind::Anonymous && other.kind != AccountKind::Anonymous && other.url == out.url
            && other.username == out.username) {
            return fail(QCoreApplication::translate("berth::ProfileStore", "The account “%1” already uses %2 at %3.")
                            .arg(other.name, out.username, out.url.toString()));
        }
    }
    if (replacing != out.name) {
        for (const Profile &other : all) {
            if (other.name == out.name)
                return fail(QCoreApplication::translate("berth::ProfileStore", "An account named “%1” already exists.")
                                .arg(out.name));
        }
    }
    return out;
}

bool ProfileStore::save(const Profile &p, QString *error)
{
    return replace(p.name, p, error);
}

bool ProfileStore::replace(const QString &oldName, const Profile &p, QString *error)
{
    const std::optional<Profile> valid = validate(p, oldName, error);
    if (!valid)
        return false;
    QList<Profile> all = profiles();
    bool replaced = false;
    for (Profile &existing : all) {
        if (existing.name == oldName) {
            existing = *valid;
            replaced = true;
            break;
        }
    }
    if (!replaced)
        all.append(*valid);
    return writeAll(all, error);
}

bool ProfileStore::remove(const QString &name)
{
    QList<Profile> all = profiles();
    const auto removed = std::remove_if(all.begin(), all.end(), [&name](const Profile &p) { return p.name == name; });
    if (removed == all.end())
        return false;
    all.erase(removed, all.end());
    // The tree snapshot holds what this account saw: it goes with the account.
    if (!snapshotfile::remove(name))
        qCWarning(lcCredentials) << "The tree snapshot of a removed account could not be deleted";
    return writeAll(all, nullptr);
}

bool ProfileStore::writeAll(const QList<Profile> &all, QString *error)
{
    m_settings->remove(arrayName);
    m_settings->setValue(versionKey, 1);
    m_settings->beginWriteArray(arrayName, static_cast<int>(all.size()));
    for (int i = 0; i < all.size(); ++i) {
        const Profile &p = all.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(Key::name, p.name);
        m_settings->setValue(Key::url, p.url.toString(QUrl::FullyEncoded));
        m_settings->setValue(Key::kind, accountKindName(p.kind));
        m_settings->setValue(Key::server, serverKindName(p.server));
        m_settings->setValue(Key::username, p.username);
        m_settings->setValue(Key::caFile, p.caFile);
        m_settings->setValue(Key::pinnedSha256, p.pinnedSha256);
        m_settings->setValue(Key::allowPlainHttp, p.allowPlainHttp);
        m_settings->setValue(Key::storedInKeychain, p.secretSaved);
        m_settings->setValue(Key::robotExpiresAt,
            p.robotExpiresAt.isValid() ? p.robotExpiresAt.toUTC().toString(Qt::ISODate) : QString());
        if (!p.repositories.isEmpty())
            m_settings->setValue(Key::repositories, p.repositories);
    }
    m_settings->endArray();
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        if (error)
            *error = QCoreApplication::translate("berth::ProfileStore", "The account list could not be written to %1.")
                         .arg(m_settings->fileName());
        qCWarning(lcCredentials) << "could not write" << m_settings->fileName();
        return false;
    }
    return true;
}

QString ProfileStore::defaultNameFor(const QUrl &url)
{
    const RegistryUrl normalized = normalizeRegistryUrl(url.toString(QUrl::FullyEncoded));
    return registryHost(normalized.isValid() ? normalized.url : url);
}

QString ProfileStore::uniqueNameFor(const QUrl &url) const
{
    const QString base = defaultNameFor(url);
    QString candidate = base;
    for (int n = 2; find(candidate); ++n)
        candidate = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return candidate;
}

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

} // namespace berth
