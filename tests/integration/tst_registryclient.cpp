// RegistryClient (/v2/) against a real distribution registry (Debian's docker-registry 2.8),
// against harbor-sim in front of one (Harbor's /v2/ authorisation and token service), and against
// a tiny fake server (RegistryClientFixtures.h) for what a well-behaved registry never does (wrong bytes,
// oversized manifests, malformed challenges, foreign realms and redirects).
#include "api/ApiJob.h"
#include "api/ApiTransport.h"
#include "api/RegistryAuth.h"
#include "api/RegistryClient.h"
#include "core/ContentDigest.h"
#include "core/OciMediaTypes.h"
#include "RegistryClientFixtures.h"
#include "RegistryServer.h"
#include "SimAccounts.h"
#include "SimServer.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace berth;

using namespace RegistryTest;

class TstRegistryClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    // A real distribution registry.
    void manifestByTag_data();
    void manifestByTag();
    void manifestByDigestNeedsTheAcceptList_data();
    void manifestByDigestNeedsTheAcceptList();
    void indexByTag();
    void headManifest();
    void blobVerifiedAndCapped();
    void referrersFallBackToTheTagSchema();
    void badNamesAreRefusedUnsent();

    // The fake server: what a registry should never do.
    void manifestDigestMismatchRefused();
    void blobDigestMismatchRefused();
    void headerDigestDisagreementIsAWarning();
    void manifestOverFourMiBRefused();
    void redirectToAnotherOriginRefused();
    void malformedChallenge();
    void plainHttpRealmOnAnotherHostRefused();
    void tokenOverPlainHttpToRemoteRefused();
    void referrersApiAndHarborsEmptyObject();
    void tokenDanceSharesOneFetch();

    // harbor-sim in front of a docker-registry: Harbor's /v2/ authorisation.
    void harborAnonymousTokenDance();
    void harborRobotBasicPreemptive();
    void harborRobotWithoutPullIsNotPermitted();

private:
    RegistryServer m_registry;
    RegistryServer m_backend; // behind harbor-sim
    SimServer m_sim;
    bool m_simReady = false;
    QString m_simError;
    Content m_content;
    const QString m_repo = QStringLiteral("test/app");
};

void TstRegistryClient::initTestCase()
{
    QVERIFY2(m_registry.start(), qPrintable(m_registry.errorString()));
    QVERIFY(m_content.pushAll(m_registry.url(), m_repo));

    // harbor-sim with a backend: pushed through it as Harbor's admin, so it records them.
    if (!m_backend.start()) {
        m_simError = m_backend.errorString();
        return;
    }
    if (!m_sim.start({QStringLiteral("--registry-backend"), m_backend.url().toString(),
            QStringLiteral("--auth-fail-delay"), QStringLiteral("0")})) {
        m_simError = m_sim.errorString();
        return;
    }
    const QByteArray admin = basicHeader(SimAccounts::kAdmin, SimAccounts::kAdminPassword);
    m_simReady = m_content.pushAll(m_sim.url(), QStringLiteral("library/app"), admin)
        && m_content.pushAll(m_sim.url(), QStringLiteral("team-b/app"), admin);
    if (!m_simReady)
        m_simError = QStringLiteral("pushing through harbor-sim failed");
}

void TstRegistryClient::cleanupTestCase()
{
    m_sim.stop();
    m_backend.stop();
    m_registry.stop();
}

// ---------------------------------------------------------------------------------------------
// A real distribution registry

void TstRegistryClient::manifestByTag_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mediaType");
    QTest::newRow("OCI manifest") << "oci" << m_content.oci << QString::fromLatin1(OciMediaType::OciManifest);
    QTest::newRow("Docker schema 2") << "docker" << m_content.docker
                                     << QString::fromLatin1(OciMediaType::DockerManifest);
}

