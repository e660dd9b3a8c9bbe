// ErrorPresenter over hostile server text: whatever field of a failed request carries escape
// sequences, CR/LF or bidi overrides, the words it produces (diagnosis, facts, terminal block)
// show them as visible escapes and never as the characters themselves.
#include "core/DisplayText.h"
#include "diagnosis/ErrorPresenter.h"

#include <QTest>

using namespace berth;

namespace {

// Retitles the terminal, clears it, starts a forged line and reverses what follows.
const QString kHostile = QStringLiteral("\x1b]0;owned\x07\x1b[2J\r\nforged line") + QChar(0x202e) + QStringLiteral("x");
const QString kVisible = QStringLiteral("\\x1b]0;owned\\x07\\x1b[2J\\r\\nforged line\\u202ex");

ApiError baseError(ApiError::Kind kind, int status)
{
    ApiError e;
    e.kind = kind;
    e.method = "DELETE";
    e.url = QUrl(QStringLiteral("https://harbor.example.com/api/v2.0/projects/team-a/repositories/app/artifacts/v1"));
    e.authScheme = QStringLiteral("basic");
    e.username = QStringLiteral("robot$team-a+cleaner");
    e.httpStatus = status;
    e.requestId = QStringLiteral("ours-1");
    return e;
}

} // namespace

class TestServerTextWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileFields_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        using K = ApiError::Kind;
        QTest::newRow("Harbor's message, 400") << "harborMessage" << int(K::Validation) << 400;
        QTest::newRow("Harbor's message, 405") << "harborMessage" << int(K::MethodNotAllowed) << 405;
        QTest::newRow("Harbor's code") << "harborCode" << int(K::Conflict) << 409;
        QTest::newRow("WWW-Authenticate") << "wwwAuthenticate" << int(K::Unauthorized) << 401;
        QTest::newRow("body snippet") << "bodySnippet" << int(K::ServerError) << 500;
        QTest::newRow("X-Request-Id echoed") << "responseRequestId" << int(K::ServerError) << 500;
        QTest::newRow("transport message, network") << "transportMessage" << int(K::Network) << 0;
        QTest::newRow("transport message, timeout") << "transportMessage" << int(K::Timeout) << 0;
        QTest::newRow("detail of a bad response") << "detail" << int(K::BadResponse) << 200;
        QTest::newRow("TLS error text") << "tlsErrors" << int(K::Tls) << 0;
        QTest::newRow("certificate subject") << "peerCertificateSubject" << int(K::Tls) << 0;
        QTest::newRow("digest a probe found") << "tagNowOnDigest" << int(K::NotFound) << 404;
    }

    void hostileFields()
    {
        QFETCH(QString, field);
        QFETCH(int, kind);
        QFETCH(int, status);
        ApiError e = baseError(ApiError::Kind(kind), status);
        DiagnosisContext c;
        c.targetProject = QStringLiteral("team-a");
        if (field == QLatin1String("harborMessage"))
            e.harborMessage = kHostile;
        else if (field == QLatin1String("harborCode"))
            e.harborCode = kHostile;
        else if (field == QLatin1String("wwwAuthenticate"))
            e.wwwAuthenticate = kHostile;
        else if (field == QLatin1String("bodySnippet"))
            e.bodySnippet = kHostile.toUtf8();
        else if (field == QLatin1String("responseRequestId"))
            e.responseRequestId = kHostile;
        else if (field == QLatin1String("transportMessage"))
            e.transportMessage = kHostile;
        else if (field == QLatin1String("detail"))
            e.detail = kHostile;
        else if (field == QLatin1String("tlsErrors"))
            e.tlsErrors = QStringList {kHostile};
        else if (field == QLatin1String("peerCertificateSubject"))
            e.peerCertificateSubject = kHostile, e.peerCertificateSha256 = QStringLiteral("ab12");
        else if (field == QLatin1String("tagNowOnDigest"))
            c.tagNowOnDigest = kHostile;

        const Diagnosis d = ErrorPresenter::present(e, c);
        QStringList pieces {d.title, d.explanation, d.fix};
        pieces << d.likelyCauses << ErrorPresenter::sentFacts(e, c) << ErrorPresenter::receivedFacts(e) << e.summary();
        // Every line of the terminal block; its own line breaks are the only ones.
        const QString block = ErrorPresenter::terminalText(e, c);
        pieces << block.split(QLatin1Char('\n'));
        bool shown = false;
        for (const QString &p : std::as_const(pieces)) {
            QVERIFY2(!DisplayText::hasControl(p), qPrintable(DisplayText::escapeControl(p)));
            QVERIFY2(!p.startsWith(QLatin1String("forged")), qPrintable(p));
            shown |= p.contains(kVisible);
        }
        // The body snippet is simplified (whitespace folded) before it is shown: what remains of
        // the escape sequence must still be visible.
        if (field == QLatin1String("bodySnippet"))
            shown = std::any_of(pieces.cbegin(), pieces.cend(),
                [](const QString &p) { return p.contains(QLatin1String("\\x1b]0;owned\\x07\\x1b[2J")); });
        QVERIFY2(shown, "the server's text is shown, escaped, somewhere");
        // Escaping the words again changes nothing: no layer double-escapes.
        QCOMPARE(ErrorPresenter::terminalText(e, d), block);
    }

    void ordinaryTextUnchanged()
    {
        ApiError e = baseError(ApiError::Kind::Validation, 400);
        e.harborMessage = QStringLiteral("标签名无效: \"v1\" (bad\\name)");
        const Diagnosis d = ErrorPresenter::present(e);
        QVERIFY2(d.explanation.contains(e.harborMessage), qPrintable(d.explanation));
    }
};

QTEST_APPLESS_MAIN(TestServerTextWords)
#include "tst_servertextwords.moc"
