#include "MainWindowHarness.h"

#include "credentials/InMemoryCredentialStore.h"
#include "credentials/ProfileStore.h"
#include "gui/MainWindow.h"
#include "gui/RegistrySessions.h"
#include "models/RegistryFilterProxy.h"
#include "models/RegistryTreeModel.h"

#include <QItemSelectionModel>
#include <QSettings>
#include <QTest>
#include <QTreeView>

using namespace berth;

MainWindowHarness::MainWindowHarness() = default;
MainWindowHarness::~MainWindowHarness()
{
    m_window.reset();
    sim.stop();
}

RegistryTreeModel *MainWindowHarness::model() const
{
    return m_window->model();
}

RegistryFilterProxy *MainWindowHarness::proxy() const
{
    return m_window->proxy();
}

QTreeView *MainWindowHarness::tree() const
{
    return m_window->treeView();
}

bool MainWindowHarness::start(const QString &user, const QString &secret, const QStringList &simOptions)
{
    if (!sim.start(simOptions))
        return false;
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("berth.conf")), QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_keychain = std::make_unique<InMemoryCredentialStore>();
    m_window = std::make_unique<MainWindow>(m_profiles.get(), m_keychain.get());
    if (!user.isEmpty()) {
        Profile p;
        p.name = QStringLiteral("sim");
        p.url = sim.url();
        p.kind = AccountKind::Robot;
        p.username = user;
        m_window->sessions()->openWithSecret(p, secret);
    }
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get());
}

QString MainWindowHarness::settingsPath() const
{
    return m_settings->fileName();
}

QString MainWindowHarness::tempPath(const QString &name) const
{
    return m_dir->filePath(name);
}

bool MainWindowHarness::waitIdle(int timeoutMs) const
{
    return QTest::qWaitFor([this] { return !model()->isLoading(); }, timeoutMs);
}

QModelIndex MainWindowHarness::child(const QModelIndex &parent, const QString &name) const
{
    for (int r = 0; r < proxy()->rowCount(parent); ++r) {
        const QModelIndex c = proxy()->index(r, 0, parent);
        const RegistryNode *n = model()->node(proxy()->mapToSource(c));
        if (!n)
            continue;
        const QString text = n->kind == NodeKind::Digest ? c.data(DigestRole).toString() : n->name;
        if (text == name)
            return c;
    }
    return {};
}

QPersistentModelIndex MainWindowHarness::open(const QStringList &path)
{
    QPersistentModelIndex cur = proxy()->index(0, 0);
    const auto expand = [this](const QPersistentModelIndex &i) {
        tree()->expand(i);
        return QTest::qWaitFor([&] { return proxy()->rowCount(i) > 0 && !model()->isLoading(); }, 30000);
    };
    if (!expand(cur))
        return {};
    for (const QString &name : path) {
        cur = child(cur, name);
        if (!cur.isValid() || (proxy()->hasChildren(cur) && !expand(cur)))
            return {};
    }
    return cur;
}

void MainWindowHarness::select(const QList<QModelIndex> &rows)
{
    tree()->selectionModel()->clearSelection();
    for (const QModelIndex &r : rows)
        tree()->selectionModel()->select(r, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    if (!rows.isEmpty())
        tree()->selectionModel()->setCurrentIndex(rows.first(), QItemSelectionModel::NoUpdate);
    tree()->setFocus();
}

QObject *MainWindowHarness::findChildNamed(const char *name) const
{
    QObject *w = m_window ? m_window->findChild<QObject *>(QLatin1String(name)) : nullptr;
    if (!w)
        qWarning("no child %s", name);
    return w;
}
