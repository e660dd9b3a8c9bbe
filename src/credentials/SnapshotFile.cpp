#include "credentials/SnapshotFile.h"

#include "credentials/Profile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStandardPaths>

namespace berth::snapshotfile {

namespace {

QString hashOf(const QByteArray &what)
{
    return QString::fromLatin1(QCryptographicHash::hash(what, QCryptographicHash::Sha256).toHex());
}

} // namespace

QString directory()
{
    // The generic cache folder, as for ContentCache: berth and berthctl (which removes
    // profiles) must agree on it.
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/berth/snapshots");
}

QString pathFor(const QString &profileName)
{
    const QString key = hashOf("berth-snapshot\n" + profileName.toUtf8()).left(32);
    return directory() + QLatin1Char('/') + key + QStringLiteral(".snap");
}

QString identityOf(const Profile &profile)
{
    QByteArray what = "berth-profile\n";
    what += profile.name.toUtf8() + '\n';
    what += profile.url.toString(QUrl::FullyEncoded).toUtf8() + '\n';
    what += accountKindName(profile.kind).toUtf8() + '\n';
    what += profile.username.toUtf8();
    return hashOf(what);
}

bool remove(const QString &profileName)
{
    QFile f(pathFor(profileName));
    return !f.exists() || f.remove();
}

} // namespace berth::snapshotfile