void TstRegistryClient::manifestByTag()
{
    QFETCH(QString, tag);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mediaType);
    ApiTransport transport(settingsFor(m_registry.url()));
    RegistryClient client(&transport);
    const auto r
        = run<RegistryClient::FetchedManifest>([&](auto done) { return client.manifest(m_repo, tag, nullptr, done); });
    QVERIFY2(r.called && !r.error.isError(), qPrintable(r.error.summary()));
    QCOMPARE(r.value.bytes, bytes);
    QCOMPARE(r.value.digest, sha256Digest(bytes));
    QCOMPARE(r.value.headerDigest, sha256Digest(bytes));
    QVERIFY(r.value.warning.isEmpty());
    QCOMPARE(r.value.manifest.kind, OciManifest::Kind::Image);
    QCOMPARE(r.value.manifest.mediaType, mediaType);
    QCOMPARE(r.value.manifest.config.digest, sha256Digest(m_content.config));
    QCOMPARE(r.value.manifest.layers.size(), 1);
    QCOMPARE(r.value.manifest.layers.first().size, qint64(m_content.layer.size()));
    QCOMPARE(r.requests, 1); // no auth on this registry: one request, no challenge
}

void TstRegistryClient::manifestByDigestNeedsTheAcceptList_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("OCI manifest") << m_content.oci;
    QTest::newRow("Docker schema 2") << m_content.docker;
    QTest::newRow("OCI index") << m_content.index;
}

void TstRegistryClient::manifestByDigestNeedsTheAcceptList()
{
    QFETCH(QByteArray, bytes);
    const QString digest = sha256Digest(bytes);
    ApiTransport transport(settingsFor(m_registry.url()));
    RegistryClient client(&transport);
    const auto r = run<RegistryClient::FetchedManifest>(
        [&](auto done) { return client.manifest(m_repo, digest, nullptr, done); });
    QVERIFY2(r.called && !r.error.isError(), qPrintable(r.error.summary()));
    QCOMPARE(r.value.bytes, bytes);
    QCOMPARE(r.value.digest, digest);
    // The registry serves OCI types only to a client that lists them, by digest too
    // (distribution registry/handlers/manifests.go): without the Accept list this fails.
    if (!bytes.contains("vnd.docker.distribution")) {
        const HttpAnswer bare
            = http("GET", m_registry.url().resolved(QUrl(QStringLiteral("/v2/%1/manifests/%2").arg(m_repo, digest))),
                {}, {{"Accept", "application/json"}});
        QCOMPARE(bare.status, 404);
    }
}

void TstRegistryClient::indexByTag()
{
    ApiTransport transport(settingsFor(m_registry.url()));
    RegistryClient client(&transport);
    const auto r = run<RegistryClient::FetchedManifest>(
        [&](auto done) { return client.manifest(m_repo, QStringLiteral("index"), nullptr, done); });
    QVERIFY2(!r.error.isError(), qPrintable(r.error.summary()));
    QCOMPARE(r.value.manifest.kind, OciManifest::Kind::Index);
    QCOMPARE(r.value.manifest.manifests.size(), 1);
    QCOMPARE(r.value.manifest.manifests.first().digest, sha256Digest(m_content.oci));
    QCOMPARE(r.value.manifest.manifests.first().platform->toString(), QStringLiteral("linux/amd64"));
}

void TstRegistryClient::headManifest()
{
    ApiTransport transport(settingsFor(m_registry.url()));
    RegistryClient client(&transport);
    const auto r = run<RegistryClient::ManifestHead>(
        [&](auto done) { return client.headManifest(m_repo, QStringLiteral("docker"), nullptr, done); });
    QVERIFY2(!r.error.isError(), qPrintable(r.error.summary()));
    QCOMPARE(r.value.digest, sha256Digest(m_content.docker));
    QCOMPARE(r.value.size, qint64(m_content.docker.size()));
    QCOMPARE(r.value.mediaType, QString::fromLatin1(OciMediaType::DockerManifest));
}

void TstRegistryClient::blobVerifiedAndCapped()
{
    ApiTransport transport(settingsFor(m_registry.url()));
    RegistryClient client(&transport);
    const auto r = run<QByteArray>(
        [&](auto done) { return client.blob(m_repo, sha256Digest(m_content.config), kMaxConfigBytes, nullptr, done); });
    QVERIFY2(!r.error.isError(), qPrintable(r.error.summary()));
    QCOMPARE(r.value, m_content.config);

    const auto capped = run<QByteArray>(
        [&](auto done) { return client.blob(m_repo, sha256Digest(m_content.layer), 100, nullptr, done); });
    QCOMPARE(capped.error.kind, ApiError::Kind::BadResponse);
    QVERIFY2(capped.error.detail.contains(QLatin1String("100 bytes")), qPrintable(capped.error.detail));
    QVERIFY(capped.value.isEmpty());
}

