// Reading a user's curl command as a shell and curl would, without running anything; and
// deciding whether its credentials may be sent to its one target (never to a host that an
// option's argument names).
#include "diagnosis/CurlCommand.h"
#include "diagnosis/CurlOptions.h"

#include <QTest>

using namespace berth;

class TestCurlCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("userTyped");
        QTest::addColumn<QString>("userSent");
        QTest::addColumn<QString>("secretSent");
        QTest::addColumn<QStringList>("cookies");
        QTest::addColumn<int>("shellNotes");
        QTest::addColumn<QString>("host");
        QTest::newRow("double-quoted robot name loses $team")
            << "curl -X DELETE -u \"robot$team+ci:S3cret\" "
               "https://h.example/api/v2.0/projects/team/repositories/app/artifacts/v1/tags/v1"
            << QByteArray("DELETE") << "basic"
            << "robot$team+ci"
            << "robot+ci"
            << "S3cret" << QStringList {} << 1 << "h.example";
        QTest::newRow("single-quoted robot name survives")
            << "curl -X DELETE -u 'robot$team+ci:S3cret' https://h.example/api/v2.0/projects/team"
            << QByteArray("DELETE") << "basic"
            << "robot$team+ci"
            << "robot$team+ci"
            << "S3cret" << QStringList {} << 0 << "h.example";
        QTest::newRow("escaped dollar in double quotes")
            << "curl -XDELETE --user \"robot\\$team+ci:x\" h.example/api/v2.0/projects/team" << QByteArray("DELETE")
            << "basic"
            << "robot$team+ci"
            << "robot$team+ci"
            << "x" << QStringList {} << 0 << "h.example";
        QTest::newRow("bearer header") << "curl -sS -H 'Authorization: Bearer eyJhbGciOi.x.y' -X DELETE "
                                          "'https://h.example/api/v2.0/projects/p/repositories/r/artifacts/a/tags/t'"
                                       << QByteArray("DELETE") << "bearer"
                                       << ""
                                       << ""
                                       << "" << QStringList {} << 0 << "h.example";
        QTest::newRow("browser copy with cookies")
            << "curl 'https://h.example/api/v2.0/projects/p/repositories/r/artifacts/a/tags/t' -X 'DELETE' -H 'Cookie: "
               "sid=abc; _gorilla_csrf=def' -H 'accept: application/json'"
            << QByteArray("DELETE") << "none"
            << ""
            << ""
            << "" << QStringList {"sid", "_gorilla_csrf"} << 0 << "h.example";
        QTest::newRow("-b cookie")
            << "curl -b 'sid=abc' -u 'robot$p+x:y' -X DELETE https://h.example/api/v2.0/projects/p"
            << QByteArray("DELETE") << "basic"
            << "robot$p+x"
            << "robot$p+x"
            << "y" << QStringList {"sid"} << 0 << "h.example";
        QTest::newRow("line continuations and --request=")
            << "curl \\\n  --request=DELETE \\\n  --user='robot$p+x:y' \\\n  http://127.0.0.1:8080/api/v2.0/projects/p"
            << QByteArray("DELETE") << "basic"
            << "robot$p+x"
            << "robot$p+x"
            << "y" << QStringList {} << 0 << "127.0.0.1";
        QTest::newRow("plain GET") << "curl https://h.example/api/v2.0/projects" << QByteArray("GET") << "none"
                                   << ""
                                   << ""
                                   << "" << QStringList {} << 0 << "h.example";
        QTest::newRow("basic header decoded")
            << "curl -H 'Authorization: Basic cm9ib3QkcCt4Onk=' -X DELETE https://h.example/api/v2.0/projects/p"
            << QByteArray("DELETE") << "basic"
            << "robot$p+x"
            << "robot$p+x"
            << "y" << QStringList {} << 0 << "h.example";
        QTest::newRow("unquoted $VAR secret")
            << "curl -u robot\\$p+x:$SECRET -X DELETE https://h.example/api/v2.0/projects/p" << QByteArray("DELETE")
            << "basic"
            << "robot$p+x"
            << "robot$p+x"
            << "" << QStringList {} << 1 << "h.example";
    }

    void parse()
    {
        QFETCH(QString, command);
        QFETCH(QByteArray, method);
        QFETCH(QString, scheme);
        QFETCH(QString, userTyped);
        QFETCH(QString, userSent);
        QFETCH(QString, secretSent);
        QFETCH(QStringList, cookies);
        QFETCH(int, shellNotes);
        QFETCH(QString, host);
        const CurlRequest r = CurlCommand::parse(command);
        QVERIFY2(r.isValid(), qPrintable(r.error));
        QCOMPARE(r.method, method);
        QCOMPARE(r.authScheme, scheme);
        QCOMPARE(r.userTyped, userTyped);
        QCOMPARE(r.userSent, userSent);
        QCOMPARE(r.secretSent, secretSent);
        QCOMPARE(r.cookieNames, cookies);
        QCOMPARE(int(r.shellNotes.size()), shellNotes);
        QCOMPARE(r.url.host(), host);
    }

    // What curl 7.88 to 8.x do with each kind of option, and whether Berth may probe. `host` is
    // the target; `refusal` a piece of the first reason not to probe ("" = it may probe).
    void target_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("refusal");
        const QString u
            = QStringLiteral(" https://harbor.example/api/v2.0/projects/p/repositories/r/artifacts/a/tags/t");
        const auto row = [&](const char *name, const QString &options, const QByteArray &method = "GET",
                             const QString &refusal = {}, const QString &host = QStringLiteral("harbor.example")) {
            QTest::newRow(name) << QStringLiteral("curl ") + options << host << method << refusal;
        };
        // Arity classes.
        row("no argument", "--compressed --http1.1 -sS" + u);
        row("on/off option turned off", "--no-insecure --no-progress-meter" + u);
        row("--no- on an option that is not on/off", "--no-http1.1" + u, "GET", "--no-http1.1");
        row("long option with argument: -D hdrs.txt is not the URL", "--dump-header hdrs.txt" + u);
        row("short option with argument", "-D hdrs.txt -o out.json -w '%{http_code}'" + u);
        row("arguments that look like hosts",
            "-A agent.example --cacert ca.example -c jar.example -m 10 --retry 3 --connect-timeout 5" + u);
        row("argument starting with a dash", "-C - -r 0-99 --stderr -" + u);
        row("--NAME=VALUE (curl 8.16)", "--request=DELETE --user=a:b" + u, "DELETE");
        row("option after the URL", u.trimmed() + " -X DELETE", "DELETE");
        // Short options in one word.
        row("cluster of flags", "-sSkL" + u);
        row("cluster ending in an option with argument", "-sSX DELETE" + u, "DELETE");
        row("argument in the same word", "-sSXDELETE -uuser:pw" + u, "DELETE");
        row("-Hname:value", "-HAccept:x -XPOST" + u, "POST");
        row("-d makes a POST", "-d x=1" + u, "POST");
        row("-G keeps a GET", "-G -d x=1" + u, "GET");
        row("-T makes a PUT", "-T file.bin" + u, "PUT");
        row("-I makes a HEAD", "-I" + u, "HEAD");
        // The URL.
        row("--url", "-X DELETE --url" + u, "DELETE");
        row("end of options", "-s --" + u);
        row("same host in --referer", "-e https://harbor.example/ui/" + u);
        row("pipe and redirections are the shell's", "-s" + u + " 2>/dev/null | jq . > out.json");
        row("IPv6 loopback over http", "http://[::1]:8080/api/v2.0/projects", "GET", {}, QStringLiteral("::1"));
        row("http to loopback", "http://127.0.0.1:8080/api/v2.0/projects", "GET", {}, QStringLiteral("127.0.0.1"));
        row("-g: brackets are literal", "-g 'https://harbor.example/api/v2.0/projects?q=name%3D{a}'");
        // Refused: the command names another host.
        row("the issue's --doh-url",
            "--doh-url http://other.example/dns-query -u 'robot$team-a+cleaner:Zq9Secret' -X DELETE" + u, "DELETE",
            "--doh-url");
        row("--proxy", "--proxy http://proxy.example:3128" + u, "GET", "--proxy");
        row("-x in a cluster", "-sx proxy.example:3128" + u, "GET", "-x");
        row("--preproxy", "--preproxy socks5://p.example" + u, "GET", "--preproxy");
        row("--socks5-hostname", "--socks5-hostname p.example:1080" + u, "GET", "--socks5-hostname");
        row("--connect-to", "--connect-to harbor.example:443:other.example:443" + u, "GET", "--connect-to");
        row("--resolve, even to the same name", "--resolve harbor.example:443:192.0.2.1" + u, "GET", "--resolve");
        row("--dns-servers", "--dns-servers 192.0.2.53" + u, "GET", "--dns-servers");
        row("--unix-socket", "--unix-socket /run/other.sock" + u, "GET", "--unix-socket");
        row("--alt-svc", "--alt-svc altsvc.txt" + u, "GET", "--alt-svc");
        row("two URLs", u + u.left(20) + "other.example/x", "GET", "2 URLs");
        row("--url and a bare URL", "--url" + u + u, "GET", "2 URLs");
        row("another host in --referer", "-e https://other.example/" + u, "GET", "-e");
        row("another port in --referer", "-e https://harbor.example:8443/" + u, "GET", "-e");
        row("another host in a header", "-H 'Origin: https://other.example'" + u, "GET", "-H");
        row("Host header", "-H 'Host: other.example'" + u, "GET", "-H");
        row("glob", "'https://harbor.example/api/v2.0/projects/{a,b}'", "GET", "{");
        // Refused: an option Berth cannot read or honour.
        row("unknown long option", "--frobnicate" + u, "GET", "--frobnicate");
        row("unknown short option", "-sW" + u, "GET", "-W");
        row("lone dash", "-" + u, "GET", "- is not");
        row("abbreviation (curl before 8.6)", "--doh-u http://other.example/" + u, "GET", "--doh-url");
        row("other case (curl before 8.6)", "--Insecure" + u, "GET", "--insecure");
        row("--expand- (curl 8.3)", "--expand-user '{{u}}'" + u, "GET", "--expand-user");
        row("config file", "-K more.cfg" + u, "GET", "-K");
        row("netrc", "-n" + u, "GET", "-n");
        row("netrc turned off", "--no-netrc" + u);
        row("digest", "--digest -u a:b" + u, "GET", "--digest");
        row("aws-sigv4", "--aws-sigv4 aws:amz:us-east-1:s3 -u a:b" + u, "GET", "--aws-sigv4");
        row("--next", u + " --next" + u, "GET", "--next");
        row("-:", u + " -:" + u, "GET", "-:");
        row("--version", "-V" + u, "GET", "-V");
        row("--variable", "--variable x=1" + u, "GET", "--variable");
        // Refused: plain http to a host that is not this machine, or not http at all.
        row("plain http", "http://harbor.example/api/v2.0/projects", "GET", "plain http");
        row("ftp", "ftp://harbor.example/x", "GET", "ftp");
        // A URL inside a secret is not a host (and no part of it is quoted).
        row("secret containing ://", "-u 'robot$p+x:a://b' -H 'Authorization: Basic x://y'" + u);
        // --expand-user takes -u as its argument, so the secret after it reads as an unknown
        // option: its refusal names the word's length, never the word (found by fuzz_curlcommand;
        // the loop below checks that no refusal holds Zq9).
        row("secret left without its flag", "--expand-user -u '--S3cretZq9'" + u, "GET", "--expand-user");
    }

    void target()
    {
        QFETCH(QString, command);
        QFETCH(QString, host);
        QFETCH(QByteArray, method);
        QFETCH(QString, refusal);
        const CurlRequest r = CurlCommand::parse(command);
        QVERIFY2(r.isValid(), qPrintable(r.error));
        QCOMPARE(r.url.host(), host);
        QCOMPARE(r.method, method);
        if (refusal.isEmpty()) {
            QVERIFY2(r.mayProbe(), qPrintable(r.refusals.join(QLatin1Char('\n'))));
        } else {
            QVERIFY(!r.mayProbe());
            QVERIFY2(r.refusals.first().contains(refusal), qPrintable(r.refusals.join(QLatin1Char('\n'))));
        }
        for (const QString &why : r.refusals)
            QVERIFY(!why.contains(QLatin1String("Zq9")) && !why.contains(QLatin1String("a://b")));
    }

    // Every option of the table: its argument (a word that looks like a host) never becomes the
    // target, and an option that points curl elsewhere always stops the probes.
    void everyOption()
    {
        const QList<const CurlOptions::Option *> options = CurlOptions::all();
        QVERIFY(options.size() >= 283); // curl 8.21 has 283 long names
        for (const CurlOptions::Option *o : options) {
            const QString name = QLatin1String(o->name);
            const bool argument = o->arity == CurlOptions::Arity::Argument;
            QStringList spellings {QStringLiteral("--") + name};
            if (o->letter)
                spellings << QStringLiteral("-") + QLatin1Char(o->letter);
            for (const QString &spelled : spellings) {
                const QString command = QStringLiteral("curl %1%2 https://harbor.example/api/v2.0/projects")
                                            .arg(spelled, argument ? QStringLiteral(" decoy.example") : QString());
                const CurlRequest r = CurlCommand::parse(command);
                QVERIFY2(r.isValid(), qPrintable(command + QStringLiteral(": ") + r.error));
                if (name == QLatin1String("url")) { // its argument is a URL: two of them
                    QCOMPARE(
                        r.urlHosts, (QStringList {QStringLiteral("decoy.example"), QStringLiteral("harbor.example")}));
                    QVERIFY(!r.mayProbe());
                    continue;
                }
                QVERIFY2(r.urlHosts == QStringList {QStringLiteral("harbor.example")}, qPrintable(command));
                const bool elsewhere = o->reach != CurlOptions::Reach::Local;
                QVERIFY2(r.mayProbe() != elsewhere, qPrintable(command + QStringLiteral(": ") + r.refusals.join(';')));
            }
        }
    }

    // The table itself: sorted for the binary search, one option per short letter, and a few
    // entries checked by hand against curl's docs/cmdline-opts.
    void table_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("letter");
        QTest::addColumn<int>("arity");
        QTest::addColumn<int>("reach");
        using A = CurlOptions::Arity;
        using R = CurlOptions::Reach;
        const auto row = [](const char *name, const char *letter, A a, R r = R::Local) {
            QTest::newRow(name) << QString::fromLatin1(name) << QString::fromLatin1(letter) << int(a) << int(r);
        };
        row("dump-header", "D", A::Argument);
        row("insecure", "k", A::Bool);
        row("http1.1", "", A::None);
        row("next", ":", A::None, R::MoreTransfers);
        row("doh-url", "", A::Argument, R::OtherHost);
        row("proxy", "x", A::Argument, R::OtherHost);
        row("request", "X", A::Argument);
        row("user", "u", A::Argument);
        row("progress-bar", "#", A::Bool);
        row("config", "K", A::Argument, R::ConfigFile);
        row("follow", "", A::Bool);
        row("url-query", "", A::Argument);
        row("ca-native", "", A::Bool);
    }

    void table()
    {
        QFETCH(QString, name);
        QFETCH(QString, letter);
        QFETCH(int, arity);
        QFETCH(int, reach);
        const CurlOptions::Option *o = CurlOptions::findLong(name);
        QVERIFY(o);
        QCOMPARE(int(o->arity), arity);
        QCOMPARE(int(o->reach), reach);
        QCOMPARE(o->letter ? QString(QLatin1Char(o->letter)) : QString(), letter);
        if (!letter.isEmpty())
            QCOMPARE(CurlOptions::findShort(letter.at(0)), o);
    }

    void tableIsSorted()
    {
        const QList<const CurlOptions::Option *> options = CurlOptions::all();
        for (int i = 0; i < options.size(); ++i) {
            const CurlOptions::Option *o = options.at(i);
            if (i > 0)
                QVERIFY2(qstrcmp(options.at(i - 1)->name, o->name) < 0, o->name);
            QCOMPARE(CurlOptions::findLong(QString::fromLatin1(o->name)), o);
            // -i is --include before curl 8.10 and --show-headers after: the same kind of option.
            const CurlOptions::Option *byLetter = o->letter ? CurlOptions::findShort(QLatin1Char(o->letter)) : o;
            QVERIFY2(byLetter && byLetter->arity == o->arity && byLetter->reach == o->reach, o->name);
        }
        QVERIFY(!CurlOptions::findLong(QStringLiteral("Insecure"))); // curl 8.6+ matches case
        QCOMPARE(CurlOptions::prefixMatches(QStringLiteral("doh-u")).size(), 1);
        QVERIFY(CurlOptions::prefixMatches(QStringLiteral("pro")).size() > 1);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("unclosed single quote") << "curl -u 'robot$x:y https://h";
        QTest::newRow("unclosed double quote") << "curl -u \"robot$x:y https://h";
        QTest::newRow("no url") << "curl -X DELETE -u 'a:b'";
        QTest::newRow("empty") << "";
        QTest::newRow("huge") << QString(70000, QLatin1Char('a'));
        QTest::newRow("-D hdrs.txt is not a URL") << "curl -D hdrs.txt -u 'a:b'";
        QTest::newRow("option without its argument") << "curl https://h.example/x -X";
        QTest::newRow("--url without its argument") << "curl --url";
    }

    void errors()
    {
        QFETCH(QString, command);
        QVERIFY(!CurlCommand::parse(command).isValid());
    }

    void correctedQuotesAndOmitsCookies()
    {
        const CurlRequest r
            = CurlCommand::parse(QStringLiteral("curl -X DELETE -b 'sid=1' -u \"robot$team+ci:s\" https://h/x"));
        const QString fixed = CurlCommand::corrected(r, QStringLiteral("https://h/x"), r.userTyped);
        QCOMPARE(fixed, QStringLiteral("curl -X DELETE -u 'robot$team+ci:<secret>' 'https://h/x'"));
    }
};

QTEST_APPLESS_MAIN(TestCurlCommand)
#include "tst_curlcommand.moc"
