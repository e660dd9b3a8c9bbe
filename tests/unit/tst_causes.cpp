// The cause and action types behind every diagnosis: each cause has its own stable id, the id
// reads back as the same cause, and the one wording table has words for it. The ids are a
// contract (--json output, the action journal, scripts), so they are pinned here one by one.
#include "api/HarborClient.h"
#include "credentials/Profile.h"
#include "diagnosis/DiagnosisContextBuilder.h"
#include "diagnosis/ErrorPresenter.h"
#include "diagnosis/ProbeRunner.h"

#include <QSet>
#include <QTest>

using namespace berth;

Q_DECLARE_METATYPE(berth::Cause)
Q_DECLARE_METATYPE(berth::DiagnosisAction)
Q_DECLARE_METATYPE(berth::CredentialVerdict::State)

class TestCauses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCause_data()
    {
        QTest::addColumn<Cause>("cause");
        for (const Cause c : allCauses())
            QTest::newRow(qPrintable(causeId(c))) << c;
    }

    // Round trip, and words from the table for a request that failed in an ordinary way.
    void everyCause()
    {
        QFETCH(Cause, cause);
        const QString id = causeId(cause);
        QVERIFY(!id.isEmpty());
        const std::optional<Cause> back = causeFromId(id);
        QVERIFY2(back.has_value(), qPrintable(id));
        QCOMPARE(int(*back), int(cause));
        QCOMPARE(causeId(*back), id);

        ApiError e;
        e.kind = ApiError::Kind::HttpOther;
        e.httpStatus = 400;
        e.method = "DELETE";
        e.url = QUrl(QStringLiteral("https://h/api/v2.0/projects/p/repositories/r/artifacts/v1/tags/v1"));
        e.username = QStringLiteral("robot$p+ci");
        DiagnosisContext c;
        c.decidedCause = cause;
        const Diagnosis d = ErrorPresenter::present(e, c);
        QCOMPARE(int(d.cause), int(cause));
        QVERIFY2(!d.title.isEmpty(), qPrintable(id));
        QVERIFY2(!d.actions.isEmpty() && d.actions.first() == DiagnosisAction::CopyDetails, qPrintable(id));
        QVERIFY(ErrorPresenter::terminalText(e, d).startsWith(id + QStringLiteral(": ")));
        // Nothing was listed with these credentials here, so no cause may say listing worked.
        QVERIFY2(!d.explanation.contains(QStringLiteral("listing worked")), qPrintable(id));
    }

    void idsAreDistinct()
    {
        QSet<QString> seen;
        for (const Cause c : allCauses()) {
            QVERIFY2(!seen.contains(causeId(c)), qPrintable(causeId(c)));
            seen.insert(causeId(c));
        }
        QCOMPARE(seen.size(), allCauses().size());
    }

    // The ids as the README and berthctl(1) list them: adding is fine, renaming never.
    void idsArePinned_data()
    {
        QTest::addColumn<Cause>("cause");
        QTest::addColumn<QString>("id");
        const QList<QPair<Cause, const char *>> ids {{Cause::NoCredentials, "no_credentials"},
            {Cause::KeyringLocked, "keyring_locked"}, {Cause::TokenAsSecret, "token_as_secret"},
            {Cause::RobotPrefixMissing, "robot_prefix_missing"}, {Cause::ShellExpandedName, "shell_expanded_name"},
            {Cause::CredentialsRejected, "credentials_rejected"}, {Cause::OidcPassword, "oidc_password"},
            {Cause::RedirectWithheld, "redirect_withheld"}, {Cause::HeaderStripped, "header_stripped"},
            {Cause::BearerIgnored, "bearer_ignored"}, {Cause::CookieCsrf, "cookie_csrf"},
            {Cause::PermissionMissing, "permission_missing"}, {Cause::WrongProject, "wrong_project"},
            {Cause::ReadOnly, "read_only"}, {Cause::AlreadyDeleted, "already_deleted"}, {Cause::TagMoved, "tag_moved"},
            {Cause::BadEncoding, "bad_encoding"}, {Cause::ImmutableTag, "immutable_tag"},
            {Cause::ReferencedByIndex, "referenced_by_index"}, {Cause::Validation, "validation"},
            {Cause::RateLimited, "rate_limited"}, {Cause::ServerError, "server_error"},
            {Cause::ProxyError, "proxy_error"}, {Cause::BadResponse, "bad_response"},
            {Cause::TlsUntrusted, "tls_untrusted"}, {Cause::TlsProtocolVersion, "tls_protocol_version"},
            {Cause::Timeout, "timeout"}, {Cause::Network, "network"}, {Cause::PlainHttpRefused, "plain_http_refused"},
            {Cause::InvalidRef, "invalid_ref"}, {Cause::Cancelled, "cancelled"}, {Cause::Unknown, "unknown"},
            {Cause::NoProblemFound, "no_problem_found"}, {Cause::ProbeRefused, "probe_refused"},
            {Cause::DigestMismatch, "digest_mismatch"}, {Cause::PullNotPermitted, "pull_not_permitted"},
            {Cause::RealmRefused, "realm_refused"}, {Cause::TagDeleteUnsupported, "tag_delete_unsupported"},
            {Cause::RegistryDeleteDisabled, "registry_delete_disabled"}, {Cause::CatalogDenied, "catalog_denied"},
            {Cause::TokenServiceUnreachable, "token_service_unreachable"}, {Cause::TokenDenied, "token_denied"},
            {Cause::TagExists, "tag_exists"}, {Cause::QuotaExceeded, "quota_exceeded"},
            {Cause::ProxyCacheProject, "proxy_cache_project"}, {Cause::UndoBlobsCollected, "undo_blobs_collected"}};
        for (const auto &[cause, id] : ids)
            QTest::newRow(id) << cause << QString::fromLatin1(id);
        QCOMPARE(ids.size(), allCauses().size());
    }

    void idsArePinned()
    {
        QFETCH(Cause, cause);
        QFETCH(QString, id);
        QCOMPARE(causeId(cause), id);
    }

    void unknownIdsReadAsNothing()
    {
        QVERIFY(!causeFromId(QString()).has_value());
        QVERIFY(!causeFromId(QStringLiteral("changed_since_plan")).has_value());
        QVERIFY(!causeFromId(QStringLiteral("No_Credentials")).has_value());
    }

    // The dialog's buttons are named after these ids ("retryButton", ...).
    void actionIds_data()
    {
        QTest::addColumn<DiagnosisAction>("action");
        QTest::addColumn<QString>("id");
        QTest::newRow("copy") << DiagnosisAction::CopyDetails << "copy_details";
        QTest::newRow("edit") << DiagnosisAction::EditCredentials << "edit_credentials";
        QTest::newRow("retry") << DiagnosisAction::Retry << "retry";
        QTest::newRow("anonymous") << DiagnosisAction::ContinueAnonymously << "continue_anonymously";
        QTest::newRow("refresh") << DiagnosisAction::Refresh << "refresh";
        QTest::newRow("trust") << DiagnosisAction::TrustCertificate << "trust_certificate";
    }

    void actionIds()
    {
        QFETCH(DiagnosisAction, action);
        QFETCH(QString, id);
        QCOMPARE(actionId(action), id);
    }

    // The one builder: what the profile says, what the request was for, and a fresh verdict.
    void contextFromFacts_data()
    {
        QTest::addColumn<int>("kind"); // AccountKind, or -1 for no profile
        QTest::addColumn<QString>("username");
        QTest::addColumn<CredentialVerdict::State>("verdict");
        QTest::addColumn<bool>("expected");
        QTest::addColumn<int>("usersCurrent");
        using S = CredentialVerdict::State;
        QTest::newRow("robot profile, accepted") << int(AccountKind::Robot) << "" << S::AcceptedRobot << true << 412;
        QTest::newRow("user profile, accepted") << int(AccountKind::User) << "" << S::AcceptedUser << true << 200;
        QTest::newRow("robot profile, rejected") << int(AccountKind::Robot) << "" << S::Rejected << true << 401;
        QTest::newRow("anonymous profile") << int(AccountKind::Anonymous) << "" << S::Anonymous << false << 0;
        QTest::newRow("--user without a profile") << -1 << "robot$p+ci" << S::Unknown << true << 0;
        QTest::newRow("--url alone") << -1 << "" << S::Unknown << false << 0;
    }

    void contextFromFacts()
    {
        QFETCH(int, kind);
        QFETCH(QString, username);
        QFETCH(CredentialVerdict::State, verdict);
        QFETCH(bool, expected);
        QFETCH(int, usersCurrent);
        std::optional<Profile> profile;
        const QDateTime expiry = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        if (kind >= 0) {
            profile = Profile {};
            profile->kind = AccountKind(kind);
            profile->robotExpiresAt = expiry;
        }
        const DiagnosisContext facts = credentialFacts(profile, username);
        QCOMPARE(facts.credentialsExpected, expected);
        QCOMPARE(facts.robotExpiresAt, profile ? expiry : QDateTime());

        CredentialVerdict v;
        v.state = verdict;
        const DiagnosisContext c = diagnosisContext(facts, QStringLiteral("team-a"), QStringLiteral("tag:delete"), &v);
        QCOMPARE(c.credentialsExpected, expected);
        QCOMPARE(c.targetProject, QStringLiteral("team-a"));
        QCOMPARE(c.neededPermission, QStringLiteral("tag:delete"));
        QCOMPARE(c.usersCurrentStatus, usersCurrent);
        // Without a verdict (the window's may be old), nothing is assumed about users/current.
        QCOMPARE(diagnosisContext(facts, QStringLiteral("team-a")).usersCurrentStatus, 0);
        // Nor that anything was listed: only the caller that listed rows may say so.
        QVERIFY(!c.listedWithTheseCredentials);
        QCOMPARE(c.projectStatus, 0);
    }

    // What the probes found reaches the context the words are chosen from.
    void probeResultsReachTheContext()
    {
        DiagnosisContext c;
        c.listedWithTheseCredentials = true;
        ProbeRunner::Results r;
        r.usersCurrentStatus = 401;
        r.projectStatus = 401;
        ProbeRunner::apply(r, c);
        QCOMPARE(c.usersCurrentStatus, 401);
        QCOMPARE(c.projectStatus, 401);
        QVERIFY(c.listedWithTheseCredentials);
        ProbeRunner::apply(ProbeRunner::Results {}, c); // a project not probed leaves what was known
        QCOMPARE(c.projectStatus, 401);
    }
};

QTEST_APPLESS_MAIN(TestCauses)
#include "tst_causes.moc"
