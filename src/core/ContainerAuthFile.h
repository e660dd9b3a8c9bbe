#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace berth {

// A login file other tools wrote: docker's config.json (docker/cli cli/config/configfile/file.go)
// or the containers auth.json of podman, skopeo and buildah (containers-auth.json(5)). Both hold
// "auths": {KEY: {"auth": base64("user:secret"), ...}}; docker's adds "credsStore" and
// "credHelpers" (a docker-credential-<name> program keeps the secret).
enum class AuthFileFormat { Docker, Containers };

// A registry key as the files write it: "host", "host:port", "https://host/v1/" (docker's legacy
// form; Docker Hub is "https://index.docker.io/v1/"), or "host/namespace/..." (auth.json only).
struct AuthFileKey
{
    QUrl registryUrl; // normalised (normalizeRegistryUrl); empty when the key cannot be used
    QString namespacePath; // "org/team" of "quay.io/org/team"; empty for a whole registry
    QString error; // a plain sentence when the key cannot be used
    bool isValid() const { return error.isEmpty() && registryUrl.isValid(); }
};
// Docker Hub's aliases (docker.io, index.docker.io, registry-1.docker.io, registry.hub.docker.com)
// become https://registry-1.docker.io/, where its /v2/ API answers. A scheme is dropped as docker
// and containers/image do; only an explicit "http://" is kept (plain http needs consent later).
AuthFileKey parseAuthFileKey(const QString &key);

// One "auths" entry (or a credHelpers registry without one).
struct AuthFileEntry
{
    QString key; // as written in the file (may hold anything: show it through DisplayText)
    AuthFileKey registry;
    QString username;
    // The password from "auth" or "password"; only while the caller needs it (wipeSecrets()).
    QString secret;
    bool hasSecret = false; // the entry holds a usable password (even after wipeSecrets())
    // "identitytoken": an OAuth2 refresh token for the registry's token service. Berth sends a
    // user name and password only, so such an entry cannot be imported.
    bool identityToken = false;
    QString helper; // docker-credential-<helper> keeps the secret (credHelpers, else credsStore)
    QString error; // why this entry cannot be used; the others are unaffected
};

struct ContainerAuthFile
{
    QList<AuthFileEntry> entries; // in the file's key order; credHelpers-only registries last
    QString credsStore; // empty when none or invalid
    QString error; // the whole file cannot be read (too large, not JSON, not an object)
    QStringList warnings; // file-level problems that did not stop the entries (bad credsStore, ...)

    // Overwrites every held secret in place and clears it; hasSecret stays as it was.
    void wipeSecrets();
};

// Files larger than this are refused before parsing: a real one holds a few logins.
constexpr qsizetype maxAuthFileBytes = 1024 * 1024;
// Entries beyond this many are refused (the file's error says so), not silently cut.
constexpr int maxAuthFileEntries = 1000;

ContainerAuthFile parseContainerAuthFile(const QByteArray &bytes, AuthFileFormat format);

// A credential helper's name as docker runs it (docker-credential-<name>): [A-Za-z0-9_.-]+,
// at most 64 characters, not starting with '.' or '-'. Anything else is refused, never run.
bool isValidCredentialHelperName(const QString &name);

// Overwrites a string's characters in place when this is its only copy (as api/SecretWipe
// does; core cannot use api), then clears it.
void wipeString(QString &text);
void wipeBytes(QByteArray &bytes);

} // namespace berth
