// ConnectionFactory: the one way from a profile to a client, for the window, the accounts dialog
// and berthctl. No request is sent: clients are made and looked at, secrets come from an
// in-memory store.
#include "api/HarborClient.h"
#include "connection/ConnectionFactory.h"
#include "credentials/CredentialKey.h"
#include "credentials/InMemoryCredentialStore.h"
#include "credentials/ProfileStore.h"

#include <memory>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace berth;

Q_DECLARE_METATYPE(berth::Profile)

namespace {

const QString kSecret = QStringLiteral("Sup3r-S3cret-Value");
const QString kPin = QStringLiteral("0123456789abcdef").repeated(4);

Profile robot(const QString &user = QStringLiteral("robot$team-a+cleaner"))
{
    Profile p;
    p.name = QStringLiteral("prod");
    p.url = QUrl(QStringLiteral("https://harbor.example.com/"));
    p.kind = AccountKind::Robot;
    p.username = user;
    return p;
}

QString secretOf(const HarborClient *client)
{
    return client->withSecret([](const QString &s) { return s; });
}

} // namespace

class TestConnectionFactory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<InMemoryCredentialStore> m_keychain;
    std::unique_ptr<ConnectionFactory> m_factory;

    Connection openSaved(const Profile &p)
    {
        std::optional<Connection> got;
        m_factory->openWithSavedSecret(p, this, [&](const Connection &c) { got = c; });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, 5000))
            return {};
        return *got;
    }

