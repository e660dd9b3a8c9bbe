// Secrets in memory: the process keeps them out of core dumps (hardenProcess, run in a child so
// this test process stays as it was), and the request policy overwrites the Basic header and the
// secret when it is done, in the one real buffer, never a copy another owner still uses.
#include "api/RequestPolicy.h"
#include "api/SecretWipe.h"
#include "credentials/ProcessHardening.h"

#include <QLoggingCategory>
#include <QTest>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace berth;

namespace {

QStringList g_messages;

void collect(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages << message;
}

bool allZero(const char *data, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i)
        if (data[i] != 0)
            return false;
    return true;
}

// A secret on the heap, as one read from the keychain or stdin is (not a literal).
QString heapSecret()
{
    return QString::fromUtf8(QByteArray("Cleaner") + QByteArray::number(12345) + "Secret");
}

ConnectionSettings withCredentials(const QString &secret)
{
    ConnectionSettings s;
    s.baseUrl = QUrl(QStringLiteral("https://harbor.example.com/"));
    s.username = QStringLiteral("robot$team-a+cleaner");
    s.secret = secret;
    return s;
}

} // namespace

class TestSecretMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // In a forked child: core limit raised first where allowed (so 0 afterwards means something),
    // dumpable checked before and after. The exit status carries the failed checks as bits.
    void hardenProcessForbidsCoreDumps()
    {
        const pid_t pid = fork();
        QVERIFY(pid >= 0);
        if (pid == 0) {
            int failed = 0;
            rlimit before {};
            getrlimit(RLIMIT_CORE, &before);
            before.rlim_cur = before.rlim_max; // the hard limit may stay 0 for an unprivileged user
            setrlimit(RLIMIT_CORE, &before);
            if (prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 1)
                failed |= 1; // the premise: a normal process is dumpable
            if (!hardenProcess())
                failed |= 2;
            if (prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0)
                failed |= 4;
            rlimit after {};
            if (getrlimit(RLIMIT_CORE, &after) != 0 || after.rlim_cur != 0 || after.rlim_max != 0)
                failed |= 8;
            _exit(failed);
        }
        int status = 0;
        QCOMPARE(waitpid(pid, &status, 0), pid);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
    }

    void wipe_data()
    {
        QTest::addColumn<QString>("holder");
        QTest::addColumn<bool>("wiped");
        QTest::newRow("only owner: overwritten in place") << QStringLiteral("sole") << true;
        QTest::newRow("a copy is still in use: left alone") << QStringLiteral("shared") << false;
        QTest::newRow("literal data: not ours") << QStringLiteral("literal") << false;
    }

    void wipe()
    {
        QFETCH(QString, holder);
        QFETCH(bool, wiped);
        QByteArray bytes = holder == QLatin1String("literal") ? QByteArrayLiteral("Basic c2VjcmV0")
                                                              : QByteArray("Basic ") + QByteArray("c2VjcmV0");
        QString text = holder == QLatin1String("literal") ? QStringLiteral("CleanerSecret1") : heapSecret();
        const QByteArray bytesCopy = holder == QLatin1String("shared") ? bytes : QByteArray();
        const QString textCopy = holder == QLatin1String("shared") ? text : QString();
        const QByteArray bytesBefore(bytes.constData(), bytes.size()); // deep copies to compare with
        const QString textBefore(text.constData(), text.size());
        const char *bytesBuffer = bytes.constData();
        const QChar *textBuffer = text.constData();

        QCOMPARE(wipeIfSoleOwner(bytes), wiped);
        QCOMPARE(wipeIfSoleOwner(text), wiped);
        // The same buffer either way: never a detached copy.
        QCOMPARE(static_cast<const void *>(bytes.constData()), static_cast<const void *>(bytesBuffer));
        QCOMPARE(static_cast<const void *>(text.constData()), static_cast<const void *>(textBuffer));
        QCOMPARE(bytes.size(), bytesBefore.size());
        if (wiped) {
            QVERIFY(allZero(bytes.constData(), bytes.size()));
            QVERIFY(allZero(reinterpret_cast<const char *>(text.constData()), text.size() * qsizetype(sizeof(QChar))));
        } else {
            QCOMPARE(bytes, bytesBefore);
            QCOMPARE(text, textBefore);
        }
        if (holder == QLatin1String("shared")) {
            QCOMPARE(bytesCopy, bytesBefore); // the other owner still has its value
            QCOMPARE(textCopy, textBefore);
        }
    }

    // The policy's destructor overwrites what it alone holds, and never a secret that another
    // owner (a new client made from the same settings) still uses.
    void policyClearsOnDestruction_data()
    {
        QTest::addColumn<bool>("secretKeptElsewhere");
        QTest::newRow("the policy holds the only copy") << false;
        QTest::newRow("a new client still uses the secret") << true;
    }

    void policyClearsOnDestruction()
    {
        QFETCH(bool, secretKeptElsewhere);
        QLoggingCategory::setFilterRules(QStringLiteral("berth.api.debug=true"));
        g_messages.clear();
        const QtMessageHandler previous = qInstallMessageHandler(collect);
        QString elsewhere;
        {
            RequestPolicy policy(withCredentials(heapSecret()));
            if (secretKeptElsewhere)
                elsewhere = policy.withSecret([](const QString &s) { return s; }); // a shared copy
            QVERIFY(policy.makeRequest(QUrl(QStringLiteral("https://harbor.example.com/api/v2.0/systeminfo")), "id")
                        .rawHeader("Authorization")
                        .startsWith("Basic "));
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        const QString expected = secretKeptElsewhere
            ? QStringLiteral("on clean-up, overwrote the Authorization header: yes, the secret: no")
            : QStringLiteral("on clean-up, overwrote the Authorization header: yes, the secret: yes");
        QVERIFY2(g_messages.contains(expected), qPrintable(g_messages.join(QLatin1Char('\n'))));
        if (secretKeptElsewhere)
            QCOMPARE(elsewhere, heapSecret());
    }
};

QTEST_APPLESS_MAIN(TestSecretMemory)
#include "tst_secretmemory.moc"