void TstRegistryClient::referrersFallBackToTheTagSchema()
{
    ApiTransport transport(settingsFor(m_registry.url()));
    RegistryClient client(&transport);
    const auto r = run<QList<OciDescriptor>>(
        [&](auto done) { return client.referrers(m_repo, sha256Digest(m_content.oci), nullptr, done); });
    QVERIFY2(!r.error.isError(), qPrintable(r.error.summary()));
    QCOMPARE(r.value.size(), 1);
    QCOMPARE(r.value.first().digest, sha256Digest(m_content.signature));
    QCOMPARE(r.value.first().artifactType, QStringLiteral("application/vnd.example.signature"));
    QCOMPARE(client.requestsSent(), 2); // the API (404 on 2.8), then the tag

    // No fallback tag: no referrers, and no error.
    const auto none = run<QList<OciDescriptor>>(
        [&](auto done) { return client.referrers(m_repo, sha256Digest(m_content.docker), nullptr, done); });
    QVERIFY2(!none.error.isError(), qPrintable(none.error.summary()));
    QVERIFY(none.value.isEmpty());
}

void TstRegistryClient::badNamesAreRefusedUnsent()
{
    FakeRegistry fake;
    QVERIFY(fake.listen());
    ApiTransport transport(settingsFor(fake.url()));
    RegistryClient client(&transport);
    const QStringList badRepos {QStringLiteral("../x"), QStringLiteral("A/b"), QStringLiteral("a//b"), QString()};
    for (const QString &repo : badRepos) {
        const auto r = run<RegistryClient::FetchedManifest>(
            [&](auto done) { return client.manifest(repo, QStringLiteral("v1"), nullptr, done); });
        QCOMPARE(r.error.kind, ApiError::Kind::UnsafeRequest);
    }
    const auto badRef = run<QByteArray>(
        [&](auto done) { return client.blob(QStringLiteral("a/b"), QStringLiteral("sha256:zz"), 10, nullptr, done); });
    QCOMPARE(badRef.error.kind, ApiError::Kind::UnsafeRequest);
    QVERIFY(fake.requests.isEmpty());
}

// ---------------------------------------------------------------------------------------------
// The fake server

void TstRegistryClient::manifestDigestMismatchRefused()
{
    FakeRegistry fake;
    QVERIFY(fake.listen());
    const QByteArray wrong = m_content.docker;
    fake.setHandler([&](const FakeRequest &) {
        return FakeResponse {200, {{"Content-Type", OciMediaType::DockerManifest}}, wrong};
    });
    ApiTransport transport(settingsFor(fake.url()));
    RegistryClient client(&transport);
    const QString asked = sha256Digest(m_content.oci);
    const auto r = run<RegistryClient::FetchedManifest>(
        [&](auto done) { return client.manifest(QStringLiteral("x/app"), asked, nullptr, done); });
    QCOMPARE(r.error.kind, ApiError::Kind::DigestMismatch);
    QCOMPARE(ApiError::kindName(r.error.kind), QStringLiteral("digest_mismatch"));
    QVERIFY2(r.error.detail.contains(asked), qPrintable(r.error.detail));
    QVERIFY2(r.error.detail.contains(sha256Digest(wrong)), qPrintable(r.error.detail));
    QVERIFY(r.value.bytes.isEmpty()); // refused, not handed on
    // The Accept list went out as one header with every manifest type.
    QCOMPARE(fake.requests.size(), 1);
    QCOMPARE(fake.requests.first().header("Accept"), OciMediaType::manifestAcceptHeader());
}

