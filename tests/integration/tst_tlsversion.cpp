// A server that speaks only TLS 1.0 or 1.1 (which Qt 6 and OpenSSL 3 refuse) fails the handshake
// before any certificate is looked at. The diagnosis must say so, with its own cause id, and not
// send the user off to add a CA. The server is `openssl s_server` on loopback; an untrusted
// certificate on a modern server keeps its old cause id.
#include "api/HarborClient.h"
#include "BerthctlProcess.h"
#include "diagnosis/ErrorPresenter.h"
#include "SimAccounts.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;

namespace {

// One `openssl s_server -www` on 127.0.0.1 with a fresh self-signed certificate.
class OpenSslServer
{
public:
    ~OpenSslServer() { stop(); }

    bool start(const QStringList &protocolOptions, QString *error)
    {
        stop();
        QProcess req;
        req.start(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"),
                m_dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"), certificatePath()});
        if (!req.waitForFinished(60000) || req.exitCode() != 0) {
            *error = QStringLiteral("openssl req failed: ") + QString::fromLocal8Bit(req.readAllStandardError());
            return false;
        }
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("openssl"),
            QStringList {QStringLiteral("s_server"), QStringLiteral("-accept"), QStringLiteral("127.0.0.1:0"),
                QStringLiteral("-cert"), certificatePath(), QStringLiteral("-key"),
                m_dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-www")}
                + protocolOptions);
        static const QRegularExpression accept(QStringLiteral("ACCEPT 127\\.0\\.0\\.1:(\\d+)"));
        QByteArray seen;
        while (m_process.waitForReadyRead(20000)) {
            seen += m_process.readAll();
            const QRegularExpressionMatch m = accept.match(QString::fromLatin1(seen));
            if (m.hasMatch()) {
                m_url = QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(m.captured(1)));
                return true;
            }
        }
        *error = QStringLiteral("openssl s_server did not start: ") + QString::fromLocal8Bit(seen);
        return false;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QUrl url() const { return m_url; }
    QString certificatePath() const { return m_dir.filePath(QStringLiteral("cert.pem")); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
};

ApiError fetchSystemInfo(const QUrl &url, const QString &caFile)
{
    ConnectionSettings s;
    s.baseUrl = url;
    s.username = SimAccounts::kCleaner;
    s.secret = SimAccounts::kCleanerSecret;
    s.caFile = caFile;
    s.timeoutMs = 20000;
    s.maxTries = 1;
    HarborClient client(s);
    ApiRequest req;
    req.url = url.resolved(QUrl(QStringLiteral("/api/v2.0/systeminfo")));
    ApiJob *job = client.send(req);
    job->setAutoDelete(false);
    QSignalSpy finished(job, &ApiJob::finished);
    if (!job->isFinished() && !QTest::qWaitFor([&finished] { return finished.count() > 0; }, 60000)) {
        ApiError e;
        e.kind = ApiError::Kind::Timeout;
        return e;
    }
    return job->error();
}

} // namespace

class TestTlsVersion : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir home;
    BerthctlProcess ctl {home.path()};

private Q_SLOTS:
    void init() { ctl.clearTranscript(); }
    void cleanup() { ctl.printTranscriptIfFailed(); }

    void protocolVersionFailure_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<bool>("withCaFile");
        QTest::newRow("TLS 1.0 only, CA file trusts the certificate") << QStringLiteral("-tls1") << true;
        QTest::newRow("TLS 1.1 only, CA file trusts the certificate") << QStringLiteral("-tls1_1") << true;
        QTest::newRow("TLS 1.0 only, certificate not trusted either") << QStringLiteral("-tls1") << false;
    }

    void protocolVersionFailure()
    {
        QFETCH(QString, protocol);
        QFETCH(bool, withCaFile);
        OpenSslServer server;
        QString error;
        // Security level 0 lets this OpenSSL speak the old protocol at all.
        QVERIFY2(server.start({protocol, QStringLiteral("-cipher"), QStringLiteral("DEFAULT@SECLEVEL=0")}, &error),
            qPrintable(error));
        const QString caFile = withCaFile ? server.certificatePath() : QString();

        const ApiError e = fetchSystemInfo(server.url(), caFile);
        QCOMPARE(ApiError::kindName(e.kind), ApiError::kindName(ApiError::Kind::Tls));
        QVERIFY(e.tlsErrors.isEmpty()); // no certificate was ever judged
        const Diagnosis d = ErrorPresenter::present(e);
        QCOMPARE(causeId(d.cause), QStringLiteral("tls_protocol_version"));
        QVERIFY2(!d.fix.contains(QLatin1String("CA")), qPrintable(d.fix));
        QVERIFY(!d.actions.contains(DiagnosisAction::TrustCertificate));
        QVERIFY2(d.explanation.contains(QLatin1String("TLS 1.2")), qPrintable(d.explanation));

        QStringList args {QStringLiteral("ls"), QStringLiteral("--url"), server.url().toString()};
        if (withCaFile)
            args << QStringLiteral("--ca-file") << caFile;
        const BerthctlRun r = ctl.run(args);
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(r.err.startsWith("tls_protocol_version: "), r.err.constData());
        QVERIFY2(!r.err.contains("Add the company CA"), r.err.constData());
    }

    // A modern server with a certificate nobody trusts: still tls_untrusted, with its fix.
    void untrustedCertificateKeepsItsCause()
    {
        OpenSslServer server;
        QString error;
        QVERIFY2(server.start({}, &error), qPrintable(error));
        const ApiError e = fetchSystemInfo(server.url(), {});
        QCOMPARE(ApiError::kindName(e.kind), ApiError::kindName(ApiError::Kind::Tls));
        QVERIFY(!e.tlsErrors.isEmpty());
        const Diagnosis d = ErrorPresenter::present(e);
        QCOMPARE(causeId(d.cause), QStringLiteral("tls_untrusted"));
        QVERIFY(d.actions.contains(DiagnosisAction::TrustCertificate));

        const BerthctlRun r = ctl.run({QStringLiteral("ls"), QStringLiteral("--url"), server.url().toString()});
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(r.err.startsWith("tls_untrusted: "), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestTlsVersion)
#include "tst_tlsversion.moc"
