// The fault matrix: every fault harbor-sim can inject, against the listing path and the delete
// path, through the library (what the GUI model uses) and through berthctl. Each cell must end
// without a crash or a hang, with an error that names what happened, with retries only where
// the rules allow them, and with every delete accounted for once. The registry side (/v2/) gets
// the same faults through berthctl inspect, in front of a real docker-registry: on the manifest,
// the config blob, the token service and the referrers API; there nothing from a bad answer may
// reach the content cache. The test writes the tables it saw to fault-matrix.md in its build
// folder, and into tests/README.md when BERTH_UPDATE_FAULT_TABLE is set.
#include "api/HarborClient.h"
#include "BerthctlProcess.h"
#include "diagnosis/ErrorPresenter.h"
#include "models/RegistryTreeModel.h"
#include "operations/DeleteBatch.h"
#include "RegistryServer.h"
#include "SimAccounts.h"
#include "SimServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;

namespace {

struct Fault
{
    const char *name;
    QJsonObject spec;
    QStringList acceptable; // cause ids that name it correctly
};

QList<Fault> faults()
{
    const auto st = [](int code) { return QJsonObject {{"kind", "status"}, {"status", code}}; };
    return {
        {"latency beyond the timeout", QJsonObject {{"kind", "latency"}, {"delay_ms", 2500}}, {"timeout"}},
        {"500", st(500), {"server_error"}},
        {"502", st(502), {"server_error"}},
        {"503", st(503), {"server_error"}},
        {"504", st(504), {"server_error"}},
        {"429 with Retry-After", QJsonObject {{"kind", "status"}, {"status", 429}, {"retry_after", 1}},
            {"rate_limited"}},
        {"HTML error page", QJsonObject {{"kind", "html"}, {"status", 502}}, {"proxy_error"}},
        {"malformed JSON", QJsonObject {{"kind", "malformed_json"}}, {"bad_response", "no_error"}},
        {"truncated body", QJsonObject {{"kind", "truncated"}}, {"network", "bad_response", "no_error"}},
        {"connection reset", QJsonObject {{"kind", "reset"}}, {"network"}},
        {"stops answering mid-page", QJsonObject {{"kind", "stall"}}, {"timeout", "no_error"}},
    };
}

// The registry side has two more: a body that is not JSON at all, and one larger than any
// manifest may be (distribution's own PUT limit is 4 MiB; core/OciMediaTypes.h kMaxManifestBytes).
QList<Fault> registryFaults()
{
    QList<Fault> all = faults();
    all.append({"not JSON", QJsonObject {{"kind", "body"}, {"body", "this is not JSON"}}, {"bad_response"}});
    all.append({"5 MiB body", QJsonObject {{"kind", "huge"}, {"bytes", 5 * 1024 * 1024}}, {"bad_response"}});
    return all;
}

// What else names a fault correctly on one registry path.
QStringList alsoAcceptable(const QString &fault, const QString &path)
{
    if (path == QLatin1String("config blob")) {
        // Fetched by digest: other bytes fail the digest before anything parses them, so a config
        // that is not JSON is a digest_mismatch. harbor-sim streams blobs of a known length
        // (registry.cpp proxy()), and its truncated and stall faults act only on buffered answers.
        if (fault == QLatin1String("malformed JSON") || fault == QLatin1String("not JSON")
            || fault == QLatin1String("5 MiB body"))
            return {QStringLiteral("digest_mismatch")};
        if (fault == QLatin1String("truncated body") || fault == QLatin1String("stops answering mid-page"))
            return {QStringLiteral("no_error")};
    }
    return {};
}

int exitFor(const QString &cause)
{
    if (cause == QLatin1String("timeout") || cause == QLatin1String("network"))
        return 7;
    return cause == QLatin1String("no_error") ? 0 : 1;
}

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private:
    SimServer sim;
    BerthctlProcess ctl;
    QMap<QString, QMap<QString, QString>> m_table; // fault -> path -> outcome
    const QStringList m_paths {QStringLiteral("list (library)"), QStringLiteral("list (berthctl)"),
        QStringLiteral("tree model"), QStringLiteral("delete (library)"), QStringLiteral("delete (berthctl)")};