void TstRegistryClient::blobDigestMismatchRefused()
{
    FakeRegistry fake;
    QVERIFY(fake.listen());
    fake.setHandler([&](const FakeRequest &) { return FakeResponse {200, {}, m_content.layer}; });
    ApiTransport transport(settingsFor(fake.url()));
    RegistryClient client(&transport);
    const QString asked = sha256Digest(m_content.config);
    const auto r = run<QByteArray>(
        [&](auto done) { return client.blob(QStringLiteral("x/app"), asked, kMaxConfigBytes, nullptr, done); });
    QCOMPARE(r.error.kind, ApiError::Kind::DigestMismatch);
    QVERIFY2(r.error.detail.contains(asked), qPrintable(r.error.detail));
    QVERIFY(r.value.isEmpty());
}

void TstRegistryClient::headerDigestDisagreementIsAWarning()
{
    FakeRegistry fake;
    QVERIFY(fake.listen());
    const QByteArray claimed = sha256Digest(m_content.docker).toLatin1();
    fake.setHandler([&](const FakeRequest &) {
        return FakeResponse {
            200, {{"Content-Type", OciMediaType::OciManifest}, {"Docker-Content-Digest", claimed}}, m_content.oci};
    });
    ApiTransport transport(settingsFor(fake.url()));
    RegistryClient client(&transport);
    const auto r = run<RegistryClient::FetchedManifest>(
        [&](auto done) { return client.manifest(QStringLiteral("x/app"), QStringLiteral("v1"), nullptr, done); });
    QVERIFY2(!r.error.isError(), qPrintable(r.error.summary()));
    QCOMPARE(r.value.digest, sha256Digest(m_content.oci)); // the bytes' digest wins
    QCOMPARE(r.value.headerDigest, QString::fromLatin1(claimed));
    QVERIFY(r.value.warning.contains(QString::fromLatin1(claimed)));
}

void TstRegistryClient::manifestOverFourMiBRefused()
{
    FakeRegistry fake;
    QVERIFY(fake.listen());
    // A valid manifest whose annotation makes it 4 MiB + 1 KiB.
    QJsonObject big = QJsonDocument::fromJson(m_content.oci).object();
    big.insert(QStringLiteral("annotations"),
        QJsonObject {{QStringLiteral("padding"), QString(int(kMaxManifestBytes) + 1024, QLatin1Char('x'))}});
    const QByteArray body = compact(big);
    fake.setHandler([&](const FakeRequest &) {
        return FakeResponse {200, {{"Content-Type", OciMediaType::OciManifest}}, body};
    });
    ApiTransport transport(settingsFor(fake.url()));
    RegistryClient client(&transport);
    const auto r = run<RegistryClient::FetchedManifest>(
        [&](auto done) { return client.manifest(QStringLiteral("x/app"), QStringLiteral("big"), nullptr, done); });
    QCOMPARE(r.error.kind, ApiError::Kind::BadResponse);
    // Refused by the transport's cap while reading (not read whole, then refused by the parser).
    QVERIFY2(r.error.transportMessage.contains(QLatin1String("4 MiB")), qPrintable(r.error.transportMessage));
}

void TstRegistryClient::redirectToAnotherOriginRefused()
{
    FakeRegistry elsewhere;
    QVERIFY(elsewhere.listen());
    FakeRegistry fake;
    QVERIFY(fake.listen());
    const QByteArray target = elsewhere.url().resolved(QUrl(QStringLiteral("/blob"))).toEncoded();
    fake.setHandler([&](const FakeRequest &) { return FakeResponse {307, {{"Location", target}}, {}}; });
    // With credentials: a redirect must never carry them to another origin (same host, other port).
    ApiTransport transport(settingsFor(fake.url(), SimAccounts::kReader, SimAccounts::kReaderSecret));
    RegistryClient client(&transport);
    const auto r = run<QByteArray>([&](auto done) {
        return client.blob(QStringLiteral("x/app"), sha256Digest(m_content.config), 1000, nullptr, done);
    });
    QCOMPARE(r.error.kind, ApiError::Kind::RedirectRefused);
    QCOMPARE(r.error.redirectRefused, QUrl::fromEncoded(target));
    QVERIFY(elsewhere.requests.isEmpty());
}

