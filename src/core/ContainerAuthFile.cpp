#include "ContainerAuthFile.h"

#include "core/DisplayText.h"
#include "core/RegistryUrl.h"

#include <cstddef>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

namespace berth {

namespace {

// A tr() context for lupdate and for the lookup at run time: the same name for both.
struct AuthFileText
{
    Q_DECLARE_TR_FUNCTIONS(berth::ContainerAuthFile)
};

// Volatile writes: a plain memset just before the buffer is freed is a dead store.
void zero(void *data, std::size_t size)
{
    volatile unsigned char *p = static_cast<volatile unsigned char *>(data);
    for (std::size_t i = 0; i < size; ++i)
        p[i] = 0;
}

QString shown(const QString &key)
{
    return DisplayText::escapeControl(key.left(200));
}

// Docker Hub's names; docker/cli registry.IndexServer is "https://index.docker.io/v1/", and its
// /v2/ API lives at registry-1.docker.io (distribution/reference normalises "docker.io").
bool isDockerHub(const QString &host)
{
    static const QSet<QString> names {QStringLiteral("docker.io"), QStringLiteral("index.docker.io"),
        QStringLiteral("registry-1.docker.io"), QStringLiteral("registry.hub.docker.com")};
    return names.contains(host.toLower());
}

// "auth": base64 of "user:secret" (docker/cli configfile decodeAuth; the secret may hold ':').
void readAuthField(const QJsonValue &value, AuthFileEntry &e)
{
    if (!value.isString()) {
        e.error = AuthFileText::tr("Its “auth” field is not a string.");
        return;
    }
    QByteArray encoded = value.toString().toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    wipeBytes(encoded);
    QByteArray plain = decoded.decoded;
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok) {
        e.error = AuthFileText::tr("Its “auth” field is not valid base64.");
    } else if (!plain.contains(':')) {
        e.error = AuthFileText::tr("Its “auth” field holds no “:” between user name and password.");
    } else {
        const qsizetype colon = plain.indexOf(':');
        QString user = QString::fromUtf8(plain.constData(), colon);
        QString secret = QString::fromUtf8(plain.constData() + colon + 1, plain.size() - colon - 1);
        if (user.isEmpty())
            e.error = AuthFileText::tr("Its “auth” field has an empty user name.");
        else if (DisplayText::hasControl(user))
            e.error = AuthFileText::tr("Its user name holds control characters.");
        else if (secret.isEmpty() && !e.identityToken)
            e.error = AuthFileText::tr("Its “auth” field has an empty password.");
        else if (secret.contains(QChar(0)) || secret.contains(QLatin1Char('\n')) || secret.contains(QLatin1Char('\r')))
            e.error = AuthFileText::tr("Its password holds a line break or NUL, which no registry login can send.");
        if (e.error.isEmpty()) {
            e.username = user;
            e.secret = secret;
            e.hasSecret = !secret.isEmpty();
        }
        wipeString(secret);
    }
    wipeBytes(plain);
}

AuthFileEntry readEntry(const QString &key, const QJsonValue &value)
{
    AuthFileEntry e;
    e.key = key;
    e.registry = parseAuthFileKey(key);
    if (!e.registry.isValid()) {
        e.error = e.registry.error;
        return e;
    }
    if (!value.isObject()) {
        e.error = AuthFileText::tr("Its entry is not a JSON object.");
        return e;
    }
    const QJsonObject o = value.toObject();
    const QJsonValue token = o.value(QLatin1String("identitytoken"));
    e.identityToken = token.isString() && !token.toString().isEmpty();
    const QJsonValue auth = o.value(QLatin1String("auth"));
    if (auth.isString() && !auth.toString().isEmpty()) {
        readAuthField(auth, e);
    } else if (!auth.isUndefined() && !auth.isNull() && !auth.isString()) {
        e.error = AuthFileText::tr("Its “auth” field is not a string.");
    } else {
        // Older docker files and hand-written ones: "username" and "password" beside each other.
        const QJsonValue user = o.value(QLatin1String("username"));
        const QJsonValue password = o.value(QLatin1String("password"));
        if (user.isString() && !user.toString().isEmpty()) {
            if (DisplayText::hasControl(user.toString())) {
                e.error = AuthFileText::tr("Its user name holds control characters.");
                return e;
            }
            e.username = user.toString();
            if (password.isString() && !password.toString().isEmpty()) {
                QString secret = password.toString();
                if (secret.contains(QChar(0)) || secret.contains(QLatin1Char('\n'))
                    || secret.contains(QLatin1Char('\r'))) {
                    e.error
                        = AuthFileText::tr("Its password holds a line break or NUL, which no registry login can send.");
                    e.username.clear();
                } else {
                    e.secret = secret;
                    e.hasSecret = true;
                }
                wipeString(secret);
            }
        }
    }
    if (e.identityToken) {
        // The refresh token is for the registry's OAuth2 token endpoint (distribution
        // docs/spec/auth/oauth.md), not a password: Berth cannot log in with it.
        wipeString(e.secret);
        e.secret.clear();
        e.hasSecret = false;
    }
    return e;
}

} // namespace

