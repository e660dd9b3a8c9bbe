#include "CaFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>

namespace berth {

QString CaFile::absolutePath(const QString &typed)
{
    if (typed.isEmpty())
        return {};
    return QDir::cleanPath(QFileInfo(typed).absoluteFilePath());
}

QString CaFile::problem(const QString &path)
{
    if (QFileInfo(path).isRelative())
        return tr("%1 is a relative path, so it would depend on the current directory; give the absolute path")
            .arg(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return tr("cannot read %1: %2").arg(path, f.errorString());
    // A CA bundle is a few hundred kilobytes; more than 16 MiB is not one.
    const QByteArray pem = f.read(16 * 1024 * 1024);
    if (QSslCertificate::fromData(pem, QSsl::Pem).isEmpty())
        return tr("%1 holds no PEM certificate").arg(path);
    return {};
}

} // namespace berth
