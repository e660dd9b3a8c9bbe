// Reading what the user hands over: a file or stdin ("-") with a size cap, the first line of
// stdin, and --password-stdin's secret. stdin is a temporary file here (freopen).
#include "core/InputFile.h"
#include "credentials/SecretInput.h"

#include <cstdio>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;

class TestInputFile : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        FILE *f = std::fopen(QFile::encodeName(path).constData(), "wb");
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), f);
        std::fclose(f);
        return path;
    }

    // Standard input now reads these bytes.
    bool stdinFrom(const QByteArray &bytes)
    {
        return std::freopen(QFile::encodeName(write(QStringLiteral("stdin"), bytes)).constData(), "rb", stdin);
    }

private Q_SLOTS:
    void readsAFile()
    {
        QString why;
        const auto data = InputFile::read(write(QStringLiteral("refs"), "a/b:1\na/b:2\n"), &why);
        QVERIFY2(data, qPrintable(why));
        QCOMPARE(*data, QByteArray("a/b:1\na/b:2\n"));
    }

    void aMissingFileSaysWhy()
    {
        QString why;
        QVERIFY(!InputFile::read(dir.filePath(QStringLiteral("missing")), &why));
        QCOMPARE(why, QStringLiteral("No such file or directory"));
    }

    void theCapHolds_data()
    {
        QTest::addColumn<bool>("fromStdin");
        QTest::newRow("file") << false;
        QTest::newRow("stdin") << true;
    }

    void theCapHolds()
    {
        QFETCH(bool, fromStdin);
        const QByteArray big(3 * 1024 * 1024, 'x');
        const QString path = fromStdin ? QStringLiteral("-") : write(QStringLiteral("big"), big);
        if (fromStdin)
            QVERIFY(stdinFrom(big));
        QString why;
        QVERIFY(!InputFile::read(path, &why, 2 * 1024 * 1024));
        QCOMPARE(why, QStringLiteral("larger than 2 MiB"));
        if (fromStdin)
            QVERIFY(stdinFrom(big));
        const auto all = InputFile::read(path, &why, 3 * 1024 * 1024);
        QVERIFY2(all, qPrintable(why));
        QCOMPARE(all->size(), big.size());
    }

    void readsStdin()
    {
        QVERIFY(stdinFrom("curl -u a:b https://h.example/api/v2.0/projects\n"));
        QString why;
        const auto data = InputFile::read(QStringLiteral("-"), &why);
        QVERIFY(data);
        QCOMPARE(*data, QByteArray("curl -u a:b https://h.example/api/v2.0/projects\n"));
    }

    void firstLineOfStdin_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("gotLine");
        QTest::newRow("one line") << QByteArray("yes\nmore\n") << QByteArray("yes") << true;
        QTest::newRow("CRLF") << QByteArray("yes\r\n") << QByteArray("yes") << true;
        QTest::newRow("no line break") << QByteArray("yes") << QByteArray("yes") << true;
        QTest::newRow("empty line") << QByteArray("\nyes\n") << QByteArray() << true;
        QTest::newRow("nothing") << QByteArray() << QByteArray() << false;
        QTest::newRow("longer than the cap") << QByteArray("abcdefgh\n") << QByteArray("abcd") << true;
    }

    void firstLineOfStdin()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, line);
        QFETCH(bool, gotLine);
        QVERIFY(stdinFrom(input));
        bool got = !gotLine;
        QCOMPARE(InputFile::readStdinLine(4, &got), line);
        QCOMPARE(got, gotLine);
    }

    void secretIsTheTrimmedFirstLine_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("secret");
        QTest::newRow("plain") << QByteArray("CleanerSecret1\n") << QStringLiteral("CleanerSecret1");
        QTest::newRow("spaces and CRLF") << QByteArray("  CleanerSecret1 \r\nnext\n")
                                         << QStringLiteral("CleanerSecret1");
        QTest::newRow("UTF-8") << QByteArray("p\xc3\xa4ss\n") << QStringLiteral("p\u00e4ss");
        QTest::newRow("none") << QByteArray() << QString();
        QTest::newRow("blank") << QByteArray(" \t\n") << QString();
    }

    void secretIsTheTrimmedFirstLine()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, secret);
        QVERIFY(stdinFrom(input));
        QCOMPARE(readSecretFromStdin(), secret);
    }
};

QTEST_MAIN(TestInputFile)
#include "tst_inputfile.moc"