void TstRegistryClient::malformedChallenge()
{
    FakeRegistry fake;
    QVERIFY(fake.listen());
    fake.setHandler([&](const FakeRequest &) {
        return FakeResponse {401, {{"WWW-Authenticate", "Bearer realm=\"http://127.0.0.1/token"}}, "{}"};
    });
    ApiTransport transport(settingsFor(fake.url()));
    RegistryClient client(&transport);
    const auto r = run<RegistryClient::FetchedManifest>(
        [&](auto done) { return client.manifest(QStringLiteral("x/app"), QStringLiteral("v1"), nullptr, done); });
    QCOMPARE(r.error.kind, ApiError::Kind::BadResponse);
    QCOMPARE(r.error.registryDenial, ApiError::RegistryDenial::ChallengeMalformed);
    QVERIFY2(r.error.detail.contains(QLatin1String("WWW-Authenticate")), qPrintable(r.error.detail));
    QCOMPARE(fake.requests.size(), 1); // no token request, no retry
}

// "Another host" in these two tests is 0.0.0.0: not a loopback name to Berth (so the rules apply),
// yet a connection to it stays on this machine (Linux reaches the local host), where the
// `elsewhere` server would see any request that slipped through.
void TstRegistryClient::plainHttpRealmOnAnotherHostRefused()
{
    FakeRegistry elsewhere;
    QVERIFY(elsewhere.listen());
    FakeRegistry fake;
    QVERIFY(fake.listen());
    const QByteArray realm = "http://0.0.0.0:" + QByteArray::number(elsewhere.url().port()) + "/token";
    fake.setHandler([&](const FakeRequest &) {
        return FakeResponse {401,
            {{"WWW-Authenticate", "Bearer realm=\"" + realm + "\",service=\"reg\",scope=\"repository:x/app:pull\""}},
            "{}"};
    });
    ApiTransport transport(settingsFor(fake.url(), SimAccounts::kReader, SimAccounts::kReaderSecret));
    RegistryClient client(&transport);
    const auto r = run<RegistryClient::FetchedManifest>(
        [&](auto done) { return client.manifest(QStringLiteral("x/app"), QStringLiteral("v1"), nullptr, done); });
    QCOMPARE(r.error.kind, ApiError::Kind::InsecureTransport);
    QCOMPARE(r.error.registryDenial, ApiError::RegistryDenial::RealmRefused);
    QCOMPARE(r.error.realm.host(), QStringLiteral("0.0.0.0"));
    QVERIFY2(r.error.transportMessage.contains(QLatin1String("0.0.0.0")), qPrintable(r.error.transportMessage));
    QCOMPARE(r.error.registryScope, QStringLiteral("repository:x/app:pull"));
    QCOMPARE(fake.requests.size(), 1);
    QVERIFY(elsewhere.requests.isEmpty());
    QCOMPARE(client.auth()->fetches(), 0);
}

void TstRegistryClient::tokenOverPlainHttpToRemoteRefused()
{
    // The transport rule holds for a token as for Basic, on an anonymous profile too.
    FakeRegistry elsewhere;
    QVERIFY(elsewhere.listen());
    const QUrl remote(QStringLiteral("http://0.0.0.0:%1/").arg(elsewhere.url().port()));
    ApiTransport transport(settingsFor(remote));
    ApiRequest req;
    req.url = remote.resolved(QUrl(QStringLiteral("/v2/")));
    req.authorization = "Bearer not-a-real-token";
    ApiJob *job = transport.send(req);
    QSignalSpy spy(job, &ApiJob::finished);
    QVERIFY(spy.wait(10000));
    QCOMPARE(job->error().kind, ApiError::Kind::InsecureTransport);
    QCOMPARE(job->error().authScheme, QStringLiteral("bearer"));
    QVERIFY(elsewhere.requests.isEmpty());
}

