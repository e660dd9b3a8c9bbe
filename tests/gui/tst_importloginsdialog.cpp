// "Import logins…", offscreen: what docker and podman keep is listed with where it comes from and
// why a login cannot be used; nothing is ticked by default and nothing is saved or read from a
// credential helper unless ticked; "Import selected" saves exactly the ticked logins.
#include "credentials/CredentialKey.h"
#include "credentials/InMemoryCredentialStore.h"
#include "credentials/ProfileStore.h"
#include "gui/AccountsDialog.h"
#include "gui/ImportLoginsDialog.h"
#include "gui/RegistrySessions.h"
#include "JobWait.h"
#include "models/RegistryTreeModel.h"

#include <QApplication>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

} // namespace

class TestImportLoginsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QByteArray m_path;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<InMemoryCredentialStore> m_store;

    QString path(const QString &rel) const { return m_dir.filePath(rel); }
    QString marker() const { return path(QStringLiteral("bin/helper-ran")); }

    int rowOf(const ImportLoginsDialog &d, const QString &registry) const
    {
        const auto *table = d.findChild<QTableWidget *>(QStringLiteral("table"));
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->text() == registry)
                return row;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(path(QStringLiteral("bin"))) + ':' + m_path);
        m_env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        m_env.insert(QStringLiteral("DOCKER_CONFIG"), path(QStringLiteral("docker")));
        m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), path(QStringLiteral("run")));
        // The dialog AccountsDialog opens looks at the process's own environment.
        for (const char *name : {"HOME", "DOCKER_CONFIG", "XDG_RUNTIME_DIR"})
            qputenv(name, QFile::encodeName(m_env.value(QLatin1String(name))));
        qunsetenv("REGISTRY_AUTH_FILE");
        qunsetenv("XDG_CONFIG_HOME");
        writeFile(path(QStringLiteral("bin/docker-credential-fake")),
            "#!/bin/sh\ntouch '" + QFile::encodeName(marker())
                + "'\nread -r url\necho '{\"Username\":\"carol\",\"Secret\":\"helper-secret\"}'\n");
        QFile::setPermissions(
            path(QStringLiteral("bin/docker-credential-fake")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        writeFile(path(QStringLiteral("docker/config.json")),
            "{\"auths\":{\"docker.example\":{\"auth\":\"" + QByteArray("alice:docker-secret").toBase64()
                + "\"},\"broken.example\":{\"auth\":\"%%%\"},\"token.example\":{\"auth\":\""
                + QByteArray("x:").toBase64()
                + "\",\"identitytoken\":\"refresh\"},\"helper.example\":{}},\"credsStore\":\"fake\"}");
        writeFile(path(QStringLiteral("run/containers/auth.json")),
            "{\"auths\":{\"quay.example/org\":{\"auth\":\"" + QByteArray("bob:podman-secret").toBase64() + "\"}}}");
    }
    void cleanupTestCase() { qputenv("PATH", m_path); }

    void init()
    {
        QFile::remove(path(QStringLiteral("profiles.ini")));
        QFile::remove(marker());
        m_settings = std::make_unique<QSettings>(path(QStringLiteral("profiles.ini")), QSettings::IniFormat);
        m_profiles = std::make_unique<ProfileStore>(m_settings.get());
        m_store = std::make_unique<InMemoryCredentialStore>();
    }

    void listsEverythingNothingTicked()
    {
        ImportLoginsDialog d(m_store.get(), m_profiles.get(), nullptr, m_env);
        d.show();
        const auto *table = d.findChild<QTableWidget *>(QStringLiteral("table"));
        QCOMPARE(table->rowCount(), 5);
        for (int row = 0; row < table->rowCount(); ++row)
            QVERIFY(table->item(row, 0)->checkState() != Qt::Checked);
        auto *importButton = d.findChild<QPushButton *>(QStringLiteral("importButton"));
        QVERIFY(!importButton->isEnabled());
        QVERIFY(table->item(rowOf(d, QStringLiteral("broken.example")), 3)->text().contains(QLatin1String("base64")));
        QVERIFY(
            table->item(rowOf(d, QStringLiteral("token.example")), 3)->text().contains(QLatin1String("refresh token")));
        QVERIFY(table->item(rowOf(d, QStringLiteral("helper.example")), 2)
                    ->text()
                    .contains(QLatin1String("docker-credential-fake")));
        QVERIFY(rowOf(d, QStringLiteral("quay.example/org")) >= 0);
        // No secret on screen.
        for (int row = 0; row < table->rowCount(); ++row)
            for (int col = 0; col < table->columnCount(); ++col)
                QVERIFY(!table->item(row, col)->text().contains(QLatin1String("secret")));

        d.importSelected(); // nothing ticked: nothing happens
        QTest::qWait(50);
        QVERIFY(m_store->keys().isEmpty());
        QVERIFY(m_profiles->profiles().isEmpty());
        QVERIFY2(!QFile::exists(marker()), "the helper ran without being picked");
    }

    void importsOnlyTheTicked()
    {
        ImportLoginsDialog d(m_store.get(), m_profiles.get(), nullptr, m_env);
        d.show();
        QSignalSpy finished(&d, &ImportLoginsDialog::importFinished);
        d.setChecked(rowOf(d, QStringLiteral("quay.example/org")), true);
        d.setChecked(rowOf(d, QStringLiteral("broken.example")), true); // not tickable: stays off
        auto *importButton = d.findChild<QPushButton *>(QStringLiteral("importButton"));
        QVERIFY(importButton->isEnabled());
        QTest::mouseClick(importButton, Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toInt(), 1);
        QCOMPARE(finished.first().at(1).toInt(), 0);
        const QList<Profile> saved = m_profiles->profiles();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().url.toString(), QStringLiteral("https://quay.example/"));
        QCOMPARE(saved.first().username, QStringLiteral("bob"));
        QCOMPARE(saved.first().server, ServerKind::Registry);
        QCOMPARE(saved.first().secretSaved, m_store->isPersistent()); // in memory here: not "saved"
        QCOMPARE(m_store->keys(), QStringList {saved.first().credentialKey()});
        QCOMPARE(waitFor(m_store->readSecret(saved.first().credentialKey())).secret, QStringLiteral("podman-secret"));
        QVERIFY(!QFile::exists(marker()));
        QVERIFY(d.resultText().contains(QLatin1String("saved as profile")));
    }

    void helperReadOnlyWhenTicked()
    {
        ImportLoginsDialog d(m_store.get(), m_profiles.get(), nullptr, m_env);
        QSignalSpy finished(&d, &ImportLoginsDialog::importFinished);
        QVERIFY(!QFile::exists(marker()));
        d.setChecked(rowOf(d, QStringLiteral("helper.example")), true);
        d.importSelected();
        QVERIFY(finished.wait(10000));
        QVERIFY(QFile::exists(marker()));
        QCOMPARE(m_profiles->profiles().size(), 1);
        QCOMPARE(m_profiles->profiles().first().username, QStringLiteral("carol"));
    }

    void openedFromAccounts()
    {
        RegistryTreeModel model;
        RegistrySessions sessions(&model, m_profiles.get(), m_store.get());
        AccountsDialog accounts(&sessions);
        accounts.show();
        auto *button = accounts.findChild<QPushButton *>(QStringLiteral("importLoginsButton"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        auto *d = accounts.findChild<ImportLoginsDialog *>();
        QVERIFY(d);
        QCOMPARE(d->found().size(), 5);
        d->reject();
        QVERIFY(m_profiles->profiles().isEmpty());
        QVERIFY(m_store->keys().isEmpty());
    }
};

QTEST_MAIN(TestImportLoginsDialog)
#include "tst_importloginsdialog.moc"