void wipeString(QString &text)
{
    if (!text.isEmpty() && text.isDetached())
        zero(text.data(), std::size_t(text.size()) * sizeof(QChar));
    text.clear();
}

void wipeBytes(QByteArray &bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached())
        zero(bytes.data(), std::size_t(bytes.size()));
    bytes.clear();
}

bool isValidCredentialHelperName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$"));
    return valid.match(name).hasMatch();
}

AuthFileKey parseAuthFileKey(const QString &key)
{
    AuthFileKey out;
    if (key.trimmed().isEmpty()) {
        out.error = AuthFileText::tr("The registry name is empty.");
        return out;
    }
    if (DisplayText::hasControl(key)) {
        out.error = AuthFileText::tr("The registry name “%1” holds control characters.").arg(shown(key));
        return out;
    }
    QString rest = key.trimmed();
    bool plainHttp = false;
    // docker/cli credentials.ConvertToHostname and containers/image normalizeAuthFileKey: a
    // scheme and everything after the host go; "https://index.docker.io/v1/" is Docker Hub.
    bool hadScheme = false;
    if (rest.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
        rest = rest.mid(8);
        hadScheme = true;
    } else if (rest.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)) {
        rest = rest.mid(7);
        hadScheme = true;
        plainHttp = true;
    } else if (rest.contains(QLatin1String("://"))) {
        out.error
            = AuthFileText::tr("The registry name “%1” has a scheme other than https:// or http://.").arg(shown(key));
        return out;
    }
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    QString host = slash < 0 ? rest : rest.left(slash);
    QString path = slash < 0 ? QString() : rest.mid(slash + 1);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (hadScheme)
        path.clear(); // "https://host/v1/": the API version of docker's legacy key, not a namespace
    if (host.isEmpty()) {
        out.error = AuthFileText::tr("The registry name “%1” has no host.").arg(shown(key));
        return out;
    }
    if (host.contains(QLatin1Char('@'))) {
        out.error = AuthFileText::tr("The registry name “%1” holds a user name.").arg(shown(key));
        return out;
    }
    if (isDockerHub(host))
        host = QStringLiteral("registry-1.docker.io");
    const RegistryUrl url
        = normalizeRegistryUrl((plainHttp ? QStringLiteral("http://") : QStringLiteral("https://")) + host);
    if (!url.isValid()) {
        out.error = AuthFileText::tr("The registry name “%1” is not usable: %2").arg(shown(key), url.error);
        return out;
    }
    out.registryUrl = url.url;
    out.namespacePath = path;
    return out;
}

void ContainerAuthFile::wipeSecrets()
{
    for (AuthFileEntry &e : entries)
        wipeString(e.secret);
}