void TstRegistryClient::referrersApiAndHarborsEmptyObject()
{
    FakeRegistry fake;
    QVERIFY(fake.listen());
    QByteArray answer = m_content.referrersIndex;
    fake.setHandler([&](const FakeRequest &req) {
        if (req.target.contains("/referrers/"))
            return FakeResponse {200, {{"Content-Type", OciMediaType::OciIndex}}, answer};
        return FakeResponse {500, {}, "the fallback tag must not be read"};
    });
    ApiTransport transport(settingsFor(fake.url()));
    RegistryClient client(&transport);
    const QString subject = sha256Digest(m_content.oci);
    auto r = run<QList<OciDescriptor>>(
        [&](auto done) { return client.referrers(QStringLiteral("x/app"), subject, nullptr, done); });
    QVERIFY2(!r.error.isError(), qPrintable(r.error.summary()));
    QCOMPARE(r.value.size(), 1);
    QCOMPARE(r.value.first().artifactType, QStringLiteral("application/vnd.example.signature"));
    // Harbor 2.8-2.10 for a subject without referrers.
    answer = "{}";
    r = run<QList<OciDescriptor>>(
        [&](auto done) { return client.referrers(QStringLiteral("x/app"), subject, nullptr, done); });
    QVERIFY2(!r.error.isError(), qPrintable(r.error.summary()));
    QVERIFY(r.value.isEmpty());
    QCOMPARE(fake.requests.size(), 2);
}

void TstRegistryClient::tokenDanceSharesOneFetch()
{
    FakeRegistry fake;
    QVERIFY(fake.listen());
    int tokens = 0;
    const QByteArray realm = fake.url().resolved(QUrl(QStringLiteral("/token"))).toEncoded();
    fake.setHandler([&](const FakeRequest &req) {
        if (req.target.startsWith("/token")) {
            ++tokens;
            return FakeResponse {200, {{"Content-Type", "application/json"}},
                R"({"token":"tok-)" + QByteArray::number(tokens) + R"(","expires_in":300})"};
        }
        if (req.header("Authorization") != "Bearer tok-1")
            return FakeResponse {401,
                {{"WWW-Authenticate",
                    "Bearer realm=\"" + realm + "\",service=\"fake\",scope=\"repository:x/app:pull\""}},
                "{}"};
        return FakeResponse {200, {{"Content-Type", OciMediaType::OciManifest}}, m_content.oci};
    });
    ApiTransport transport(settingsFor(fake.url()));
    RegistryClient client(&transport);
    // Two at once: both challenged, one token fetched for both.
    auto a = std::make_shared<Outcome<RegistryClient::FetchedManifest>>();
    auto b = std::make_shared<Outcome<RegistryClient::FetchedManifest>>();
    for (const auto &o : {a, b})
        client.manifest(QStringLiteral("x/app"), QStringLiteral("v1"), nullptr,
            [o](const RegistryClient::FetchedManifest &m, const ApiError &e) {
                o->value = m;
                o->error = e;
                o->called = true;
            });
    QTRY_VERIFY_WITH_TIMEOUT(a->called && b->called, 20000);
    QVERIFY2(!a->error.isError(), qPrintable(a->error.summary()));
    QVERIFY2(!b->error.isError(), qPrintable(b->error.summary()));
    QCOMPARE(tokens, 1);
    QCOMPARE(client.auth()->fetches(), 1);
    // The token request carried the service and the challenged scope, and no credentials
    // (anonymous profile).
    for (const FakeRequest &req : std::as_const(fake.requests)) {
        if (!req.target.startsWith("/token"))
            continue;
        const QUrlQuery q(QUrl::fromEncoded(req.target).query());
        QCOMPARE(q.queryItemValue(QStringLiteral("service"), QUrl::FullyDecoded), QStringLiteral("fake"));
        QCOMPARE(
            q.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded), QStringLiteral("repository:x/app:pull"));
        QVERIFY(req.header("Authorization").isEmpty());
    }
    // Later: the cached token goes out at once, one request.
    const auto c = run<RegistryClient::FetchedManifest>(
        [&](auto done) { return client.manifest(QStringLiteral("x/app"), QStringLiteral("v1"), nullptr, done); });
    QVERIFY2(!c.error.isError(), qPrintable(c.error.summary()));
    QCOMPARE(c.requests, 1);
    QCOMPARE(tokens, 1);
}

// ---------------------------------------------------------------------------------------------
// harbor-sim in front of a docker-registry

