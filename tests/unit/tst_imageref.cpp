// REF parsing as berthctl writes it: [host[:port]/]project/repo[/more][:tag|@sha256:...].

#include "core/ImageRef.h"

#include <QtTest>

using namespace berth;

namespace {

const QString kDigest = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
const QString kDigest2 = QStringLiteral("sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");

} // namespace

class TestImageRef : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void errors_data();
    void errors();
    void roundTrip_data();
    void roundTrip();
    void digestValidity_data();
    void digestValidity();
    void registryRef_data();
    void registryRef();
};

void TestImageRef::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("requireReference");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("digest");

    QTest::newRow("nested repository with tag")
        << QStringLiteral("team/backend/api:v1") << true << QString() << QStringLiteral("team")
        << QStringLiteral("backend/api") << QStringLiteral("v1") << QString();
    QTest::newRow("simple") << QStringLiteral("library/nginx:1.27") << true << QString() << QStringLiteral("library")
                            << QStringLiteral("nginx") << QStringLiteral("1.27") << QString();
    QTest::newRow("host prefixed") << QStringLiteral("harbor.example.com/team/app:1") << true
                                   << QStringLiteral("harbor.example.com") << QStringLiteral("team")
                                   << QStringLiteral("app") << QStringLiteral("1") << QString();
    QTest::newRow("host lowercased") << QStringLiteral("Harbor.Example.COM/team/app:1") << true
                                     << QStringLiteral("harbor.example.com") << QStringLiteral("team")
                                     << QStringLiteral("app") << QStringLiteral("1") << QString();
    QTest::newRow("localhost with port and digest")
        << QStringLiteral("localhost:5000/p/r@") + kDigest << true << QStringLiteral("localhost:5000")
        << QStringLiteral("p") << QStringLiteral("r") << QString() << kDigest;
    QTest::newRow("host with port, tag") << QStringLiteral("harbor.example.com:8443/p/deep/er/repo:2.0-rc.1") << true
                                         << QStringLiteral("harbor.example.com:8443") << QStringLiteral("p")
                                         << QStringLiteral("deep/er/repo") << QStringLiteral("2.0-rc.1") << QString();
    QTest::newRow("mixed hex digest") << QStringLiteral("p/r@") + kDigest2 << true << QString() << QStringLiteral("p")
                                      << QStringLiteral("r") << QString() << kDigest2;
    QTest::newRow("tag and digest: digest wins") << QStringLiteral("p/r:v1@") + kDigest << true << QString()
                                                 << QStringLiteral("p") << QStringLiteral("r") << QString() << kDigest;
    QTest::newRow("numeric tag looks like a port")
        << QStringLiteral("p/r:5000") << true << QString() << QStringLiteral("p") << QStringLiteral("r")
        << QStringLiteral("5000") << QString();
    QTest::newRow("bare repository allowed for ls")
        << QStringLiteral("team/backend/api") << false << QString() << QStringLiteral("team")
        << QStringLiteral("backend/api") << QString() << QString();
    QTest::newRow("bare repository with host for ls")
        << QStringLiteral("localhost:5000/p/r") << false << QStringLiteral("localhost:5000") << QStringLiteral("p")
        << QStringLiteral("r") << QString() << QString();
    QTest::newRow("surrounding whitespace trimmed")
        << QStringLiteral("  \t team/app:v1 \n") << true << QString() << QStringLiteral("team") << QStringLiteral("app")
        << QStringLiteral("v1") << QString();
    QTest::newRow("separators the grammar allows")
        << QStringLiteral("team-a_b/x__y/a--b.c_d:_v1.0-rc_2") << true << QString() << QStringLiteral("team-a_b")
        << QStringLiteral("x__y/a--b.c_d") << QStringLiteral("_v1.0-rc_2") << QString();
    QTest::newRow("tag may hold dots after its first character")
        << QStringLiteral("p/r:v..1") << true << QString() << QStringLiteral("p") << QStringLiteral("r")
        << QStringLiteral("v..1") << QString();
    QTest::newRow("tag of 128 characters")
        << QStringLiteral("p/r:") + QString(128, QLatin1Char('t')) << true << QString() << QStringLiteral("p")
        << QStringLiteral("r") << QString(128, QLatin1Char('t')) << QString();
}

void TestImageRef::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, requireReference);
    QFETCH(QString, host);
    QFETCH(QString, project);
    QFETCH(QString, repository);
    QFETCH(QString, tag);
    QFETCH(QString, digest);

    const ImageRef r = parseImageRef(text, requireReference);
    QVERIFY2(r.isValid(), qPrintable(r.error));
    QCOMPARE(r.host, host);
    QCOMPARE(r.project, project);
    QCOMPARE(r.repository, repository);
    QCOMPARE(r.tag, tag);
    QCOMPARE(r.digest, digest);
    QCOMPARE(r.fullRepository(), project + QLatin1Char('/') + repository);
    QCOMPARE(r.reference(), digest.isEmpty() ? tag : digest);
}

