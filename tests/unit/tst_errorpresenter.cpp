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
        if (status == 401 && cause != QLatin1String("header_stripped"))
            QVERIFY2(d.explanation.contains(QStringLiteral("anonymous")), qPrintable(cause));
        // The terminal text starts with the stable id.
        QVERIFY(ErrorPresenter::terminalText(e, c).startsWith(cause + QStringLiteral(": ")));
        // Only a certificate can be trusted: an old TLS version needs the server fixed.
        if (cause == QLatin1String("tls_protocol_version")) {
            QVERIFY2(!d.fix.contains(QLatin1String("CA")), qPrintable(d.fix));
            QVERIFY(!d.actions.contains(DiagnosisAction::TrustCertificate));
        } else if (cause == QLatin1String("tls_untrusted")) {
            QVERIFY(d.actions.contains(DiagnosisAction::TrustCertificate));
        }
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
};

QTEST_APPLESS_MAIN(TestErrorPresenter)
#include "tst_errorpresenter.moc"