private Q_SLOTS:
    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("berth.conf")), QSettings::IniFormat);
        m_settings->clear();
        m_profiles = std::make_unique<ProfileStore>(m_settings.get());
        m_keychain = std::make_unique<InMemoryCredentialStore>();
        m_factory = std::make_unique<ConnectionFactory>(m_keychain.get(), m_profiles.get());
    }

    void cleanup()
    {
        m_factory.reset();
        m_keychain.reset();
        m_profiles.reset();
        m_settings.reset();
    }

    // The rules, once for everyone.
    void settingsFor_data()
    {
        QTest::addColumn<Profile>("account");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("pin");
        QTest::newRow("robot") << robot() << "robot$team-a+cleaner" << QString();
        Profile anonymous = robot();
        anonymous.kind = AccountKind::Anonymous; // a name left over in the form is not sent
        QTest::newRow("anonymous kind drops the name") << anonymous << QString() << QString();
        QTest::newRow("blank name is anonymous") << robot(QString()) << QString() << QString();
        Profile pinned = robot();
        QString colons;
        for (int i = 0; i < kPin.size(); i += 2)
            colons += (i ? QStringLiteral(":") : QString()) + kPin.mid(i, 2).toUpper();
        pinned.pinnedSha256 = colons;
        QTest::newRow("pin as openssl prints it") << pinned << "robot$team-a+cleaner" << kPin;
        pinned.pinnedSha256 = QStringLiteral(" %1 ").arg(kPin.toUpper());
        QTest::newRow("pin in upper case with spaces") << pinned << "robot$team-a+cleaner" << kPin;
    }

    void settingsFor()
    {
        QFETCH(Profile, account);
        QFETCH(QString, username);
        QFETCH(QString, pin);
        account.caFile = QStringLiteral("/etc/ssl/extra.pem");
        account.allowPlainHttp = true;
        const ConnectionSettings s = ConnectionFactory::settingsFor(account);
        QCOMPARE(s.baseUrl, account.url);
        QCOMPARE(s.username, username);
        QCOMPARE(s.hasCredentials(), !username.isEmpty());
        QCOMPARE(s.pinnedSha256, pin);
        QCOMPARE(s.caFile, account.caFile);
        QVERIFY(s.allowPlainHttp);
        QVERIFY(s.secret.isEmpty());
        QCOMPARE(s.timeoutMs, ConnectionSettings().timeoutMs);

        ConnectionFactory::Tuning tuning;
        tuning.timeoutMs = 15000;
        tuning.listConcurrency = 2;
        const ConnectionSettings tuned = ConnectionFactory::settingsFor(account, tuning);
        QCOMPARE(tuned.timeoutMs, 15000);
        QCOMPARE(tuned.listConcurrency, 2);
    }

    // A new account is an address and a name; the name says nothing about robot or user
    // (Harbor's robot_name_prefix is configurable): Harbor's users/current answer does.
    void sessionAccount_data()
    {
        QTest::addColumn<QString>("user");
        QTest::newRow("robot$ prefix") << "robot$team-a+cleaner";
        QTest::newRow("a user whose name starts with robot") << "robotics-lead";
        QTest::newRow("another prefix") << "bot$team-a+cleaner";
        QTest::newRow("a user") << "alice";
    }

    void sessionAccount()
    {
        QFETCH(QString, user);
        const QUrl url(QStringLiteral("https://harbor.example.com/"));
        const Profile p = ConnectionFactory::sessionAccount(url, user);
        QCOMPARE(p.kind, ConnectionFactory::sessionAccount(url, QStringLiteral("someone")).kind);
        QVERIFY(p.needsSecret());
        QCOMPARE(p.credentialKey(), credentialKey(user, url));
        QCOMPARE(ConnectionFactory::settingsFor(p).username, user);
        QCOMPARE(ConnectionFactory::sessionAccount(url, QString()).kind, AccountKind::Anonymous);

        const QByteArray robotAnswer
            = R"({"errors":[{"code":"PRECONDITION","message":"get current user not available for security context: robot"}]})";
        QCOMPARE(ConnectionFactory::accountKind(HarborClient::verdictFrom(true, 412, {}, robotAnswer, user)),
            AccountKind::Robot);
        const QByteArray userAnswer = R"({"user_id":3,"username":"alice","sysadmin_flag":false})";
        QCOMPARE(ConnectionFactory::accountKind(HarborClient::verdictFrom(true, 200, {}, userAnswer, user)),
            AccountKind::User);
    }

    // The client holds the only copy of the secret: settings() never shows it.
    void openWithGivenSecret()
    {
        Profile p = robot();
        p.pinnedSha256 = kPin.toUpper();
        const Connection c = ConnectionFactory::open(p, kSecret, this);
        QVERIFY(c.ok());
        QVERIFY(c.caFileProblem.isEmpty());
        QVERIFY(!c.secretFailure);
        QCOMPARE(c.client->parent(), this);
        QCOMPARE(c.client->settings().username, p.username);
        QCOMPARE(c.client->settings().pinnedSha256, kPin);
        QVERIFY(c.client->settings().secret.isEmpty());
        QCOMPARE(secretOf(c.client), kSecret);
        QVERIFY(c.hints.isEmpty());
        delete c.client;
    }

    // What checkCredentials says of the secret comes back, without the secret.
    void hintsNeverQuoteTheSecret()
    {
        const QString token = QStringLiteral("Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln");
        const Connection c = ConnectionFactory::open(robot(), token, this);
        QVERIFY(c.ok());
        bool tokenHint = false;
        for (const CredentialHint &h : c.hints) {
            tokenHint = tokenHint || h.kind == HintKind::TokenAsSecret;
            QVERIFY(!h.message.contains(QStringLiteral("eyJ")));
            QVERIFY(!h.suggestion.contains(QStringLiteral("eyJ")));
        }
        QVERIFY(tokenHint);
        delete c.client;
    }

    // Without its CA file the profile's trust is gone: nothing is made, and the keychain is not
    // asked (the secret is missing here, yet the answer is about the CA file).
    void unusableCaFileStopsFirst()
    {
        Profile p = robot();
        p.caFile = m_dir.filePath(QStringLiteral("missing-ca.pem"));
        const Connection now = ConnectionFactory::open(p, kSecret, this);
        QVERIFY(!now.ok());
        QVERIFY2(now.caFileProblem.contains(QStringLiteral("missing-ca.pem")), qPrintable(now.caFileProblem));
        QCOMPARE(ConnectionFactory::caFileProblem(p), now.caFileProblem);

        p.secretSaved = true;
        const Connection saved = openSaved(p);
        QVERIFY(!saved.ok());
        QVERIFY(!saved.secretFailure);
        QCOMPARE(saved.caFileProblem, now.caFileProblem);
        QVERIFY(findChildren<HarborClient *>().isEmpty());
    }

    void openWithSavedSecret()
    {
        const Profile p = robot();
        QSignalSpy written(m_keychain->writeSecret(p.credentialKey(), kSecret), &CredentialJob::finished);
        QVERIFY(written.wait(5000));
        const Connection c = openSaved(p);
        QVERIFY(c.ok());
        QCOMPARE(secretOf(c.client), kSecret);
        delete c.client;
    }

    void missingSecretIsAFailureInWords()
    {
        Profile p = robot();
        p.secretSaved = true;
        const Connection c = openSaved(p);
        QVERIFY(!c.ok());
        QVERIFY(c.secretFailure);
        QCOMPARE(c.secretFailure->status, CredentialStatus::NotFound);
        QVERIFY2(c.secretFailure->message.contains(p.name), qPrintable(c.secretFailure->message));
    }

    void anonymousNeedsNoSecret()
    {
        Profile p = robot(QString());
        p.kind = AccountKind::Anonymous;
        const Connection c = openSaved(p);
        QVERIFY(c.ok());
        QVERIFY(!c.client->settings().hasCredentials());
        QVERIFY(secretOf(c.client).isEmpty());
        delete c.client;
    }

    // A trusted certificate: a new client with the new pin and the credentials of the old one.
    void reopenKeepsTheCredentials()
    {
        const Connection first = ConnectionFactory::open(robot(), kSecret, this);
        QVERIFY(first.ok());
        Profile pinned = robot();
        pinned.pinnedSha256 = kPin;
        const Connection second = ConnectionFactory::reopen(*first.client, pinned, this);
        QVERIFY(second.ok());
        QVERIFY(second.client != first.client);
        QCOMPARE(second.client->settings().pinnedSha256, kPin);
        QCOMPARE(secretOf(second.client), kSecret);
        delete first.client;
        QCOMPARE(secretOf(second.client), kSecret); // the old one going takes nothing with it
        delete second.client;
    }

    // "Continue anonymously": the same address and trust, and no credentials at all; a
    // certificate trusted afterwards keeps it anonymous.
    void openAnonymousSendsNothing()
    {
        Profile p = robot();
        p.pinnedSha256 = kPin;
        p.allowPlainHttp = true;
        p.secretSaved = true;
        const Connection c = ConnectionFactory::openAnonymous(p, this);
        QVERIFY(c.ok());
        QVERIFY(!c.client->settings().hasCredentials());
        QVERIFY(c.client->settings().username.isEmpty());
        QVERIFY(secretOf(c.client).isEmpty());
        QCOMPARE(c.client->settings().baseUrl, p.url);
        QCOMPARE(c.client->settings().pinnedSha256, kPin);
        QVERIFY(c.client->settings().allowPlainHttp);
        QVERIFY(c.hints.isEmpty());
        QVERIFY(m_keychain->keys().isEmpty()); // nothing read, written or removed

        const Connection again = ConnectionFactory::reopen(*c.client, robot(), this);
        QVERIFY(again.ok());
        QVERIFY(!again.client->settings().hasCredentials());
        delete again.client;
        delete c.client;

        p.caFile = m_dir.filePath(QStringLiteral("missing-ca.pem"));
        QVERIFY(!ConnectionFactory::openAnonymous(p, this).ok());
    }

    // berthctl login keeps the secret it just checked with Harbor.
    void saveWithSecretOf()
    {
        const Connection c = ConnectionFactory::open(robot(), kSecret, this);
        QVERIFY(c.ok());
        QSignalSpy saved(m_factory->saveWithSecretOf(robot(), *c.client), &ProfileJob::finished);
        QVERIFY(saved.wait(5000));
        QVERIFY(saved.first().at(0).value<ProfileResult>().ok());
        QVERIFY(m_profiles->find(QStringLiteral("prod")));
        QSignalSpy read(m_keychain->readSecret(robot().credentialKey()), &CredentialJob::finished);
        QVERIFY(read.wait(5000));
        QCOMPARE(read.first().at(0).value<CredentialResult>().secret, kSecret);
        delete c.client;
    }
};

QTEST_GUILESS_MAIN(TestConnectionFactory)
#include "tst_connectionfactory.moc"
