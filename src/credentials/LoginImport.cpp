#include "LoginImport.h"

#include "credentials/CredentialHelper.h"
#include "credentials/Logging.h"
#include "credentials/ProfileStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace berth {

namespace {

struct LoginImportText
{
    Q_DECLARE_TR_FUNCTIONS(berth::LoginImport)
};

QString homeOf(const QProcessEnvironment &env)
{
    const QString home = env.value(QStringLiteral("HOME"));
    return home.isEmpty() ? QDir::homePath() : home;
}

// The file's bytes, at most the parser's cap plus one (so a larger file is refused, not cut).
bool readCapped(const QString &path, QByteArray *bytes, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return false;
    }
    *bytes = f.read(maxAuthFileBytes + 1);
    return true;
}

ContainerAuthFile parseFile(const LoginSource &source, QString *readError)
{
    QByteArray bytes;
    if (!readCapped(source.path, &bytes, readError))
        return {};
    ContainerAuthFile file = parseContainerAuthFile(bytes, source.format);
    wipeBytes(bytes); // it held every secret of the file, base64-encoded
    return file;
}

} // namespace

QList<LoginSource> LoginImport::candidateFiles(const QProcessEnvironment &env)
{
    const QString home = homeOf(env);
    const QString homeDocker = home + QStringLiteral("/.docker/config.json");
    QList<LoginSource> out;
    QSet<QString> seen;
    const auto add = [&](const QString &path, AuthFileFormat format) {
        if (path.isEmpty())
            return;
        const QFileInfo info(path);
        const QString canonical = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
        if (seen.contains(canonical))
            return;
        seen.insert(canonical);
        out << LoginSource {path, format};
    };
    // docker/cli cli/config/config.go: $DOCKER_CONFIG is the folder of config.json.
    const QString dockerConfig = env.value(QStringLiteral("DOCKER_CONFIG"));
    add(dockerConfig.isEmpty() ? homeDocker : dockerConfig + QStringLiteral("/config.json"), AuthFileFormat::Docker);
    // containers-auth.json(5) and containers/image pkg/docker/config/config.go getPathToAuth.
    add(env.value(QStringLiteral("REGISTRY_AUTH_FILE")), AuthFileFormat::Containers);
    const QString runtime = env.value(QStringLiteral("XDG_RUNTIME_DIR"));
    if (!runtime.isEmpty())
        add(runtime + QStringLiteral("/containers/auth.json"), AuthFileFormat::Containers);
    const QString configHome = env.value(QStringLiteral("XDG_CONFIG_HOME"));
    add((configHome.isEmpty() ? home + QStringLiteral("/.config") : configHome)
            + QStringLiteral("/containers/auth.json"),
        AuthFileFormat::Containers);
    add(homeDocker, AuthFileFormat::Docker);
    return out;
}

LoginScan LoginImport::scan(const QList<LoginSource> &sources)
{
    LoginScan result;
    for (const LoginSource &source : sources) {
        if (!QFileInfo::exists(source.path))
            continue;
        QString readError;
        ContainerAuthFile file = parseFile(source, &readError);
        file.wipeSecrets();
        if (!readError.isEmpty()) {
            result.problems << QStringLiteral("%1: %2").arg(source.path, readError);
            continue;
        }
        result.filesRead << source.path;
        if (!file.error.isEmpty()) {
            result.problems << QStringLiteral("%1: %2").arg(source.path, file.error);
            continue;
        }
        for (const QString &warning : std::as_const(file.warnings))
            result.problems << QStringLiteral("%1: %2").arg(source.path, warning);
        for (const AuthFileEntry &e : std::as_const(file.entries)) {
            FoundLogin login;
            login.sourceFile = source.path;
            login.format = source.format;
            login.key = e.key;
            login.registryUrl = e.registry.registryUrl;
            login.namespacePath = e.registry.namespacePath;
            login.username = e.username;
            login.helper = e.helper;
            if (!e.error.isEmpty())
                login.problem = e.error;
            else if (e.identityToken)
                login.problem = LoginImportText::tr("It holds an OAuth refresh token (identitytoken), not a password; "
                                                    "Berth cannot log in with it. Log in with a password or an "
                                                    "access token instead.");
            result.logins << login;
        }
    }
    return result;
}

