// "Trust exactly this certificate" behind a private CA: a test root CA signed two leaves for
// 127.0.0.1, and two harbor-sims each send one leaf plus the root. The pin names the server's
// own certificate (the leaf) wherever it is shown, compared or saved, never the CA that signed
// it: pinning one server must not trust every other server that CA signed. Through the library,
// RequestPolicy::pinAccepts itself, and berthctl with saved profiles.
#include "api/HarborClient.h"
#include "api/RequestPolicy.h"
#include "BerthctlProcess.h"
#include "credentials/ProfileStore.h"
#include "SimServer.h"
#include "TestPki.h"

#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QSslError>
#include <QTest>

using namespace berth;

namespace {

struct Outcome
{
    bool ok = false;
    ApiError error;
};

Outcome fetchVersion(const QUrl &base, const QString &pin)
{
    ConnectionSettings s;
    s.baseUrl = base;
    s.pinnedSha256 = pin;
    s.timeoutMs = 20000;
    s.maxTries = 1;
    HarborClient client(s);
    ApiRequest req;
    req.url = base.resolved(QUrl(QStringLiteral("/api/version")));
    req.withCredentials = false;
    ApiJob *job = client.send(req);
    job->setAutoDelete(false); // the client owns it and deletes it with itself
    QSignalSpy finished(job, &ApiJob::finished);
    Outcome out;
    if (!job->isFinished() && !QTest::qWaitFor([&finished] { return finished.count() > 0; }, 60000)) {
        out.error.kind = ApiError::Kind::Timeout;
        return out;
    }
    out.ok = job->ok();
    out.error = job->error();
    return out;
}

} // namespace

class TestTlsChain : public QObject
{
    Q_OBJECT

private:
    TestPki pki;
    SimServer one; // sends leaf1 + root
    SimServer two; // sends leaf2 + root: another server of the same CA
    QTemporaryDir home;
    BerthctlProcess ctl {home.path()};

    QString shaOf(const QString &which) const
    {
        return TestPki::sha256(which == QLatin1String("root") ? pki.root() : pki.leaf(which));
    }

    SimServer &server(const QString &which) { return which == QLatin1String("one") ? one : two; }

    static QString leafOf(const QString &server)
    {
        return server == QLatin1String("one") ? QStringLiteral("leaf1") : QStringLiteral("leaf2");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(pki.createRoot(), qPrintable(pki.errorString()));
        QVERIFY2(pki.addLeaf(QStringLiteral("leaf1")), qPrintable(pki.errorString()));
        QVERIFY2(pki.addLeaf(QStringLiteral("leaf2")), qPrintable(pki.errorString()));
        QVERIFY2(one.start({QStringLiteral("--tls"), QStringLiteral("--cert"), pki.chainPath(QStringLiteral("leaf1")),
                     QStringLiteral("--key"), pki.keyPath(QStringLiteral("leaf1"))}),
            qPrintable(one.errorString()));
        QVERIFY2(two.start({QStringLiteral("--tls"), QStringLiteral("--cert"), pki.chainPath(QStringLiteral("leaf2")),
                     QStringLiteral("--key"), pki.keyPath(QStringLiteral("leaf2"))}),
            qPrintable(two.errorString()));
        // Three distinct certificates, and each server really sends its leaf with the root.
        QCOMPARE(QSet<QString>({shaOf("root"), shaOf("leaf1"), shaOf("leaf2")}).size(), 3);
        QCOMPARE(QSslCertificate::fromPath(one.certificatePath()).size(), 2);
        QCOMPARE(QSslCertificate::fromPath(one.certificatePath()).first(), pki.leaf(QStringLiteral("leaf1")));
        QCOMPARE(QSslCertificate::fromPath(two.certificatePath()).first(), pki.leaf(QStringLiteral("leaf2")));
    }

    void init()
    {
        QVERIFY(one.clearLog());
        QVERIFY(two.clearLog());
    }

    void cleanup() { ctl.printTranscriptIfFailed(); }

    // What the trust dialog and berthctl show, and what the GUI pins, is the leaf.
    void untrustedChainReportsTheLeaf_data()
    {
        QTest::addColumn<QString>("server");
        QTest::newRow("leaf1 + root") << QStringLiteral("one");
        QTest::newRow("leaf2 + root") << QStringLiteral("two");
    }