void TstRegistryClient::harborAnonymousTokenDance()
{
    if (!m_simReady)
        QFAIL(qPrintable(m_simError));
    ApiTransport transport(settingsFor(m_sim.url()));
    RegistryClient client(&transport);
    // library is public, yet an anonymous HEAD is challenged (goharbor/harbor#11271): the client
    // fetches an anonymous token and retries.
    const auto head = run<RegistryClient::ManifestHead>([&](auto done) {
        return client.headManifest(QStringLiteral("library/app"), QStringLiteral("oci"), nullptr, done);
    });
    QVERIFY2(!head.error.isError(), qPrintable(head.error.summary()));
    QCOMPARE(head.value.digest, sha256Digest(m_content.oci));
    QCOMPARE(head.requests, 2); // challenged, then with the token
    QCOMPARE(client.auth()->fetches(), 1);
    // Same scope: the cached token goes out at once.
    const auto r = run<RegistryClient::FetchedManifest>(
        [&](auto done) { return client.manifest(QStringLiteral("library/app"), head.value.digest, nullptr, done); });
    QVERIFY2(!r.error.isError(), qPrintable(r.error.summary()));
    QCOMPARE(r.value.bytes, m_content.oci);
    QCOMPARE(r.requests, 1);
    QCOMPARE(r.error.authScheme, QStringLiteral("bearer"));
    QCOMPARE(client.auth()->fetches(), 1);

    // A private project: the anonymous token grants nothing there.
    const auto denied = run<RegistryClient::FetchedManifest>(
        [&](auto done) { return client.manifest(QStringLiteral("team-b/app"), QStringLiteral("oci"), nullptr, done); });
    QCOMPARE(denied.error.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(denied.error.registryScope, QStringLiteral("repository:team-b/app:pull"));
}

void TstRegistryClient::harborRobotBasicPreemptive()
{
    if (!m_simReady)
        QFAIL(qPrintable(m_simError));
    ApiTransport transport(settingsFor(m_sim.url(), SimAccounts::kTeamB, SimAccounts::kTeamBSecret));
    RegistryClient client(&transport);
    const auto r = run<RegistryClient::FetchedManifest>([&](auto done) {
        return client.manifest(QStringLiteral("team-b/app"), QStringLiteral("docker"), nullptr, done);
    });
    QVERIFY2(!r.error.isError(), qPrintable(r.error.summary()));
    QCOMPARE(r.value.digest, sha256Digest(m_content.docker));
    QCOMPARE(r.requests, 1); // Harbor accepts robot Basic on /v2/: no challenge, no token
    QCOMPARE(client.auth()->fetches(), 0);
    const auto refs = run<QList<OciDescriptor>>([&](auto done) {
        return client.referrers(QStringLiteral("team-b/app"), sha256Digest(m_content.oci), nullptr, done);
    });
    QVERIFY2(!refs.error.isError(), qPrintable(refs.error.summary()));
}

void TstRegistryClient::harborRobotWithoutPullIsNotPermitted()
{
    if (!m_simReady)
        QFAIL(qPrintable(m_simError));
    // team-a's reader lists and reads team-a only: on team-b it may not pull. Harbor says 401 with a
    // Basic challenge, not 403 (src/server/middleware/v2auth/auth.go).
    ApiTransport transport(settingsFor(m_sim.url(), SimAccounts::kReader, SimAccounts::kReaderSecret));
    RegistryClient client(&transport);
    const auto r = run<RegistryClient::FetchedManifest>(
        [&](auto done) { return client.manifest(QStringLiteral("team-b/app"), QStringLiteral("oci"), nullptr, done); });
    QCOMPARE(r.error.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(r.error.registryDenial, ApiError::RegistryDenial::NotPermitted);
    QCOMPARE(ApiError::denialName(r.error.registryDenial), QStringLiteral("not_permitted"));
    QCOMPARE(r.error.registryScope, QStringLiteral("repository:team-b/app:pull"));
    QCOMPARE(r.error.registryAction, QStringLiteral("pull"));
    QCOMPARE(r.error.username, SimAccounts::kReader);
    QCOMPARE(r.error.authScheme, QStringLiteral("basic"));
    QCOMPARE(client.auth()->fetches(), 0);
}

QTEST_GUILESS_MAIN(TstRegistryClient)
#include "tst_registryclient.moc"
