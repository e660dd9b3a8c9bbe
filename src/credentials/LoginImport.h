#pragma once

#include "core/ContainerAuthFile.h"
#include "credentials/ProfileSecrets.h"

#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

namespace berth {

class ProfileStore;

// A login file another tool keeps, and how to read it.
struct LoginSource
{
    QString path;
    AuthFileFormat format = AuthFileFormat::Docker;
};

// One login found in another tool's file, without its secret: what the user picks from.
struct FoundLogin
{
    QString sourceFile;
    AuthFileFormat format = AuthFileFormat::Docker;
    QString key; // the registry key as written in the file (for the helper and for finding it again)
    QUrl registryUrl; // normalised; empty when the key cannot be used
    QString namespacePath; // "org" of "quay.io/org" (auth.json); empty for the whole registry
    QString username; // empty for a helper's login until it is read
    QString helper; // the secret is kept by docker-credential-<helper>, read only when picked
    QString problem; // why it cannot be imported; empty when it can

    bool importable() const { return problem.isEmpty() && registryUrl.isValid(); }
    bool secretInFile() const { return importable() && helper.isEmpty(); }
};

struct LoginScan
{
    QList<FoundLogin> logins;
    QStringList filesRead; // those that existed and were read
    QStringList problems; // "FILE: sentence" for files that could not be read, and their warnings
};

namespace LoginImport {

// Where docker and the containers tools keep logins, in the order they read them, each file
// once: docker ($DOCKER_CONFIG/config.json, else ~/.docker/config.json), then containers/image
// ($REGISTRY_AUTH_FILE, $XDG_RUNTIME_DIR/containers/auth.json, $XDG_CONFIG_HOME (~/.config)
// /containers/auth.json, and ~/.docker/config.json, which they read as a fallback).
QList<LoginSource> candidateFiles(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

// Reads the files and lists their logins. No secret is kept (each is wiped as the file is
// parsed), and no credential helper is run.
LoginScan scan(const QList<LoginSource> &sources);
inline LoginScan scan(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    return scan(candidateFiles(env));
}

// The profile a login becomes: a plain registry, a user account, named after its host (an
// existing profile for the same address and user keeps its name and settings).
Profile profileFor(const FoundLogin &login, const QString &username, const ProfileStore &profiles);

} // namespace LoginImport

// The secret of one picked login, read now: from its file again, or from its credential helper
// (docker-credential-<helper> get). finished() exactly once on a later turn; then deleteLater().
struct LoginSecret
{
    bool ok = false;
    QString username;
    QString secret; // the receiver stores it and lets it go; wiped after finished()
    QString message; // why not, when !ok
};

class LoginSecretJob : public QObject
{
    Q_OBJECT

public:
    static LoginSecretJob *read(const FoundLogin &login, QObject *parent = nullptr, int helperTimeoutMs = 30000);

Q_SIGNALS:
    void finished(const berth::LoginSecret &result);

private:
    explicit LoginSecretJob(QObject *parent);
    void finish(LoginSecret result);
    bool m_done = false;
};

// Saves the picked logins as profiles with their secrets in the keychain, one after the other.
class LoginImporter : public QObject
{
    Q_OBJECT

public:
    // Neither is owned; both must outlive this object.
    LoginImporter(CredentialStore *store, ProfileStore *profiles, QObject *parent = nullptr);
    void setHelperTimeout(int ms) { m_helperTimeoutMs = ms; }
    void start(const QList<FoundLogin> &picked);

Q_SIGNALS:
    void saved(const berth::FoundLogin &login, const berth::Profile &profile);
    void failed(const berth::FoundLogin &login, const QString &message);
    void done(int saved, int failed);

private:
    void next();

    ProfileStore *m_profiles;
    ProfileSecrets *m_secrets;
    QList<FoundLogin> m_queue;
    int m_saved = 0;
    int m_failed = 0;
    int m_helperTimeoutMs = 30000;
};

} // namespace berth

Q_DECLARE_METATYPE(berth::FoundLogin)
Q_DECLARE_METATYPE(berth::LoginSecret)
