// berthctl's exit codes: the status and kind table, and the diagnosis's refinement where a status
// says less than the cause (Harbor's /v2/ answers 401 where its API would say 403).
#include "cli/ExitCodes.h"

#include <QTest>

using namespace berth;

class TestExitCodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codes_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("cause");
        QTest::addColumn<int>("code");
        using K = ApiError::Kind;
        QTest::newRow("401, credentials rejected") << int(K::Unauthorized) << int(Cause::CredentialsRejected) << 3;
        QTest::newRow("401 on /v2/, no pull") << int(K::Unauthorized) << int(Cause::PullNotPermitted) << 4;
        QTest::newRow("401 on /v2/, another action") << int(K::Unauthorized) << int(Cause::PermissionMissing) << 4;
        QTest::newRow("403, permission missing") << int(K::Forbidden) << int(Cause::PermissionMissing) << 4;
        QTest::newRow("digest mismatch") << int(K::DigestMismatch) << int(Cause::DigestMismatch) << 1;
        QTest::newRow("realm refused") << int(K::InsecureTransport) << int(Cause::RealmRefused) << 7;
        QTest::newRow("404") << int(K::NotFound) << int(Cause::AlreadyDeleted) << 5;
        QTest::newRow("412") << int(K::PreconditionFailed) << int(Cause::ImmutableTag) << 6;
        QTest::newRow("unsafe name") << int(K::UnsafeRequest) << int(Cause::InvalidRef) << 2;
        QTest::newRow("bad response") << int(K::BadResponse) << int(Cause::BadResponse) << 1;
        // A plain registry: distribution's 400 DIGEST_INVALID to a tag delete is a precondition, not a
        // bad request; 401 insufficient_scope is a refusal, not "unauthenticated".
        QTest::newRow("tag delete unsupported, 400") << int(K::Validation) << int(Cause::TagDeleteUnsupported) << 6;
        QTest::newRow("tag delete unsupported, 405")
            << int(K::MethodNotAllowed) << int(Cause::TagDeleteUnsupported) << 6;
        QTest::newRow("deletion disabled") << int(K::MethodNotAllowed) << int(Cause::RegistryDeleteDisabled) << 4;
        QTest::newRow("catalog denied, 401 scope") << int(K::Unauthorized) << int(Cause::CatalogDenied) << 4;
        QTest::newRow("catalog denied, 403") << int(K::Forbidden) << int(Cause::CatalogDenied) << 4;
        QTest::newRow("token denied") << int(K::Unauthorized) << int(Cause::TokenDenied) << 4;
        // Writes: a tag on another digest is a precondition; quota and proxy-cache refusals are refusals.
        QTest::newRow("tag exists") << int(K::PreconditionFailed) << int(Cause::TagExists) << 6;
        QTest::newRow("quota exceeded") << int(K::Forbidden) << int(Cause::QuotaExceeded) << 4;
        QTest::newRow("proxy cache project, 403") << int(K::Forbidden) << int(Cause::ProxyCacheProject) << 4;
        QTest::newRow("proxy cache project, 405") << int(K::MethodNotAllowed) << int(Cause::ProxyCacheProject) << 4;
        QTest::newRow("token service unreachable") << int(K::Network) << int(Cause::TokenServiceUnreachable) << 7;
        QTest::newRow("token service timeout") << int(K::Timeout) << int(Cause::TokenServiceUnreachable) << 7;
        QTest::newRow("token service refuses the credentials")
            << int(K::Unauthorized) << int(Cause::CredentialsRejected) << 3;
    }

    void codes()
    {
        QFETCH(int, kind);
        QFETCH(int, cause);
        QFETCH(int, code);
        ApiError e;
        e.kind = ApiError::Kind(kind);
        QCOMPARE(exitCodeFor(e, Cause(cause)), code);
        // Without a diagnosis, a 401 is always "unauthenticated".
        if (e.kind == ApiError::Kind::Unauthorized)
            QCOMPARE(exitCodeFor(e), 3);
    }
};

QTEST_GUILESS_MAIN(TestExitCodes)
#include "tst_exitcodes.moc"