    // The registry side: harbor-sim in front of a real docker-registry holding the fixtures.
    RegistryServer m_registry;
    SimServer m_regSim;
    QTemporaryDir m_regHome;
    BerthctlProcess m_regCtl {m_regHome.path()};
    QString m_manifestDigest, m_configDigest;
    const QStringList m_regPaths {QStringLiteral("manifest"), QStringLiteral("config blob"),
        QStringLiteral("token service"), QStringLiteral("referrers")};
    QMap<QString, BerthctlRun> m_baseline; // path -> the run without a fault
    QMap<QString, QMap<QString, QString>> m_regTable;

    QString regMatch(const QString &path) const
    {
        if (path == QLatin1String("manifest"))
            return QStringLiteral("/manifests/v1");
        if (path == QLatin1String("config blob"))
            return QStringLiteral("/blobs/") + m_configDigest;
        if (path == QLatin1String("token service"))
            return QStringLiteral("/service/token");
        return QStringLiteral("/referrers/");
    }

    // inspect by tag with a 1 s timeout, so a stall is a timeout, not a hang. The token service
    // is asked only by a caller without credentials (harbor-sim takes Basic on /v2/, as Harbor
    // does), so that path runs anonymously, where the anonymous token is then refused.
    BerthctlRun inspect(const QString &path)
    {
        QStringList args {QStringLiteral("inspect"), QStringLiteral("team-a/fx/oci-image:v1"), QStringLiteral("--json"),
            QStringLiteral("--url"), m_regSim.url().toString(), QStringLiteral("--timeout"), QStringLiteral("1")};
        if (path == QLatin1String("token service"))
            return m_regCtl.run(args, {}, 90000);
        args << QStringLiteral("--user") << SimAccounts::kReader << QStringLiteral("--password-stdin");
        return m_regCtl.run(args, SimAccounts::stdinLine(SimAccounts::kReaderSecret), 90000);
    }

    QString cacheDir() const { return m_regHome.filePath(QStringLiteral(".cache/berth/content")); }