    void untrustedChainReportsTheLeaf()
    {
        QFETCH(QString, server);
        const Outcome r = fetchVersion(this->server(server).url(), {});
        QCOMPARE(ApiError::kindName(r.error.kind), ApiError::kindName(ApiError::Kind::Tls));
        QCOMPARE(r.error.peerCertificateSha256, shaOf(leafOf(server)));
        QCOMPARE(r.error.peerCertificateSubject, leafOf(server));
        QCOMPARE(r.error.peerCertificateIssuer, QStringLiteral("Berth Test Root CA"));
        QVERIFY(this->server(server).log().isEmpty());
    }

    // A pin trusts the one leaf it names: not the other leaf of the same CA, and a pinned CA
    // trusts nothing (it is never the server's own certificate).
    void pinNamesTheLeaf_data()
    {
        QTest::addColumn<QString>("pinned");
        QTest::addColumn<QString>("server");
        QTest::addColumn<bool>("trusted");
        QTest::newRow("leaf1 pinned, server with leaf1") << "leaf1"
                                                         << "one" << true;
        QTest::newRow("leaf1 pinned, server with leaf2 (same root)") << "leaf1"
                                                                     << "two" << false;
        QTest::newRow("leaf2 pinned, server with leaf1") << "leaf2"
                                                         << "one" << false;
        QTest::newRow("root pinned, server with leaf1") << "root"
                                                        << "one" << false;
        QTest::newRow("root pinned, server with leaf2") << "root"
                                                        << "two" << false;
    }

    void pinNamesTheLeaf()
    {
        QFETCH(QString, pinned);
        QFETCH(QString, server);
        QFETCH(bool, trusted);
        const Outcome r = fetchVersion(this->server(server).url(), shaOf(pinned));
        if (trusted) {
            QVERIFY2(r.ok, qPrintable(r.error.summary()));
            QCOMPARE(this->server(server).log().size(), 1);
        } else {
            QCOMPARE(ApiError::kindName(r.error.kind), ApiError::kindName(ApiError::Kind::Tls));
            QCOMPARE(r.error.peerCertificateSha256, shaOf(leafOf(server)));
            QVERIFY(this->server(server).log().isEmpty());
        }
    }

    // The GUI's flow: pin the fingerprint the failed connection reported. It then trusts that
    // server, and a second server of the same CA is still refused.
    void trustingWhatTheErrorShowedTrustsOneServer()
    {
        const Outcome first = fetchVersion(one.url(), {});
        QCOMPARE(ApiError::kindName(first.error.kind), ApiError::kindName(ApiError::Kind::Tls));
        const QString pin = first.error.peerCertificateSha256;
        QVERIFY(!pin.isEmpty());
        const Outcome again = fetchVersion(one.url(), pin);
        QVERIFY2(again.ok, qPrintable(again.error.summary()));
        const Outcome other = fetchVersion(two.url(), pin);
        QCOMPARE(ApiError::kindName(other.error.kind), ApiError::kindName(ApiError::Kind::Tls));
        QVERIFY(two.log().isEmpty());
    }

    // pinAccepts on its own: the leaf must carry the pin, and every error must name a
    // certificate of the chain the server sent.
    void pinAccepts_data()
    {
        QTest::addColumn<QString>("pinned");
        QTest::addColumn<QStringList>("chain"); // as the server sent it, leaf first
        QTest::addColumn<QStringList>("errorCerts"); // the certificate each error names; "" = none
        QTest::addColumn<bool>("accepted");
        const QStringList chain1 {"leaf1", "root"};
        QTest::newRow("leaf pinned, error on the root") << "leaf1" << chain1 << QStringList {"root"} << true;
        QTest::newRow("leaf pinned, errors on leaf and root")
            << "leaf1" << chain1 << QStringList {"leaf1", "root"} << true;
        QTest::newRow("leaf pinned, leaf alone (self-signed style)")
            << "leaf1" << QStringList {"leaf1"} << QStringList {"leaf1"} << true;
        QTest::newRow("root pinned, error on the root") << "root" << chain1 << QStringList {"root"} << false;
        QTest::newRow("other leaf pinned") << "leaf2" << chain1 << QStringList {"root"} << false;
        QTest::newRow("an error about a certificate outside the chain")
            << "leaf1" << chain1 << QStringList {"root", "leaf2"} << false;
        QTest::newRow("an error without a certificate") << "leaf1" << chain1 << QStringList {"root", ""} << false;
        QTest::newRow("no errors") << "leaf1" << chain1 << QStringList {} << false;
        QTest::newRow("no peer certificate") << "leaf1" << QStringList {} << QStringList {"root"} << false;
        QTest::newRow("no pin") << "" << chain1 << QStringList {"root"} << false;
    }

