#include "TestPki.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>

TestPki::TestPki()
    : m_dir(std::make_unique<QTemporaryDir>())
{ }

TestPki::~TestPki() = default;

QString TestPki::path(const QString &name) const
{
    return m_dir->filePath(name);
}

QString TestPki::rootPath() const
{
    return path(QStringLiteral("root.pem"));
}

QString TestPki::chainPath(const QString &leaf) const
{
    return path(leaf + QStringLiteral("-chain.pem"));
}

QString TestPki::keyPath(const QString &leaf) const
{
    return path(leaf + QStringLiteral(".key"));
}

QSslCertificate TestPki::root() const
{
    return QSslCertificate::fromPath(rootPath(), QSsl::Pem).value(0);
}

QSslCertificate TestPki::leaf(const QString &name) const
{
    return QSslCertificate::fromPath(path(name + QStringLiteral(".pem")), QSsl::Pem).value(0);
}

QString TestPki::sha256(const QSslCertificate &cert)
{
    return QString::fromLatin1(QCryptographicHash::hash(cert.toDer(), QCryptographicHash::Sha256).toHex());
}

bool TestPki::openssl(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("openssl %1 failed: %2")
                      .arg(args.value(0), QString::fromLocal8Bit(p.readAllStandardError() + p.errorString().toUtf8()));
        return false;
    }
    return true;
}

bool TestPki::createRoot()
{
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
        QStringLiteral("-subj"), QStringLiteral("/CN=Berth Test Root CA"), QStringLiteral("-addext"),
        QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
        QStringLiteral("keyUsage=critical,keyCertSign,cRLSign"), QStringLiteral("-keyout"),
        path(QStringLiteral("root.key")), QStringLiteral("-out"), rootPath()});
}

bool TestPki::addLeaf(const QString &name)
{
    const QString csr = path(name + QStringLiteral(".csr"));
    const QString cert = path(name + QStringLiteral(".pem"));
    const QString ext = path(name + QStringLiteral(".ext"));
    QFile extFile(ext);
    if (!extFile.open(QIODevice::WriteOnly)) {
        m_error = extFile.errorString();
        return false;
    }
    extFile.write("basicConstraints=critical,CA:FALSE\n"
                  "keyUsage=critical,digitalSignature,keyEncipherment\n"
                  "extendedKeyUsage=serverAuth\n"
                  "subjectAltName=IP:127.0.0.1,IP:::1,DNS:localhost\n");
    extFile.close();
    if (!openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
            QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=") + name, QStringLiteral("-keyout"),
            keyPath(name), QStringLiteral("-out"), csr}))
        return false;
    if (!openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr, QStringLiteral("-CA"),
            rootPath(), QStringLiteral("-CAkey"), path(QStringLiteral("root.key")), QStringLiteral("-set_serial"),
            QString::number(++m_serial), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), ext,
            QStringLiteral("-out"), cert}))
        return false;
    QFile leafPem(cert), rootPem(rootPath()), chain(chainPath(name));
    if (!leafPem.open(QIODevice::ReadOnly) || !rootPem.open(QIODevice::ReadOnly) || !chain.open(QIODevice::WriteOnly)) {
        m_error = QStringLiteral("cannot write the chain of %1").arg(name);
        return false;
    }
    chain.write(leafPem.readAll() + rootPem.readAll());
    return true;
}