void TestImageRef::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("requireReference");
    QTest::addColumn<QString>("errorMentions"); // a word the message must contain, so it is actionable

    QTest::newRow("short digest") << QStringLiteral("p/r@sha256:short") << true << QStringLiteral("digest");
    QTest::newRow("digest without algorithm")
        << QStringLiteral("p/r@") + QString(64, QLatin1Char('a')) << true << QStringLiteral("digest");
    QTest::newRow("uppercase hex digest")
        << QStringLiteral("p/r@sha256:") + QString(64, QLatin1Char('A')) << true << QStringLiteral("digest");
    QTest::newRow("empty digest") << QStringLiteral("p/r@") << true << QStringLiteral("digest");
    QTest::newRow("no project") << QStringLiteral("nginx:latest") << true << QStringLiteral("project");
    QTest::newRow("no project, bare") << QStringLiteral("nginx") << false << QStringLiteral("project");
    QTest::newRow("host but no project") << QStringLiteral("harbor.example.com/nginx:1") << true
                                         << QStringLiteral("project");
    QTest::newRow("localhost but no project")
        << QStringLiteral("localhost:5000/nginx") << false << QStringLiteral("project");
    QTest::newRow("empty tag") << QStringLiteral("team/app:") << true << QStringLiteral("tag");
    QTest::newRow("empty tag, ls") << QStringLiteral("team/app:") << false << QStringLiteral("tag");
    QTest::newRow("tag required") << QStringLiteral("team/app") << true << QStringLiteral("tag");
    QTest::newRow("tag of 129 characters")
        << QStringLiteral("p/r:") + QString(129, QLatin1Char('t')) << true << QStringLiteral("128");
    QTest::newRow("empty") << QString() << false << QStringLiteral("empty");
    QTest::newRow("only whitespace") << QStringLiteral(" \t\n ") << false << QStringLiteral("empty");
    QTest::newRow("inner space") << QStringLiteral("team/my app:v1") << true << QStringLiteral("white space");
    QTest::newRow("inner tab") << QStringLiteral("team/app:v\t1") << true << QStringLiteral("white space");
    QTest::newRow("no-break space") << QStringLiteral("team/app\u00a0:v1") << true << QStringLiteral("white space");
    QTest::newRow("control character") << QStringLiteral("team/app:v1\u0007x") << true << QStringLiteral("control");
    QTest::newRow("empty segment") << QStringLiteral("team//app:v1") << true << QStringLiteral("empty path segment");
    QTest::newRow("leading slash") << QStringLiteral("/team/app:v1") << true << QStringLiteral("empty path segment");
    QTest::newRow("trailing slash") << QStringLiteral("team/app/") << false << QStringLiteral("empty path segment");
    QTest::newRow("URL instead of REF") << QStringLiteral("https://harbor.example.com/team/app:v1") << true
                                        << QStringLiteral("scheme");
    QTest::newRow("5000 characters") << QStringLiteral("p/") + QString(4998, QLatin1Char('r')) << false
                                     << QStringLiteral("too long");
    // ':' cannot appear in a repository name; "r:a" is not a repository (docker rejects it too).
    QTest::newRow("two tags") << QStringLiteral("team/app:a:b") << true << QStringLiteral("app:a");
    // The registries' grammar: a name outside it cannot exist, and dot segments would change
    // the URL path (a tag of ".." once deleted the repository).
    QTest::newRow("tag ..") << QStringLiteral("team-a/frontend:..") << true << QStringLiteral("tag");
    QTest::newRow("tag .") << QStringLiteral("team-a/frontend:.") << true << QStringLiteral("tag");
    QTest::newRow("tag starting with a dot") << QStringLiteral("team-a/frontend:.v1") << true << QStringLiteral("tag");
    QTest::newRow("tag starting with a dash") << QStringLiteral("team-a/frontend:-v1") << true << QStringLiteral("tag");
    QTest::newRow("tag with a percent") << QStringLiteral("team-a/frontend:%2e%2e") << true << QStringLiteral("tag");
    QTest::newRow("tag with unicode") << QStringLiteral("p/r:v\u00e9") << true << QStringLiteral("tag");
    QTest::newRow("repository ..") << QStringLiteral("team-a/..:v1") << true << QStringLiteral("repository");
    QTest::newRow("repository component ..")
        << QStringLiteral("team-a/x/../y:v1") << true << QStringLiteral("repository");
    QTest::newRow("repository component .") << QStringLiteral("team-a/./y:v1") << true << QStringLiteral("repository");
    QTest::newRow("project ..") << QStringLiteral("../frontend:v1") << true << QStringLiteral("project");
    QTest::newRow("project . with host") << QStringLiteral("harbor.example.com/./frontend:v1") << true
                                         << QStringLiteral("project");
    QTest::newRow("uppercase repository") << QStringLiteral("team/App:v1") << true << QStringLiteral("repository");
    QTest::newRow("uppercase project") << QStringLiteral("Team/app:v1") << true << QStringLiteral("project");
    QTest::newRow("unicode names") << QStringLiteral("\u00e9quipe/caf\u00e9:v1") << true << QStringLiteral("project");
    QTest::newRow("repository ending in a separator")
        << QStringLiteral("team/app-:v1") << true << QStringLiteral("repository");
    QTest::newRow("project with double separator")
        << QStringLiteral("te--am/app:v1") << true << QStringLiteral("project");
    QTest::newRow("percent in repository") << QStringLiteral("team/a%2fb:v1") << true << QStringLiteral("repository");
    QTest::newRow("name of 256 characters")
        << QStringLiteral("p/") + QString(254, QLatin1Char('r')) << false << QStringLiteral("255");
    QTest::newRow("sha512 digest of sha256 length")
        << QStringLiteral("p/r@sha512:") + QString(64, QLatin1Char('a')) << true << QStringLiteral("digest");
}