Profile LoginImport::profileFor(const FoundLogin &login, const QString &username, const ProfileStore &profiles)
{
    if (const auto existing = profiles.findByUrlAndUser(login.registryUrl, username))
        return *existing; // its name, trust settings and kind stay; the secret is replaced
    Profile p;
    p.url = login.registryUrl;
    // Docker and podman log in to any registry; telling Harbor apart needs a request, which an
    // import does not send. The user can change it in the accounts dialog.
    p.server = ServerKind::Registry;
    p.kind = AccountKind::User;
    p.username = username;
    p.name = profiles.uniqueNameFor(login.registryUrl);
    return p;
}

LoginSecretJob::LoginSecretJob(QObject *parent)
    : QObject(parent)
{ }

LoginSecretJob *LoginSecretJob::read(const FoundLogin &login, QObject *parent, int helperTimeoutMs)
{
    auto *job = new LoginSecretJob(parent);
    if (!login.importable()) {
        job->finish({false, {}, {}, login.problem});
        return job;
    }
    if (!login.helper.isEmpty()) {
        // docker passes the "auths" key as written (Docker Hub: https://index.docker.io/v1/).
        CredentialHelperJob *helper = CredentialHelperJob::get(login.helper, login.key, job, helperTimeoutMs);
        connect(helper, &CredentialHelperJob::finished, job, [job, login](const CredentialHelperResult &r) {
            if (!r.ok()) {
                job->finish({false, {}, {}, r.message});
                return;
            }
            if (!login.username.isEmpty() && r.username != login.username) {
                job->finish({false, {}, {},
                    LoginImportText::tr("The credential helper now holds another user than the one listed; "
                                        "look again.")});
                return;
            }
            job->finish({true, r.username, r.secret, {}});
        });
        return job;
    }
    // Read again now rather than kept since the scan: the secret lives only as long as needed.
    QString readError;
    ContainerAuthFile file = parseFile({login.sourceFile, login.format}, &readError);
    LoginSecret out;
    if (!readError.isEmpty() || !file.error.isEmpty()) {
        out.message = readError.isEmpty() ? file.error : readError;
    } else {
        out.message = LoginImportText::tr("The login is no longer in %1; look again.").arg(login.sourceFile);
        for (AuthFileEntry &e : file.entries) {
            if (e.key == login.key && e.username == login.username && e.hasSecret && e.error.isEmpty()) {
                out = {true, e.username, e.secret, {}};
                break;
            }
        }
    }
    file.wipeSecrets();
    job->finish(out);
    wipeString(out.secret);
    return job;
}

void LoginSecretJob::finish(LoginSecret result)
{
    if (m_done)
        return;
    m_done = true;
    QMetaObject::invokeMethod(
        this,
        [this, result]() mutable {
            Q_EMIT finished(result);
            wipeString(result.secret);
            deleteLater();
        },
        Qt::QueuedConnection);
}

LoginImporter::LoginImporter(CredentialStore *store, ProfileStore *profiles, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(new ProfileSecrets(store, profiles, this))
{ }

void LoginImporter::start(const QList<FoundLogin> &picked)
{
    m_queue = picked;
    m_saved = m_failed = 0;
    QMetaObject::invokeMethod(this, &LoginImporter::next, Qt::QueuedConnection);
}

void LoginImporter::next()
{
    if (m_queue.isEmpty()) {
        Q_EMIT done(m_saved, m_failed);
        return;
    }
    const FoundLogin login = m_queue.takeFirst();
    LoginSecretJob *read = LoginSecretJob::read(login, this, m_helperTimeoutMs);
    connect(read, &LoginSecretJob::finished, this, [this, login](const LoginSecret &s) {
        if (!s.ok) {
            ++m_failed;
            Q_EMIT failed(login, s.message);
            next();
            return;
        }
        const Profile profile = LoginImport::profileFor(login, s.username, *m_profiles);
        qCInfo(lcCredentials) << "importing a login for" << profile.url.toString() << "as profile" << profile.name;
        ProfileJob *job = m_secrets->saveWithSecret(profile, s.secret);
        connect(job, &ProfileJob::finished, this, [this, login](const ProfileResult &r) {
            if (r.ok()) {
                ++m_saved;
                Q_EMIT saved(login, r.profile);
            } else {
                ++m_failed;
                Q_EMIT failed(
                    login, r.detail.isEmpty() ? r.message : QStringLiteral("%1 (%2)").arg(r.message, r.detail));
            }
            next();
        });
    });
}

} // namespace berth