    void pinAccepts()
    {
        QFETCH(QString, pinned);
        QFETCH(QStringList, chain);
        QFETCH(QStringList, errorCerts);
        QFETCH(bool, accepted);
        auto cert = [this](const QString &which) {
            return which.isEmpty() ? QSslCertificate() : which == QLatin1String("root") ? pki.root() : pki.leaf(which);
        };
        QList<QSslCertificate> peerChain;
        for (const QString &c : chain)
            peerChain << cert(c);
        QList<QSslError> errors;
        for (const QString &c : errorCerts)
            errors << (c.isEmpty() ? QSslError(QSslError::UnspecifiedError)
                                   : QSslError(QSslError::SelfSignedCertificateInChain, cert(c)));
        ConnectionSettings s;
        s.pinnedSha256 = pinned.isEmpty() ? QString() : shaOf(pinned).toUpper(); // any spelling
        const RequestPolicy policy(s);
        QCOMPARE(policy.pinAccepts(peerChain.value(0), peerChain, errors), accepted);
    }

    // berthctl: the failure names the leaf's fingerprint, and a saved profile's pin trusts
    // exactly the leaf it names.
    void berthctlShowsAndPinsTheLeaf_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("pinned"); // "" = no profile: --url
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no pin: the leaf is named") << "one"
                                                   << "" << 7;
        QTest::newRow("leaf1 pinned, server with leaf1") << "one"
                                                         << "leaf1" << 0;
        QTest::newRow("leaf1 pinned, server with leaf2") << "two"
                                                         << "leaf1" << 7;
        QTest::newRow("root pinned, server with leaf1") << "one"
                                                        << "root" << 7;
    }

    void berthctlShowsAndPinsTheLeaf()
    {
        QVERIFY(!qgetenv("BERTHCTL").isEmpty());
        QFETCH(QString, server);
        QFETCH(QString, pinned);
        QFETCH(int, exitCode);
        SimServer &sim = this->server(server);
        QStringList args {QStringLiteral("ls"), QStringLiteral("--json")};
        if (pinned.isEmpty()) {
            args << QStringLiteral("--url") << sim.url().toString();
        } else {
            // berthctl reads its profiles from $XDG_CONFIG_HOME/Berth/berth.conf.
            QSettings settings(
                QDir(home.path()).filePath(QStringLiteral("config/Berth/berth.conf")), QSettings::IniFormat);
            ProfileStore store(&settings);
            for (const Profile &old : store.profiles())
                store.remove(old.name);
            Profile p;
            p.name = QStringLiteral("pinned");
            p.url = sim.url();
            p.kind = AccountKind::Anonymous;
            p.pinnedSha256 = shaOf(pinned);
            QString error;
            QVERIFY2(store.save(p, &error), qPrintable(error));
            settings.sync();
            args << QStringLiteral("--profile") << p.name;
        }
        const BerthctlRun r = ctl.run(args);
        QCOMPARE(r.exitCode, exitCode);
        if (exitCode == 0) {
            QVERIFY2(r.json().isArray(), r.out.constData());
            QVERIFY(!sim.log().isEmpty()); // the requests reached the server over the pinned channel
        } else {
            QVERIFY2(r.err.contains("tls_untrusted:"), r.err.constData());
            QVERIFY2(r.err.contains(shaOf(leafOf(server)).toLatin1()), r.err.constData());
            QVERIFY2(!r.err.contains(shaOf(QStringLiteral("root")).toLatin1()), r.err.constData());
            QVERIFY(sim.log().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestTlsChain)
#include "tst_tlschain.moc"