ContainerAuthFile parseContainerAuthFile(const QByteArray &bytes, AuthFileFormat format)
{
    ContainerAuthFile file;
    if (bytes.size() > maxAuthFileBytes) {
        file.error = AuthFileText::tr("The file is larger than 1 MiB; a login file holds a few entries.");
        return file;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        file.error = AuthFileText::tr("The file is not valid JSON (%1 at byte %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return file;
    }
    if (!doc.isObject()) {
        file.error = AuthFileText::tr("The file is not a JSON object.");
        return file;
    }
    const QJsonObject root = doc.object();

    QHash<QString, QString> helpers; // key -> helper name, from credHelpers
    const QJsonValue storeValue = root.value(QLatin1String("credsStore"));
    if (storeValue.isString() && !storeValue.toString().isEmpty()) {
        if (isValidCredentialHelperName(storeValue.toString()))
            file.credsStore = storeValue.toString();
        else
            file.warnings << AuthFileText::tr("“credsStore” names “%1”, which is not a credential helper name; "
                                              "it is not run.")
                                 .arg(shown(storeValue.toString()));
    } else if (!storeValue.isUndefined() && !storeValue.isNull() && !storeValue.isString()) {
        file.warnings << AuthFileText::tr("“credsStore” is not a string; it is ignored.");
    }
    const QJsonValue helpersValue = root.value(QLatin1String("credHelpers"));
    QStringList helperKeys;
    if (helpersValue.isObject()) {
        const QJsonObject o = helpersValue.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            helpers.insert(it.key(), it.value().toString());
            helperKeys << it.key();
        }
    } else if (!helpersValue.isUndefined() && !helpersValue.isNull()) {
        file.warnings << AuthFileText::tr("“credHelpers” is not an object; it is ignored.");
    }

    const QJsonValue authsValue = root.value(QLatin1String("auths"));
    QJsonObject auths;
    if (authsValue.isObject())
        auths = authsValue.toObject();
    else if (!authsValue.isUndefined() && !authsValue.isNull())
        file.warnings << AuthFileText::tr("“auths” is not an object; it is ignored.");
    if (auths.size() + helpers.size() > maxAuthFileEntries) {
        file.error
            = AuthFileText::tr("The file lists more than %1 registries; it is not read.").arg(maxAuthFileEntries);
        return file;
    }

    const auto helperFor = [&](const QString &key, AuthFileEntry &e) {
        const auto it = helpers.constFind(key);
        const QString name = it != helpers.constEnd() ? it.value() : file.credsStore;
        if (name.isEmpty())
            return;
        if (!isValidCredentialHelperName(name)) {
            e.error = AuthFileText::tr("Its credential helper “%1” is not a valid helper name; it is not run.")
                          .arg(shown(name));
            return;
        }
        e.helper = name;
    };

    for (auto it = auths.constBegin(); it != auths.constEnd(); ++it) {
        AuthFileEntry e = readEntry(it.key(), it.value());
        // docker/cli configfile GetCredentialsStore: a credHelpers entry, else credsStore, keeps
        // the secret; the "auths" entry is then only a marker (docker writes "{}").
        if (e.error.isEmpty() && !e.hasSecret && !e.identityToken && format == AuthFileFormat::Docker)
            helperFor(it.key(), e);
        else if (e.error.isEmpty() && !e.hasSecret && !e.identityToken && helpers.contains(it.key()))
            helperFor(it.key(), e); // containers/image reads credHelpers too
        if (e.error.isEmpty() && !e.hasSecret && !e.identityToken && e.helper.isEmpty())
            e.error = e.username.isEmpty() ? AuthFileText::tr("It holds no user name and no password.")
                                           : AuthFileText::tr("It holds a user name but no password.");
        file.entries << e;
    }
    for (const QString &key : helperKeys) {
        if (auths.contains(key))
            continue;
        AuthFileEntry e;
        e.key = key;
        e.registry = parseAuthFileKey(key);
        if (!e.registry.isValid())
            e.error = e.registry.error;
        else if (!helpers.value(key).isEmpty())
            helperFor(key, e);
        else
            e.error = AuthFileText::tr("Its credential helper name is empty.");
        if (e.error.isEmpty() && e.helper.isEmpty())
            e.error = AuthFileText::tr("Its credential helper name is empty.");
        file.entries << e;
    }
    return file;
}

} // namespace berth
