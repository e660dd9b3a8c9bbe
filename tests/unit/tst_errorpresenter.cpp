// ErrorPresenter over synthetic facts: one row per cause id and status, so the decision table
// (which 401, 403, 404 and 412 means what; goharbor/harbor src/server/middleware/security/security.go
// and src/server/v2.0/handler/base.go, RequireProjectAccess) is pinned exactly, without a server.
#include "diagnosis/CurlCommand.h"
#include "diagnosis/ErrorPresenter.h"

#include <QNetworkReply>
#include <QTest>

using namespace berth;

Q_DECLARE_METATYPE(ApiError::Kind)

class TestErrorPresenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void causes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("project");
        QTest::addColumn<int>("usersCurrent");
        QTest::addColumn<QString>("extra");
        QTest::addColumn<QString>("cause");
        using K = ApiError::Kind;
        const QString robot = QStringLiteral("robot$team-a+cleaner");
        // Credentials
        QTest::newRow("no credentials") << 401 << int(K::Unauthorized) << "none"
                                        << ""
                                        << "UNAUTHORIZED"
                                        << "unauthorized"
                                        << "team-a" << 0 << ""
                                        << "no_credentials";
        QTest::newRow("keyring locked") << 401 << int(K::Unauthorized) << "none"
                                        << ""
                                        << "UNAUTHORIZED"
                                        << "unauthorized"
                                        << "team-a" << 0 << "keyring"
                                        << "keyring_locked";
        QTest::newRow("token as secret") << 401 << int(K::Unauthorized) << "basic" << robot << "UNAUTHORIZED"
                                         << "unauthorized"
                                         << "team-a" << 401 << "token"
                                         << "token_as_secret";
        QTest::newRow("prefix missing") << 401 << int(K::Unauthorized) << "basic"
                                        << "team-a+cleaner"
                                        << "UNAUTHORIZED"
                                        << "unauthorized"
                                        << "team-a" << 401 << ""
                                        << "robot_prefix_missing";
        QTest::newRow("shell expanded") << 401 << int(K::Unauthorized) << "basic"
                                        << "robot-a+cleaner"
                                        << "UNAUTHORIZED"
                                        << "unauthorized"
                                        << "team-a" << 401 << ""
                                        << "shell_expanded_name";
        QTest::newRow("well-formed name, wrong secret")
            << 401 << int(K::Unauthorized) << "basic" << robot << "UNAUTHORIZED"
            << "unauthorized"
            << "team-a" << 401 << ""
            << "credentials_rejected";
        QTest::newRow("oidc password") << 401 << int(K::Unauthorized) << "basic"
                                       << "oidc-alice"
                                       << "UNAUTHORIZED"
                                       << "unauthorized"
                                       << "team-a" << 401 << "oidc"
                                       << "oidc_password";
        QTest::newRow("redirect withheld") << 0 << int(K::RedirectRefused) << "basic" << robot << ""
                                           << ""
                                           << "team-a" << 0 << ""
                                           << "redirect_withheld";
        QTest::newRow("valid credentials, header lost")
            << 401 << int(K::Unauthorized) << "basic" << robot << "UNAUTHORIZED"
            << "unauthorized"
            << "team-a" << 412 << ""
            << "header_stripped";
        QTest::newRow("bearer") << 401 << int(K::Unauthorized) << "bearer"
                                << ""
                                << "UNAUTHORIZED"
                                << "unauthorized"
                                << "team-a" << 401 << ""
                                << "bearer_ignored";
        // Authenticated but refused
        QTest::newRow("csrf") << 403 << int(K::Forbidden) << "basic" << robot << "FORBIDDEN"
                              << "CSRF token invalid"
                              << "team-a" << 412 << ""
                              << "cookie_csrf";
        QTest::newRow("read only") << 403 << int(K::Forbidden) << "basic" << robot << "DENIED"
                                   << "The system is in read only mode. Any modification is prohibited."
                                   << "team-a" << 412 << ""
                                   << "read_only";
        QTest::newRow("wrong project") << 403 << int(K::Forbidden) << "basic" << robot << "FORBIDDEN"
                                       << "forbidden"
                                       << "team-b" << 412 << ""
                                       << "wrong_project";
        QTest::newRow("permission missing") << 403 << int(K::Forbidden) << "basic" << robot << "FORBIDDEN"
                                            << "forbidden"
                                            << "team-a" << 412 << ""
                                            << "permission_missing";
        // Harbor's quota and proxy-cache refusals of a push (src/pkg/quota/errors.go,
        // src/server/middleware/repoproxy/proxy.go).
        QTest::newRow("quota exceeded") << 403 << int(K::Forbidden) << "basic" << robot << "DENIED"
                                        << "adding 2.1 MiB of storage resource, which when updated to current usage "
                                           "of 8.3 MiB will exceed the configured upper limit of 10.0 MiB."
                                        << "team-a" << 412 << ""
                                        << "quota_exceeded";
        QTest::newRow("proxy cache project") << 403 << int(K::Forbidden) << "basic" << robot << "DENIED"
                                             << "can not push artifact to a proxy project: dockerhub"
                                             << "team-a" << 412 << ""
                                             << "proxy_cache_project";
        QTest::newRow("proxy cache project, before 2.2")
            << 405 << int(K::MethodNotAllowed) << "basic" << robot << "METHOD_NOT_ALLOWED"
            << "can not push artifact to a proxy project: dockerhub"
            << "team-a" << 412 << ""
            << "proxy_cache_project";
        // Not found
        QTest::newRow("already deleted") << 404 << int(K::NotFound) << "basic" << robot << "NOT_FOUND"
                                         << "tag v1 attached to artifact 3 not found"
                                         << "team-a" << 412 << ""
                                         << "already_deleted";
        QTest::newRow("tag moved") << 404 << int(K::NotFound) << "basic" << robot << "NOT_FOUND"
                                   << "tag v1 attached to artifact 3 not found"
                                   << "team-a" << 412 << "moved"
                                   << "tag_moved";
        QTest::newRow("bad encoding")
            << 404 << int(K::NotFound) << "basic" << robot << "NOT_FOUND"
            << "path /api/v2.0/projects/team-a/repositories/backend/api/artifacts was not found"
            << "team-a" << 412 << ""
            << "bad_encoding";
        // Preconditions
        QTest::newRow("immutable") << 412 << int(K::PreconditionFailed) << "basic" << robot << "PRECONDITION"
                                   << "the tag release-1.0 configured as immutable, cannot be deleted"
                                   << "team-a" << 412 << ""
                                   << "immutable_tag";
        QTest::newRow("referenced by index")
            << 412 << int(K::PreconditionFailed) << "basic" << robot << "VIOLATE_FOREIGN_KEY_CONSTRAINT"
            << "the deleting artifact is referenced by others"
            << "team-a" << 412 << ""
            << "referenced_by_index";
        // Server and transport
        QTest::newRow("422") << 422 << int(K::Validation) << "basic" << robot << "UNPROCESSABLE_ENTITY"
                             << "validation failure list"
                             << "" << 0 << ""
                             << "validation";
        QTest::newRow("429") << 429 << int(K::RateLimited) << "basic" << robot << "TOO_MANY_REQUEST"
                             << ""
                             << "" << 0 << ""
                             << "rate_limited";
        QTest::newRow("500") << 500 << int(K::ServerError) << "basic" << robot << "UNKNOWN"
                             << "internal server error"
                             << "" << 0 << ""
                             << "server_error";
        QTest::newRow("proxy 502 page") << 502 << int(K::ServerError) << "basic" << robot << ""
                                        << ""
                                        << "" << 0 << "html"
                                        << "proxy_error";
        QTest::newRow("bad response") << 200 << int(K::BadResponse) << "basic" << robot << ""
                                      << ""
                                      << "" << 0 << ""
                                      << "bad_response";
        QTest::newRow("tls") << 0 << int(K::Tls) << "basic" << robot << ""
                             << ""
                             << "" << 0 << ""
                             << "tls_untrusted";
        // A handshake that failed on the TLS version, not on a certificate (OpenSSL 3's words).
        QTest::newRow("tls: server alert protocol version") << 0 << int(K::Tls) << "basic" << robot << ""
                                                            << ""
                                                            << "" << 0 << "handshake:tlsv1 alert protocol version"
                                                            << "tls_protocol_version";
        QTest::newRow("tls: server offered only an old version") << 0 << int(K::Tls) << "basic" << robot << ""
                                                                 << ""
                                                                 << "" << 0 << "handshake:unsupported protocol"
                                                                 << "tls_protocol_version";
        QTest::newRow("tls: plain http on the https port") << 0 << int(K::Tls) << "basic" << robot << ""
                                                           << ""
                                                           << "" << 0 << "handshake:wrong version number"
                                                           << "tls_untrusted";
        QTest::newRow("tls: certificate errors") << 0 << int(K::Tls) << "basic" << robot << ""
                                                 << ""
                                                 << "" << 0 << "certificate:unsupported protocol"
                                                 << "tls_untrusted";
        QTest::newRow("timeout") << 0 << int(K::Timeout) << "basic" << robot << ""
                                 << ""
                                 << "" << 0 << ""
                                 << "timeout";
        QTest::newRow("network") << 0 << int(K::Network) << "basic" << robot << ""
                                 << ""
                                 << "" << 0 << ""
                                 << "network";
        // The registry side (/v2/): Harbor says 401 where its API would say 403.
        const QString v2Denied = QStringLiteral("unauthorized to access repository: team-a/app, action: pull");
        QTest::newRow("v2: robot accepted, no pull")
            << 401 << int(K::Unauthorized) << "basic" << robot << "UNAUTHORIZED" << v2Denied << "team-a" << 412
            << "v2:not_permitted:pull"
            << "pull_not_permitted";
        QTest::newRow("v2: token, insufficient scope")
            << 401 << int(K::Unauthorized) << "bearer" << robot << "UNAUTHORIZED" << v2Denied << "team-a" << 412
            << "v2:insufficient_scope:pull"
            << "pull_not_permitted";
        QTest::newRow("v2: credentials rejected by the API too")
            << 401 << int(K::Unauthorized) << "basic" << robot << "UNAUTHORIZED" << v2Denied << "team-a" << 401
            << "v2:not_permitted:pull"
            << "credentials_rejected";
        QTest::newRow("v2: token refused, API refuses too")
            << 401 << int(K::Unauthorized) << "bearer" << robot << "UNAUTHORIZED" << v2Denied << "team-a" << 401
            << "v2:none:pull"
            << "credentials_rejected";
        QTest::newRow("v2: anonymous token, private project")
            << 401 << int(K::Unauthorized) << "bearer"
            << ""
            << "UNAUTHORIZED" << v2Denied << "team-a" << 0 << "v2:none:pull"
            << "no_credentials";
        QTest::newRow("v2: another action") << 401 << int(K::Unauthorized) << "basic" << robot << "UNAUTHORIZED"
                                            << v2Denied << "team-a" << 412 << "v2:not_permitted:delete"
                                            << "permission_missing";
        QTest::newRow("v2: realm over plain http elsewhere") << 0 << int(K::InsecureTransport) << "basic" << robot << ""
                                                             << ""
                                                             << "team-a" << 0 << "realm"
                                                             << "realm_refused";
        QTest::newRow("v2: plain http, no realm") << 0 << int(K::InsecureTransport) << "basic" << robot << ""
                                                  << ""
                                                  << "team-a" << 0 << ""
                                                  << "plain_http_refused";
        QTest::newRow("v2: digest mismatch") << 200 << int(K::DigestMismatch) << "basic" << robot << ""
                                             << ""
                                             << "team-a" << 412 << "digest"
                                             << "digest_mismatch";
    }

    void causes()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(QString, scheme);
        QFETCH(QString, user);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(QString, project);
        QFETCH(int, usersCurrent);
        QFETCH(QString, extra);
        QFETCH(QString, cause);

        ApiError e;
        e.kind = ApiError::Kind(kind);
        e.httpStatus = status;
        e.method = "DELETE";
        e.url = QUrl(
            QStringLiteral("https://harbor.example.com/api/v2.0/projects/%1/repositories/app/artifacts/v1/tags/v1")
                .arg(project.isEmpty() ? QStringLiteral("team-a") : project));
        e.authScheme = scheme;
        e.username = user;
        e.harborCode = code;
        e.harborMessage = message;
        e.requestId = QStringLiteral("req-1");
        DiagnosisContext c;
        c.targetProject = project;
        c.usersCurrentStatus = usersCurrent;
        if (extra == QLatin1String("keyring")) {
            c.credentialsExpected = true;
            c.secretUnavailable = true;
            c.keyringSuspect = true;
        } else if (extra == QLatin1String("token")) {
            c.secretLooksLikeToken = true;
        } else if (extra == QLatin1String("oidc")) {
            c.authMode = QStringLiteral("oidc_auth");
        } else if (extra == QLatin1String("moved")) {
            c.tagNowOnDigest = QStringLiteral("sha256:") + QString(64, QLatin1Char('b'));
        } else if (extra.startsWith(QLatin1String("v2:"))) {
            const QString denial = extra.section(QLatin1Char(':'), 1, 1);
            e.registryDenial = denial == QLatin1String("not_permitted") ? ApiError::RegistryDenial::NotPermitted
                : denial == QLatin1String("none")                       ? ApiError::RegistryDenial::None
                                                                        : ApiError::RegistryDenial::InsufficientScope;
            e.url = QUrl(QStringLiteral("https://harbor.example.com/v2/team-a/app/manifests/v1"));
            e.method = "GET";
            e.registryAction = extra.section(QLatin1Char(':'), 2);
            e.registryScope = QStringLiteral("repository:team-a/app:") + e.registryAction;
        } else if (extra == QLatin1String("realm")) {
            e.registryDenial = ApiError::RegistryDenial::RealmRefused;
            e.realm = QUrl(QStringLiteral("http://auth.example.net/token"));
            e.transportMessage
                = QStringLiteral("the token service auth.example.net is on another host over plain http");
        } else if (extra == QLatin1String("digest")) {
            e.detail = QStringLiteral("expected sha256:%1, received sha256:%2")
                           .arg(QString(64, QLatin1Char('a')), QString(64, QLatin1Char('b')));
        } else if (extra == QLatin1String("html")) {
            e.contentType = QStringLiteral("text/html");
            e.bodySnippet = "<html><head><title>502 Bad Gateway</title></head>";
        } else if (extra.startsWith(QLatin1String("handshake:")) || extra.startsWith(QLatin1String("certificate:"))) {
            // Qt's words around OpenSSL's reason, as a handshake failure reports them.
            e.networkError = QNetworkReply::SslHandshakeFailedError;
            e.transportMessage = QStringLiteral("SSL handshake failed: Error during SSL handshake: error:0A000000:SSL "
                                                "routines::")
                + extra.section(QLatin1Char(':'), 1);
            if (extra.startsWith(QLatin1String("certificate:")))
                e.tlsErrors << QStringLiteral("The certificate is self-signed, and untrusted");
        }
        QCOMPARE(causeId(ErrorPresenter::causeOf(e, c)), cause);
        const Diagnosis d = ErrorPresenter::present(e, c);
        QCOMPARE(causeId(d.cause), cause);
        QVERIFY2(!d.title.isEmpty(), qPrintable(cause));
        QVERIFY2(!d.fix.isEmpty(), qPrintable(cause));
        QVERIFY(d.actions.contains(DiagnosisAction::CopyDetails));
        // Every 401 explains the anonymous fallback: why listing "worked".
        // Not so on /v2/, where Harbor's 401 means a refusal to credentials it accepts.
        if (status == 401 && cause != QLatin1String("header_stripped") && !extra.startsWith(QLatin1String("v2:")))
            QVERIFY2(d.explanation.contains(QStringLiteral("anonymous")), qPrintable(cause));
        // The terminal text starts with the stable id.
        QVERIFY(ErrorPresenter::terminalText(e, c).startsWith(cause + QStringLiteral(": ")));
        // Only a certificate can be trusted: an old TLS version needs the server fixed.
        if (cause == QLatin1String("tls_protocol_version")) {
            QVERIFY2(!d.fix.contains(QLatin1String("CA")), qPrintable(d.fix));
            QVERIFY(!d.actions.contains(DiagnosisAction::TrustCertificate));
        } else if (cause == QLatin1String("tls_untrusted")) {
            QVERIFY(d.actions.contains(DiagnosisAction::TrustCertificate));
        } else if (cause == QLatin1String("pull_not_permitted")) {
            // Names the permission, and that listing still works.
            QVERIFY2(d.explanation.contains(QLatin1String("repository:pull")), qPrintable(d.explanation));
            QVERIFY2(d.explanation.contains(QLatin1String("Listing")), qPrintable(d.explanation));
        } else if (cause == QLatin1String("digest_mismatch")) {
            QVERIFY2(d.explanation.contains(QString(64, QLatin1Char('b'))), qPrintable(d.explanation));
        }
    }

    // "That is why listing worked" only when rows were listed with these credentials and the
    // project the request was for did not refuse them too; otherwise the words say what this
    // request got, or (explain, nothing sent) would get.
    void anonymousFallbackFitsTheRequest_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<bool>("listed");
        QTest::addColumn<int>("projectStatus"); // the probe of /projects/team-a; 0 = not probed
        QTest::addColumn<bool>("predicted");
        QTest::addColumn<QString>("cause");
        QTest::addColumn<QString>("says");
        const QString users = QStringLiteral("/api/v2.0/users/current");
        const QString tag = QStringLiteral("/api/v2.0/projects/team-a/repositories/app/artifacts/v1/tags/v1");
        const QString listing = QStringLiteral("That is why listing worked and this request got 401 Unauthorized.");
        const QString got = QStringLiteral("That is why this request got 401 Unauthorized.");
        QTest::newRow("start-up users/current, nothing listed")
            << users << "GET"
            << "basic" << false << 0 << false << "credentials_rejected" << got;
        QTest::newRow("delete of a listed row, project not probed")
            << tag << "DELETE"
            << "basic" << true << 0 << false << "credentials_rejected" << listing;
        QTest::newRow("delete of a listed row, the project still readable")
            << tag << "DELETE"
            << "basic" << true << 200 << false << "credentials_rejected" << listing;
        QTest::newRow("delete of a listed row, /projects/team-a got 401 too")
            << tag << "DELETE"
            << "basic" << true << 401 << false << "credentials_rejected" << got;
        QTest::newRow("berthctl stopped at users/current, shell-cut name")
            << users << "GET"
            << "basic" << false << 0 << false << "shell_expanded_name" << got;
        QTest::newRow("anonymous delete after anonymous listing")
            << tag << "DELETE"
            << "none" << true << 200 << false << "no_credentials" << listing;
        QTest::newRow("anonymous delete, project private") << tag << "DELETE"
                                                           << "none" << true << 401 << false << "no_credentials" << got;
        QTest::newRow("explain: the DELETE was not sent") << tag << "DELETE"
                                                          << "basic" << false << 401 << true << "credentials_rejected"
                                                          << "That is why this request would get 401 Unauthorized.";
    }

    void anonymousFallbackFitsTheRequest()
    {
        QFETCH(QString, path);
        QFETCH(QString, method);
        QFETCH(QString, scheme);
        QFETCH(bool, listed);
        QFETCH(int, projectStatus);
        QFETCH(bool, predicted);
        QFETCH(QString, cause);
        QFETCH(QString, says);
        ApiError e;
        e.kind = ApiError::Kind::Unauthorized;
        e.httpStatus = 401;
        e.method = method.toLatin1();
        e.url = QUrl(QStringLiteral("https://harbor.example.com") + path);
        e.authScheme = scheme;
        e.username = scheme == QLatin1String("basic")
            ? (cause == QLatin1String("shell_expanded_name") ? QStringLiteral("robot-a+cleaner")
                                                             : QStringLiteral("robot$team-a+cleaner"))
            : QString();
        DiagnosisContext c;
        c.targetProject = path.contains(QLatin1String("team-a")) ? QStringLiteral("team-a") : QString();
        c.usersCurrentStatus = scheme == QLatin1String("basic") ? 401 : 0;
        c.listedWithTheseCredentials = listed;
        c.projectStatus = projectStatus;
        c.statusPredicted = predicted;
        const Diagnosis d = ErrorPresenter::present(e, c);
        QCOMPARE(causeId(d.cause), cause);
        QVERIFY2(d.explanation.contains(says), qPrintable(d.explanation));
        QCOMPARE(d.explanation.count(QStringLiteral("That is why")), 1);
    }

    // A 403 names Harbor's permissions in words ("." is the project itself), and never says the
    // account lacks a permission the probe shows it holding.
    void permissionsInWords_data()
    {
        QTest::addColumn<QStringList>("permissions");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("listed");
        QTest::newRow("reader") << QStringList {".:read", "artifact:read", "repository:pull", "tag:list"}
                                << "robot$team-a+reader lacks tag: delete in team-a"
                                << "Its permissions in team-a: project: read, artifact: read, repository: pull, "
                                   "tag: list.";
        QTest::newRow("none") << QStringList {} << "robot$team-a+reader lacks tag: delete in team-a"
                              << "Its permissions in team-a: none.";
        QTest::newRow("a resource Berth does not know")
            << QStringList {"export-cve:create"} << "robot$team-a+reader lacks tag: delete in team-a"
            << "Its permissions in team-a: export cve: create.";
        QTest::newRow("granted since the request failed")
            << QStringList {".:read", "tag:delete"}
            << "Harbor refused this request, though robot$team-a+reader now holds tag: delete in team-a"
            << "Its permissions in team-a: project: read, tag: delete.";
    }

    void permissionsInWords()
    {
        QFETCH(QStringList, permissions);
        QFETCH(QString, title);
        QFETCH(QString, listed);
        ApiError e;
        e.kind = ApiError::Kind::Forbidden;
        e.httpStatus = 403;
        e.method = "DELETE";
        e.url = QUrl(QStringLiteral(
            "https://harbor.example.com/api/v2.0/projects/team-a/repositories/app/artifacts/v1/tags/v1"));
        e.authScheme = QStringLiteral("basic");
        e.username = QStringLiteral("robot$team-a+reader");
        DiagnosisContext c;
        c.targetProject = QStringLiteral("team-a");
        c.neededPermission = QStringLiteral("tag:delete");
        c.usersCurrentStatus = 412;
        c.permissions = permissions;
        const Diagnosis d = ErrorPresenter::present(e, c);
        QCOMPARE(causeId(d.cause), QStringLiteral("permission_missing"));
        QCOMPARE(d.title, title);
        QVERIFY2(d.likelyCauses.contains(listed), qPrintable(d.likelyCauses.join(QLatin1Char('|'))));
        const QString all = d.title + d.explanation + d.likelyCauses.join(QLatin1Char(' ')) + d.fix;
        QVERIFY2(!all.contains(QLatin1String(".:")) && !all.contains(QLatin1String("tag:delete")), qPrintable(all));
    }

    // A name a shell cut short: the likely name keeps what was left of the project part, and
    // says what <project> stands for.
    void shellCutNameKeepsTheProjectTail()
    {
        ApiError e;
        e.kind = ApiError::Kind::Unauthorized;
        e.httpStatus = 401;
        e.method = "GET";
        e.url = QUrl(QStringLiteral("https://harbor.example.com/api/v2.0/users/current"));
        e.authScheme = QStringLiteral("basic");
        e.username = QStringLiteral("robot-a+cleaner");
        const Diagnosis d = ErrorPresenter::present(e, {});
        QCOMPARE(causeId(d.cause), QStringLiteral("shell_expanded_name"));
        QVERIFY(d.likelyCauses.contains(QStringLiteral("The intended name is probably robot$<project>-a+cleaner.")));
        QVERIFY2(d.likelyCauses.join(QLatin1Char(' ')).contains(QStringLiteral("left only \"-a\"")),
            qPrintable(d.likelyCauses.join(QLatin1Char('|'))));
        QVERIFY(d.fix.contains(QStringLiteral("'robot$<project>-a+cleaner:SECRET'")));
        // The whole project part gone: no words about a part that was left.
        e.username = QStringLiteral("robot+cleaner");
        const Diagnosis whole = ErrorPresenter::present(e, {});
        QVERIFY(whole.likelyCauses.contains(QStringLiteral("The intended name is probably robot$<project>+cleaner.")));
        QVERIFY(!whole.likelyCauses.join(QLatin1Char(' ')).contains(QStringLiteral("left only")));
    }

    void curlCommandHidesTheSecretAndQuotesTheName()
    {
        ApiError e;
        e.method = "DELETE";
        e.url = QUrl(QStringLiteral("https://h/api/v2.0/projects/p/repositories/a%252Fb/artifacts/v1/tags/v1"));
        e.username = QStringLiteral("robot$p+ci");
        const QString hidden = CurlCommand::forFailure(e);
        QVERIFY(hidden.contains(QStringLiteral("-u 'robot$p+ci:<secret>'")));
        QVERIFY(hidden.contains(QStringLiteral("a%252Fb")));
        QVERIFY(
            CurlCommand::forFailure(e, QStringLiteral("s3cr'et")).contains(QStringLiteral("'robot$p+ci:s3cr'\\''et'")));
    }

    void factsNeverHoldTheSecret()
    {
        ApiError e;
        e.kind = ApiError::Kind::Unauthorized;
        e.httpStatus = 401;
        e.method = "DELETE";
        e.url = QUrl(QStringLiteral("https://h/api/v2.0/projects/p"));
        e.username = QStringLiteral("robot$p+ci");
        e.authScheme = QStringLiteral("basic");
        const QString all = ErrorPresenter::sentFacts(e).join(QLatin1Char('\n'))
            + ErrorPresenter::receivedFacts(e).join(QLatin1Char('\n'));
        QVERIFY(all.contains(QStringLiteral("robot$p+ci")));
        QVERIFY(!all.contains(QStringLiteral("Basic ")) || all.contains(QStringLiteral("Basic, as")));
    }

    // A plain registry's answers (distribution 2.8, docs/spec/api.md; token service: docs/spec/auth/token.md).
    // Each row is what the real server sends; the words must name the facts the user acts on.
    // Harbor's tags API answers a taken name with 409: the tag exists (on another artifact).
    void tagsApiConflictIsTagExists()
    {
        ApiError e;
        e.kind = ApiError::Kind::Conflict;
        e.httpStatus = 409;
        e.method = "POST";
        e.harborCode = QStringLiteral("CONFLICT");
        e.url = QUrl(QStringLiteral("https://harbor.example.com/api/v2.0/projects/team-a/repositories/app/artifacts/"
                                    "v1/tags"));
        QCOMPARE(causeId(ErrorPresenter::causeOf(e, {})), QStringLiteral("tag_exists"));
        e.method = "PUT"; // another 409 is not about a tag
        QCOMPARE(causeId(ErrorPresenter::causeOf(e, {})), QStringLiteral("unknown"));
    }

    void plainRegistryCauses_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("denial");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<bool>("plain");
        QTest::addColumn<QString>("cause");
        QTest::addColumn<QString>("mentions");
        using K = ApiError::Kind;
        using D = ApiError::RegistryDenial;
        const QString digest = QStringLiteral("sha256:") + QString(64, QLatin1Char('c'));
        QTest::newRow("tag delete: distribution 400 DIGEST_INVALID")
            << "DELETE"
            << "/v2/team/app/manifests/v1" << 400 << int(K::Validation) << "basic"
            << "alice"
            << "DIGEST_INVALID" << int(D::None) << "repository:team/app:delete" << true << "tag_delete_unsupported"
            << "berthctl rm team/app@" + digest;
        QTest::newRow("tag delete: 405 UNSUPPORTED")
            << "DELETE"
            << "/v2/team/app/manifests/v1" << 405 << int(K::MethodNotAllowed) << "none"
            << ""
            << "UNSUPPORTED" << int(D::None) << "repository:team/app:delete" << true << "tag_delete_unsupported"
            << "latest, stable";
        QTest::newRow("tag delete: 400 UNSUPPORTED, Harbor profile too")
            << "DELETE"
            << "/v2/team/app/manifests/v1" << 400 << int(K::Validation) << "basic"
            << "alice"
            << "UNSUPPORTED" << int(D::None) << "repository:team/app:delete" << false << "tag_delete_unsupported"
            << digest;
        QTest::newRow("digest delete: 405, deletion off")
            << "DELETE"
            << "/v2/team/app/manifests/" + digest << 405 << int(K::MethodNotAllowed) << "basic"
            << "alice"
            << "UNSUPPORTED" << int(D::None) << "repository:team/app:delete" << true << "registry_delete_disabled"
            << "storage.delete.enabled";
        QTest::newRow("digest delete: 400 elsewhere stays validation")
            << "DELETE"
            << "/v2/team/app/manifests/" + digest << 400 << int(K::Validation) << "basic"
            << "alice"
            << "DIGEST_INVALID" << int(D::None) << "repository:team/app:delete" << true << "validation"
            << "";
        QTest::newRow("catalog: insufficient scope")
            << "GET"
            << "/v2/_catalog" << 401 << int(K::Unauthorized) << "bearer"
            << "alice"
            << "UNAUTHORIZED" << int(D::InsufficientScope) << "registry:catalog:*" << true << "catalog_denied"
            << "berthctl ls REPO";
        QTest::newRow("catalog: 403") << "GET"
                                      << "/v2/_catalog" << 403 << int(K::Forbidden) << "basic"
                                      << "alice"
                                      << "DENIED" << int(D::None) << "registry:catalog:*" << true << "catalog_denied"
                                      << "/v2/_catalog";
        QTest::newRow("catalog: 401 without credentials is no catalog refusal")
            << "GET"
            << "/v2/_catalog" << 401 << int(K::Unauthorized) << "none"
            << ""
            << "UNAUTHORIZED" << int(D::None) << "registry:catalog:*" << true << "no_credentials"
            << "berthctl login";
        QTest::newRow("token: granted less than asked")
            << "GET"
            << "/v2/team/app/tags/list" << 401 << int(K::Unauthorized) << "bearer"
            << "alice"
            << "UNAUTHORIZED" << int(D::InsufficientScope) << "repository:team/app:pull" << true << "token_denied"
            << "repository:team/app:pull";
        QTest::newRow("token: anonymous, empty grant")
            << "GET"
            << "/v2/team/app/tags/list" << 401 << int(K::Unauthorized) << "bearer"
            << ""
            << "UNAUTHORIZED" << int(D::InsufficientScope) << "repository:team/app:pull" << true << "token_denied"
            << "berthctl login";
        QTest::newRow("token service: 403")
            << "GET"
            << "/token" << 403 << int(K::Forbidden) << "basic"
            << "alice"
            << "" << int(D::TokenRefused) << "repository:team/app:pull" << true << "token_denied"
            << "https://registry.example.com/token";
        QTest::newRow("token service: 401 to the credentials")
            << "GET"
            << "/token" << 401 << int(K::Unauthorized) << "basic"
            << "alice"
            << "" << int(D::TokenRefused) << "repository:team/app:pull" << true << "credentials_rejected"
            << "https://registry.example.com/token";
        QTest::newRow("token service: unreachable")
            << "GET"
            << "/token" << 0 << int(K::Network) << "basic"
            << "alice"
            << "" << int(D::None) << "repository:team/app:pull" << true << "token_service_unreachable"
            << "Connection refused";
        QTest::newRow("token service: timeout")
            << "GET"
            << "/token" << 0 << int(K::Timeout) << "basic"
            << "alice"
            << "" << int(D::None) << "repository:team/app:pull" << true << "token_service_unreachable"
            << "registry.example.com";
        QTest::newRow("Harbor's token service: a network failure")
            << "GET"
            << "/token" << 0 << int(K::Network) << "basic"
            << "alice"
            << "" << int(D::None) << "repository:team/app:pull" << false << "network"
            << "";
        QTest::newRow("registry itself unreachable stays network") << "GET"
                                                                   << "/v2/" << 0 << int(K::Network) << "none"
                                                                   << ""
                                                                   << "" << int(D::None) << "" << true << "network"
                                                                   << "";
        QTest::newRow("basic: wrong password, no anonymous fallback")
            << "GET"
            << "/v2/" << 401 << int(K::Unauthorized) << "basic"
            << "robot$x"
            << "UNAUTHORIZED" << int(D::NotPermitted) << "" << true << "credentials_rejected"
            << "berthctl login";
    }

    void plainRegistryCauses()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(QString, scheme);
        QFETCH(QString, user);
        QFETCH(QString, code);
        QFETCH(int, denial);
        QFETCH(QString, scope);
        QFETCH(bool, plain);
        QFETCH(QString, cause);
        QFETCH(QString, mentions);

        ApiError e;
        e.kind = ApiError::Kind(kind);
        e.httpStatus = status;
        e.method = method.toLatin1();
        e.url = QUrl(QStringLiteral("https://registry.example.com") + path);
        e.authScheme = scheme;
        e.username = user;
        e.harborCode = code;
        e.registryDenial = ApiError::RegistryDenial(denial);
        e.registryScope = scope;
        if (path == QLatin1String("/token")) {
            e.url.setQuery(QStringLiteral("service=registry&scope=") + scope);
            e.realm = QUrl(QStringLiteral("https://registry.example.com/token"));
            if (status == 0)
                e.transportMessage = QStringLiteral("Connection refused");
        } else if (denial == int(ApiError::RegistryDenial::InsufficientScope)) {
            e.realm = QUrl(QStringLiteral("https://registry.example.com/token"));
        }
        DiagnosisContext c;
        c.plainRegistry = plain;
        c.targetProject = plain ? QString() : QStringLiteral("team");
        if (cause == QLatin1String("tag_delete_unsupported")) {
            c.manifestDigest = QStringLiteral("sha256:") + QString(64, QLatin1Char('c'));
            c.otherTags = QStringList {QStringLiteral("latest"), QStringLiteral("stable")};
        }
        QCOMPARE(causeId(ErrorPresenter::causeOf(e, c)), cause);
        const Diagnosis d = ErrorPresenter::present(e, c);
        QVERIFY(!d.title.isEmpty());
        QVERIFY(!d.fix.isEmpty());
        const QString text = ErrorPresenter::terminalText(e, d);
        QVERIFY(text.startsWith(cause + QStringLiteral(": ")));
        QVERIFY2(text.contains(mentions), qPrintable(text));
        // A plain registry has no Harbor behind it: its words never blame Harbor's anonymous rule.
        if (plain)
            QVERIFY2(!text.contains(QLatin1String("Harbor treats")), qPrintable(text));
    }
};

QTEST_APPLESS_MAIN(TestErrorPresenter)
#include "tst_errorpresenter.moc"
