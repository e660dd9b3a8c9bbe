#pragma once

#include <memory>
#include <QSslCertificate>
#include <QString>
#include <QTemporaryDir>

// A two-level PKI for TLS tests, made with the openssl command line in a temporary folder: a
// self-signed root CA and leaf certificates it signed for 127.0.0.1 (IP and DNS localhost).
// A server started with `harbor-sim --tls --cert chainPath(leaf) --key keyPath(leaf)` sends the
// leaf and the root, as a server behind a private CA does. Test code only.
class TestPki
{
public:
    TestPki();
    ~TestPki();

    // Makes the root CA. Returns false with errorString() set when openssl failed.
    bool createRoot();
    // Makes a leaf signed by the root, with subject CN=<name>.
    bool addLeaf(const QString &name);

    QString rootPath() const; // PEM: the root alone
    QString chainPath(const QString &leaf) const; // PEM: the leaf, then the root
    QString keyPath(const QString &leaf) const; // PEM: the leaf's private key
    QSslCertificate root() const;
    QSslCertificate leaf(const QString &name) const;
    QString errorString() const { return m_error; }

    // Lower-case hex SHA-256 of the DER form, computed here (independent of the client code).
    static QString sha256(const QSslCertificate &cert);

private:
    bool openssl(const QStringList &args);
    QString path(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_error;
    int m_serial = 1000;
};