void TestImageRef::errors()
{
    QFETCH(QString, text);
    QFETCH(bool, requireReference);
    QFETCH(QString, errorMentions);

    const ImageRef r = parseImageRef(text, requireReference);
    QVERIFY2(!r.isValid(),
        qPrintable(QStringLiteral("accepted as project=%1 repo=%2 tag=%3").arg(r.project, r.repository, r.tag)));
    QVERIFY2(r.error.contains(errorMentions, Qt::CaseInsensitive), qPrintable(r.error));
}

void TestImageRef::roundTrip_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("tag") << QStringLiteral("team/backend/api:v1");
    QTest::newRow("host and tag") << QStringLiteral("harbor.example.com/team/app:1");
    QTest::newRow("host, port, digest") << QStringLiteral("localhost:5000/p/r@") + kDigest;
    QTest::newRow("bare") << QStringLiteral("p/r");
}

void TestImageRef::roundTrip()
{
    QFETCH(QString, text);

    const ImageRef r = parseImageRef(text, false);
    QVERIFY2(r.isValid(), qPrintable(r.error));
    QCOMPARE(r.toString(), text);
    const ImageRef again = parseImageRef(r.toString(), false);
    QCOMPARE(again.host, r.host);
    QCOMPARE(again.project, r.project);
    QCOMPARE(again.repository, r.repository);
    QCOMPARE(again.reference(), r.reference());
}

void TestImageRef::digestValidity_data()
{
    QTest::addColumn<QString>("digest");
    QTest::addColumn<bool>("valid");

    QTest::newRow("sha256") << kDigest << true;
    QTest::newRow("sha512") << QStringLiteral("sha512:") + QString(128, QLatin1Char('f')) << true;
    QTest::newRow("sha256 too short") << QStringLiteral("sha256:") + QString(63, QLatin1Char('a')) << false;
    QTest::newRow("sha256 too long") << QStringLiteral("sha256:") + QString(65, QLatin1Char('a')) << false;
    QTest::newRow("uppercase") << QStringLiteral("sha256:") + QString(64, QLatin1Char('A')) << false;
    QTest::newRow("non-hex") << QStringLiteral("sha256:") + QString(64, QLatin1Char('g')) << false;
    QTest::newRow("unknown algorithm") << QStringLiteral("md5:") + QString(32, QLatin1Char('a')) << false;
    QTest::newRow("trailing newline") << kDigest + QLatin1Char('\n') << false;
    QTest::newRow("empty") << QString() << false;
}

void TestImageRef::digestValidity()
{
    QFETCH(QString, digest);
    QFETCH(bool, valid);

    QCOMPARE(isValidDigest(digest), valid);
}

// A plain registry's REF has no project: the whole path is the repository, one component is
// enough, and the same grammar refuses what could change the URL path.
void TestImageRef::registryRef_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<bool>("valid");
    const QString d = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
    QTest::newRow("one component") << "app:v1"
                                   << ""
                                   << "app"
                                   << "v1" << true;
    QTest::newRow("nested") << "team/sub/app:v1"
                            << ""
                            << "team/sub/app"
                            << "v1" << true;
    QTest::newRow("digest") << "team/app@" + d << ""
                            << "team/app" << d << true;
    QTest::newRow("host and port") << "127.0.0.1:5000/app:v1"
                                   << "127.0.0.1:5000"
                                   << "app"
                                   << "v1" << true;
    QTest::newRow("no reference") << "team/app"
                                  << ""
                                  << ""
                                  << "" << false;
    QTest::newRow("dot dot") << "team/..:v1"
                             << ""
                             << ""
                             << "" << false;
    QTest::newRow("upper case") << "Team/app:v1"
                                << ""
                                << ""
                                << "" << false;
    QTest::newRow("bad tag") << "app:.x"
                             << ""
                             << ""
                             << "" << false;
}

void TestImageRef::registryRef()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(QString, repository);
    QFETCH(QString, reference);
    QFETCH(bool, valid);
    const ImageRef r = parseRegistryRef(text, true);
    QCOMPARE(r.isValid(), valid);
    if (!valid)
        return;
    QVERIFY(r.project.isEmpty());
    QCOMPARE(r.host, host);
    QCOMPARE(r.repository, repository);
    QCOMPARE(r.fullRepository(), repository);
    QCOMPARE(r.reference(), reference);
}

QTEST_APPLESS_MAIN(TestImageRef)
#include "tst_imageref.moc"