    // Every cache entry is named by the digest of its bytes, and no temporary file is left.
    QString cacheProblem() const
    {
        const QDir dir(cacheDir());
        QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString rel = dir.relativeFilePath(it.next());
            if (rel == QLatin1String("lock") || rel == QLatin1String("pins.json"))
                continue;
            QFile f(dir.filePath(rel));
            if (!rel.startsWith(QLatin1String("sha256/")) || !f.open(QIODevice::ReadOnly))
                return QStringLiteral("unexpected file ") + rel;
            if (QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex() != rel.mid(7).toLatin1())
                return QStringLiteral("entry %1 does not match its digest").arg(rel);
        }
        return {};
    }
    bool cached(const QString &digest) const
    {
        return QFile::exists(cacheDir() + QStringLiteral("/sha256/") + digest.mid(7));
    }

    // "cause" as the test names it: the stderr prefix, or no_error when the run ended as it does
    // without the fault (exit 0, or for the anonymous token path its own refusal).
    QString causeOf(const QString &path, const BerthctlRun &r) const
    {
        const auto prefix = [](const QByteArray &err) { return QString::fromUtf8(err).section(':', 0, 0).trimmed(); };
        const BerthctlRun base = m_baseline.value(path);
        if (r.exitCode == base.exitCode && r.out == base.out && prefix(r.err) == prefix(base.err))
            return QStringLiteral("no_error");
        return prefix(r.err);
    }

    ConnectionSettings settings() const
    {
        ConnectionSettings s;
        s.baseUrl = sim.url();
        s.username = SimAccounts::kCleaner;
        s.secret = SimAccounts::kCleanerSecret;
        s.timeoutMs = 1000;
        s.retryBaseMs = 50;
        return s;
    }

    int requestsTo(const QString &method, const QString &part)
    {
        int n = 0;
        for (const QJsonValue &v : sim.log()) {
            const QJsonObject o = v.toObject();
            n += o.value(QStringLiteral("method")).toString() == method
                && o.value(QStringLiteral("path")).toString().contains(part);
        }
        return n;
    }

    void arm(const Fault &f, const QString &method, const QString &match)
    {
        QVERIFY(sim.reset());
        QVERIFY(sim.clearFaults());
        QVERIFY(sim.clearLog());
        QJsonObject spec = f.spec;
        spec.insert(QStringLiteral("method"), method);
        spec.insert(QStringLiteral("match"), match);
        QVERIFY(sim.addFault(spec));
    }

    // The cleaner robot with a 1 s timeout, so a stalled server shows as a timeout, not a hang.
    BerthctlRun cleanerCtl(const QStringList &args)
    {
        return ctl.run(args
                + QStringList {QStringLiteral("--url"), sim.url().toString(), QStringLiteral("--user"),
                    SimAccounts::kCleaner, QStringLiteral("--password-stdin"), QStringLiteral("--timeout"),
                    QStringLiteral("1")},
            SimAccounts::stdinLine(SimAccounts::kCleanerSecret), 90000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        QVERIFY2(m_registry.start(), qPrintable(m_registry.errorString()));
        QVERIFY2(m_regSim.start({QStringLiteral("--registry-backend"), m_registry.url().toString()}),
            qPrintable(m_regSim.errorString()));
        // oci-image with its two referrers (sbom, signature), pushed through harbor-sim.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OCI_FIXTURES_PASSWORD"), SimAccounts::kAlicePassword);
        const QString out = m_regHome.filePath(QStringLiteral("pushed.json"));
        const RegistryServer::Result r = RegistryServer::run(RegistryServer::fixturesTool(),
            {QStringLiteral("--registry"), m_regSim.url().toString(QUrl::StripTrailingSlash), QStringLiteral("--repo"),
                QStringLiteral("team-a/fx"), QStringLiteral("--username"), SimAccounts::kAlice,
                QStringLiteral("--only"), QStringLiteral("oci-image"), QStringLiteral("sbom"),
                QStringLiteral("signature"), QStringLiteral("--out"), out},
            180000, {}, env);
        QVERIFY2(r.ok(), r.output.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject rec = QJsonDocument::fromJson(f.readAll())
                                    .object()
                                    .value(QStringLiteral("fixtures"))
                                    .toObject()
                                    .value(QStringLiteral("oci-image"))
                                    .toObject();
        m_manifestDigest = rec.value(QStringLiteral("digest")).toString();
        m_configDigest = rec.value(QStringLiteral("config")).toObject().value(QStringLiteral("digest")).toString();
        QVERIFY(m_manifestDigest.startsWith(QLatin1String("sha256:")));
        QVERIFY(m_configDigest.startsWith(QLatin1String("sha256:")));
        for (const QString &path : m_regPaths) {
            QDir(cacheDir()).removeRecursively();
            m_baseline.insert(path, inspect(path));
        }
        QCOMPARE(m_baseline.value(QStringLiteral("manifest")).exitCode, 0);
        QVERIFY(m_baseline.value(QStringLiteral("manifest"))
                    .json()
                    .object()
                    .value(QStringLiteral("referrers"))
                    .toArray()
                    .size()
            == 2);
        // Anonymous on a private project: the anonymous token grants nothing; exit 3.
        QCOMPARE(m_baseline.value(QStringLiteral("token service")).exitCode, 3);
    }

    void matrix_data()
    {
        QTest::addColumn<int>("fault");
        for (int i = 0; i < faults().size(); ++i)
            QTest::newRow(faults().at(i).name) << i;
    }

    void matrix()
    {
        QFETCH(int, fault);
        const Fault f = faults().at(fault);
        const QString name = QString::fromLatin1(f.name);
        QElapsedTimer t;

        // 1. Listing through the library: repositories of team-a.
        arm(f, QStringLiteral("GET"), QStringLiteral("/repositories"));
        {
            HarborClient c(settings());
            ApiError err;
            bool done = false;
            int items = 0;
            t.start();
            c.listRepositories(
                QStringLiteral("team-a"), {}, &c, [&](const QList<Repository> &r, qint64) { items += r.size(); },
                [&](const ApiError &e) { err = e, done = true; });
            QVERIFY2(QTest::qWaitFor([&] { return done; }, 60000), "listing hung");
            const QString cause = err ? causeId(ErrorPresenter::causeOf(err)) : QStringLiteral("no_error");
            QVERIFY2(f.acceptable.contains(cause), qPrintable(name + QStringLiteral(": ") + cause));
            if (err)
                QCOMPARE(items, 0); // never a partial list that looks like success
            const int tries = requestsTo(QStringLiteral("GET"), QStringLiteral("/repositories"));
            // Our retries (3 tries) times Qt's own resend of a request whose connection closed
            // before any answer (up to 3 sends): the table records the real count.
            // A delayed answer is logged only when the simulator sends it, after we gave up.
            QVERIFY2(
                tries <= 9 && (tries >= 1 || cause == QLatin1String("timeout")), qPrintable(QString::number(tries)));
            m_table[name][m_paths[0]]
                = QStringLiteral("%1, %2 request(s), %3 s").arg(cause).arg(tries).arg(t.elapsed() / 1000.0, 0, 'f', 1);
        }

        // 2. Listing through berthctl.
        arm(f, QStringLiteral("GET"), QStringLiteral("/repositories"));
        {
            t.start();
            const BerthctlRun r
                = cleanerCtl({QStringLiteral("ls"), QStringLiteral("team-a"), QStringLiteral("--json")});
            const int code = r.exitCode;
            const QString err = QString::fromUtf8(r.err);
            QVERIFY2(code >= 0, qPrintable(err));
            const QString cause
                = code == 0 ? QStringLiteral("no_error") : err.section(QLatin1Char(':'), 0, 0).trimmed();
            QVERIFY2(f.acceptable.contains(cause), qPrintable(name + QStringLiteral(": ") + err));
            QVERIFY(code == 0 || code == 1 || code == 7);
            m_table[name][m_paths[1]] = QStringLiteral("exit %1, %2").arg(code).arg(cause);
        }

        // 3. The tree model: an error row under the project, never an empty node.
        arm(f, QStringLiteral("GET"), QStringLiteral("/repositories"));
        {
            HarborClient c(settings());
            RegistryTreeModel model;
            const QModelIndex reg = model.addRegistry(QStringLiteral("sim"), &c, QStringLiteral("robot"));
            model.fetchMore(reg);
            QVERIFY(QTest::qWaitFor([&] { return !model.isLoading() && model.rowCount(reg) > 0; }, 30000));
            QModelIndex teamA;
            for (int i = 0; i < model.rowCount(reg); ++i)
                if (model.index(i, 0, reg).data().toString() == QLatin1String("team-a"))
                    teamA = model.index(i, 0, reg);
            QVERIFY(teamA.isValid());
            model.fetchMore(teamA);
            QVERIFY2(QTest::qWaitFor([&] { return !model.isLoading(); }, 60000), "model hung");
            const bool errorRow = model.rowCount(teamA) == 1
                && NodeKind(model.index(0, 0, teamA).data(KindRole).toInt()) == NodeKind::Error;
            const bool rows = model.rowCount(teamA) >= 3;
            QVERIFY2(errorRow || rows, qPrintable(name));
            QVERIFY(!(model.rowCount(teamA) == 0)); // never an empty node that looks like success
            m_table[name][m_paths[2]] = errorRow ? QStringLiteral("error row: %1")
                                                       .arg(model.index(0, 0, teamA)
                                                                .data(ErrorTextRole)
                                                                .toString()
                                                                .section(QStringLiteral(" -> "), 1)
                                                                .left(60))
                                                 : QStringLiteral("loaded");
        }

        // 4. Deleting through the library: every item in exactly one state, DELETE tried at most twice.
        arm(f, QStringLiteral("DELETE"), QStringLiteral("/tags/"));
        {
            HarborClient c(settings());
            QList<DeleteItem> items;
            for (const char *tag : {"pr-1", "pr-2"}) {
                DeleteItem i;
                i.project = QStringLiteral("team-a");
                i.repository = QStringLiteral("frontend");
                i.tag = i.reference = QString::fromLatin1(tag);
                i.label = QStringLiteral("team-a/frontend:") + i.tag;
                items << i;
            }
            DeleteBatch batch(&c, items, 2);
            QSignalSpy finished(&batch, &DeleteBatch::finished);
            QSignalSpy each(&batch, &DeleteBatch::itemFinished);
            batch.start();
            QVERIFY2(finished.count() || finished.wait(60000), "delete hung");
            QCOMPARE(each.count(), 2);
            QStringList states;
            for (const DeleteOutcome &o : batch.outcomes()) {
                QVERIFY(o.state != DeleteState::Pending);
                QVERIFY(o.attempts <= 2);
                states << deleteStateName(o.state);
            }
            // What the batch says matches the server.
            const QStringList remaining = sim.tagsOf(QStringLiteral("team-a/frontend"));
            for (int i = 0; i < 2; ++i) {
                const DeleteState s = batch.outcomes().at(i).state;
                if (s == DeleteState::Failed)
                    QVERIFY(remaining.contains(items.at(i).tag));
                if (s == DeleteState::Deleted || s == DeleteState::AlreadyGone)
                    QVERIFY(!remaining.contains(items.at(i).tag));
            }
            m_table[name][m_paths[3]] = states.join(QStringLiteral(", "))
                + QStringLiteral(" (%1 DELETEs)").arg(requestsTo(QStringLiteral("DELETE"), QStringLiteral("/tags/")));
        }

        // 5. Deleting through berthctl.
        arm(f, QStringLiteral("DELETE"), QStringLiteral("/tags/"));
        {
            const BerthctlRun r
                = cleanerCtl({QStringLiteral("rm"), QStringLiteral("team-a/frontend:pr-1"), QStringLiteral("--json")});
            const int code = r.exitCode;
            QVERIFY2(code >= 0, r.err.constData());
            const QJsonArray rows = r.json().array();
            QCOMPARE(rows.size(), 1); // accounted for, whatever happened
            const QJsonObject o = rows.first().toObject();
            m_table[name][m_paths[4]]
                = QStringLiteral("exit %1, %2%3")
                      .arg(code)
                      .arg(o.value(QStringLiteral("status")).toString(),
                          o.value(QStringLiteral("cause")).isNull()
                              ? QString()
                              : QStringLiteral(" (%1)").arg(o.value(QStringLiteral("cause")).toString()));
        }
    }

    // berthctl inspect with each fault on one /v2/ path (or the token service): the right exit
    // code and cause, no crash, nothing cached from the bad answer, and a run after the fault is
    // cleared ends as a run without it.
    void registryMatrix_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("path");
        const QList<Fault> all = registryFaults();
        for (int i = 0; i < all.size(); ++i)
            for (const QString &path : m_regPaths)
                QTest::addRow("%s: %s", all.at(i).name, qPrintable(path)) << i << path;
    }

    void registryMatrix()
    {
        QFETCH(int, fault);
        QFETCH(QString, path);
        const Fault f = registryFaults().at(fault);
        const QString name = QString::fromLatin1(f.name);
        const QString match = regMatch(path);
        QDir(cacheDir()).removeRecursively();
        QVERIFY(m_regSim.clearFaults());
        QVERIFY(m_regSim.clearLog());
        QJsonObject spec = f.spec;
        spec.insert(QStringLiteral("method"), QStringLiteral("GET"));
        spec.insert(QStringLiteral("match"), match);
        QVERIFY(m_regSim.addFault(spec));

        const BerthctlRun r = inspect(path);
        QVERIFY2(r.exitCode >= 0, r.err.constData()); // no crash, no hang
        const QString cause = causeOf(path, r);
        QVERIFY2(f.acceptable.contains(cause) || alsoAcceptable(name, path).contains(cause),
            qPrintable(name + QStringLiteral(" on ") + path + QStringLiteral(": ") + QString::fromUtf8(r.err)));
        if (cause != QLatin1String("no_error")) {
            QCOMPARE(r.exitCode, exitFor(cause));
            QVERIFY(r.out.isEmpty()); // never a partial description that looks like success
        }
        // Over a cap, the error says so rather than parsing a part (the config's cap is 8 MiB).
        if (name == QLatin1String("5 MiB body") && path != QLatin1String("config blob"))
            QVERIFY2(r.err.contains("larger than"), r.err.constData());
        int tries = 0;
        for (const QJsonValue &v : m_regSim.log())
            tries += v.toObject().value(QStringLiteral("path")).toString().contains(match);
        // The fault was reached (a delayed answer is logged only when sent, after we gave up).
        QVERIFY2(tries >= 1 || cause == QLatin1String("timeout"), qPrintable(name));
        QVERIFY2(tries <= 9, qPrintable(QString::number(tries)));
        const QString problem = cacheProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        if (r.exitCode != 0 && path == QLatin1String("manifest"))
            QVERIFY(!cached(m_manifestDigest));
        if (r.exitCode != 0 && path == QLatin1String("config blob"))
            QVERIFY(!cached(m_configDigest));

        // The fault gone, the same command ends as it does without one, from a verified cache.
        QVERIFY(m_regSim.clearFaults());
        const BerthctlRun again = inspect(path);
        const BerthctlRun base = m_baseline.value(path);
        QCOMPARE(again.exitCode, base.exitCode);
        QCOMPARE(again.out, base.out);
        QVERIFY2(cacheProblem().isEmpty(), qPrintable(cacheProblem()));
        if (base.exitCode == 0)
            QVERIFY(cached(m_manifestDigest) && cached(m_configDigest));

        m_regTable[name][path]
            = QStringLiteral("exit %1, %2, %3 request(s)")
                  .arg(r.exitCode)
                  .arg(cause == QLatin1String("no_error") && r.exitCode != 0 ? QStringLiteral("as without the fault")
                                                                             : cause)
                  .arg(tries);
    }

    void cleanupTestCase()
    {
        const QString api = markdown(faults(), m_paths, m_table);
        const QString registry = markdown(registryFaults(), m_regPaths, m_regTable);
        QFile local(QDir::current().filePath(QStringLiteral("fault-matrix.md")));
        if (local.open(QIODevice::WriteOnly | QIODevice::Truncate))
            local.write((api + QLatin1Char('\n') + registry).toUtf8());
        if (!qEnvironmentVariableIsSet("BERTH_UPDATE_FAULT_TABLE"))
            return;
        // Rewrite each table that ran between its markers in tests/README.md.
        QFile readme(qEnvironmentVariable("BERTH_SOURCE_DIR") + QStringLiteral("/tests/README.md"));
        if (!readme.open(QIODevice::ReadOnly))
            return;
        QString text = QString::fromUtf8(readme.readAll());
        readme.close();
        if (!m_table.isEmpty())
            replaceBetween(&text, QStringLiteral("fault-matrix"), api);
        if (!m_regTable.isEmpty())
            replaceBetween(&text, QStringLiteral("fault-matrix-registry"), registry);
        if (readme.open(QIODevice::WriteOnly | QIODevice::Truncate))
            readme.write(text.toUtf8());
    }

private:
    static QString markdown(
        const QList<Fault> &rows, const QStringList &columns, const QMap<QString, QMap<QString, QString>> &cells)
    {
        QString md = QStringLiteral("| Fault | ") + columns.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|---|");
        for (int i = 0; i < columns.size(); ++i)
            md += QStringLiteral("---|");
        md += QLatin1Char('\n');
        for (const Fault &f : rows) {
            const QString name = QString::fromLatin1(f.name);
            md += QStringLiteral("| ") + name;
            for (const QString &c : columns)
                md += QStringLiteral(" | ") + cells.value(name).value(c, QStringLiteral("—"));
            md += QStringLiteral(" |\n");
        }
        return md;
    }

    static void replaceBetween(QString *text, const QString &marker, const QString &md)
    {
        const QString begin = QStringLiteral("<!-- %1:begin -->").arg(marker);
        const QString end = QStringLiteral("<!-- %1:end -->").arg(marker);
        const int b = text->indexOf(begin);
        const int e = text->indexOf(end);
        if (b >= 0 && e > b)
            *text = text->left(b + begin.size()) + QStringLiteral("\n") + md + text->mid(e);
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
