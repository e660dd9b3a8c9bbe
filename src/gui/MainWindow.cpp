#include "MainWindow.h"

#include "AccountsDialog.h"
#include "ActionStates.h"
#include "api/HarborClient.h"
#include "CleanupDialog.h"
#include "CopyController.h"
#include "core/DigestText.h"
#include "core/DisplayText.h"
#include "core/PullCommands.h"
#include "DeleteController.h"
#include "DeleteGate.h"
#include "DetailsPane.h"
#include "diagnosis/DiagnosisContextBuilder.h"
#include "diagnosis/ErrorPresenter.h"
#include "DiagnosisDialog.h"
#include "ExplainDialog.h"
#include "FilterFeedback.h"
#include "HistoryDialog.h"
#include "InspectorController.h"
#include "MatchHighlightDelegate.h"
#include "MessageBanner.h"
#include "models/ModelIcons.h"
#include "models/RegistryFilterProxy.h"
#include "models/RegistryTreeModel.h"
#include "NameColumnFit.h"
#include "PermissionCache.h"
#include "RegistryBanners.h"
#include "RegistrySessions.h"
#include "RegistryTreeView.h"
#include "RevealPath.h"
#include "SelectionText.h"
#include "ServerSearch.h"
#include "SlicedExpand.h"
#include "SnapshotController.h"
#include "StorageController.h"
#include "TreeContextMenu.h"
#include "TrustCertificateBox.h"
#include "ui_MainWindow.h"
#include "UndoController.h"

#include <algorithm>
#include <QClipboard>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QTimer>
#include <QToolTip>
#include <QTreeView>

namespace berth {

MainWindow::MainWindow(ProfileStore *profiles, CredentialStore *keychain, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_model(new RegistryTreeModel(this))
    , m_proxy(new RegistryFilterProxy(this))
    , m_countsLabel(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_filterTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setWindowIcon(ModelIcons::appIcon());
    m_sessions = new RegistrySessions(m_model, profiles, keychain, this);
    m_deleter = new DeleteController(m_model, m_sessions, this);
    m_permissions = new PermissionCache(this);
    m_gate = std::make_unique<DeleteGate>(m_model, m_permissions);
    m_deleter->setGate(m_gate.get());

    m_proxy->setSourceModel(m_model);
    QTreeView *tree = m_ui->treeView;
    setUpRegistryTreeView(tree, m_proxy, this);
    // The side tabs (details, contents) keep their share of the splitter whatever they show: a
    // long digest or title wraps or is cut inside them, and never widens them over the tree's
    // columns. The policy goes first: setStretchFactor() keeps a policy's other fields.
    m_ui->sideTabs->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_ui->sideTabs->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({800, 480});
    m_ui->detailsPane->setAccessibleName(tr("Details"));
    m_ui->inspectorPane->setAccessibleName(tr("Contents"));
    m_inspector = new InspectorController(m_model, m_sessions, m_ui->sideTabs, m_ui->inspectorPane, this);
    m_storage = new StorageController(m_model, m_ui->sideTabs, tree, m_proxy, this); // the Storage tab

    m_ui->filterModeCombo->addItem(tr("Substring"), int(RegistryFilterProxy::Mode::Substring));
    m_ui->filterModeCombo->addItem(tr("Wildcard"), int(RegistryFilterProxy::Mode::Wildcard));
    m_ui->filterModeCombo->addItem(tr("Regular expression"), int(RegistryFilterProxy::Mode::RegularExpression));
    m_ui->filterModeCombo->setAccessibleName(tr("Filter mode"));
    m_ui->filterEdit->setAccessibleName(tr("Filter"));
    m_filterFeedback = new FilterFeedback(m_ui->filterEdit, m_ui->filterErrorLabel, tree, m_proxy, this);
    m_ui->searchServerButton->setToolTip(tr("Ask each registry for repositories whose name contains the filter text, "
                                            "and load the projects that have them"));
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(150);
    connect(m_filterTimer, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_ui->filterModeCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, &MainWindow::applyFilter);
    connect(m_ui->searchServerButton, &QToolButton::clicked, this, &MainWindow::searchServer);

    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setVisible(false);
    m_busy->setAccessibleName(tr("Loading"));
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_busy);

    m_banner = new MessageBanner({m_ui->bannerFrame, m_ui->bannerIcon, m_ui->bannerLabel, m_ui->bannerExplainButton,
                                     m_ui->bannerAnonymousButton, m_ui->bannerCloseButton},
        this);
    connect(m_banner, &MessageBanner::explainRequested, this, &MainWindow::showBannerDiagnosis);
    connect(m_banner, &MessageBanner::anonymousRequested, this,
        [this](const QPersistentModelIndex &registry) { m_sessions->continueAnonymously(registry); });
    m_snapshots = SnapshotController::install(this, m_model, m_sessions, tree, m_proxy, m_banner);

    connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onCurrentChanged);
    // A filter change is a layout change: a current row it hides becomes invalid without
    // currentChanged, and the details pane must not keep showing it.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::onCurrentChanged);
    connect(tree, &QTreeView::activated, this, &MainWindow::onActivated);
    connect(tree, &QTreeView::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_ui->detailsPane, &DetailsPane::copied, this,
        [this](const QString &text) { statusBar()->showMessage(tr("Copied: %1").arg(text), 4000); });
    connect(m_ui->inspectorPane, &InspectorPane::copied, this,
        [this](const QString &message) { statusBar()->showMessage(message, 4000); });
    connect(m_model, &RegistryTreeModel::loadingChanged, this, &MainWindow::updateStatus);
    connect(m_model, &RegistryTreeModel::countsChanged, this, &MainWindow::updateStatus);
    connect(m_model, &RegistryTreeModel::plannedRemovalsChanged, tree->viewport(), qOverload<>(&QWidget::update));
    announceRegistryProblems(m_model, m_sessions, m_banner, this);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::tryReveal);

    setupActions();
    restoreState();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // QWidget's destructor hides the children after this body has run; the tree view then lays
    // out again and asks the model to fetch more, whose signals would reach a window that is no
    // longer a MainWindow. Detach the view and this window from the model first.
    m_ui->treeView->setModel(nullptr);
    disconnect(m_model, nullptr, this, nullptr);
}

QTreeView *MainWindow::treeView() const
{
    return m_ui->treeView;
}

void MainWindow::setupActions()
{
    m_ui->actionRefresh->setShortcut(QKeySequence::Refresh);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionFind->setShortcut(QKeySequence::Find);
    m_ui->actionCopyPull->setShortcut(QKeySequence::Copy);
    m_ui->actionCopyPull->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->treeView->addAction(m_ui->actionCopyPull);
    connect(m_ui->actionAccounts, &QAction::triggered, this, [this] { showAccounts({}); });
    connect(m_deleter, &DeleteController::editCredentialsRequested, this, &MainWindow::showAccounts);
    connect(m_ui->actionRefresh, &QAction::triggered, m_model, &RegistryTreeModel::refreshAll);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->filterEdit->setFocus();
        m_ui->filterEdit->selectAll();
    });
    connect(m_ui->actionCopyPull, &QAction::triggered, this, &MainWindow::copyPullCommands);
    connect(m_ui->actionCopyDigest, &QAction::triggered, this, &MainWindow::copyDigests);
    connect(m_ui->actionCopyName, &QAction::triggered, this, &MainWindow::copyNames);
    connect(m_ui->actionShowUntagged, &QAction::toggled, m_ui->showUntaggedCheck, &QCheckBox::setChecked);
    connect(m_ui->showUntaggedCheck, &QCheckBox::toggled, m_ui->actionShowUntagged, &QAction::setChecked);
    connect(m_ui->showUntaggedCheck, &QCheckBox::toggled, m_proxy, &RegistryFilterProxy::setShowUntagged);
    connect(m_ui->actionShowNested, &QAction::toggled, m_ui->showNestedCheck, &QCheckBox::setChecked);
    connect(m_ui->showNestedCheck, &QCheckBox::toggled, m_ui->actionShowNested, &QAction::setChecked);
    connect(m_ui->showNestedCheck, &QCheckBox::toggled, m_proxy, &RegistryFilterProxy::setShowNested);
    // In slices across event-loop turns: QTreeView::expandAll() lays out every row in one call.
    auto *expander = new SlicedExpander(m_ui->treeView, this);
    connect(m_ui->actionExpandAll, &QAction::triggered, expander, &SlicedExpander::expandAll);
    connect(m_ui->actionCollapseAll, &QAction::triggered, this, [this, expander] {
        expander->cancel();
        m_ui->treeView->collapseAll();
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionExplain, &QAction::triggered, this, &MainWindow::showExplain);
    connect(m_ui->actionHistory, &QAction::triggered, this, &MainWindow::showHistory);
    m_ui->actionInspect->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_ui->actionInspect, &QAction::triggered, m_inspector, &InspectorController::showContents);

    // Del removes the selected tags; Shift+Del deletes the selected artifacts.
    m_ui->actionRemoveTags->setShortcut(QKeySequence::Delete);
    m_ui->actionDeleteArtifacts->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    for (QAction *a : {m_ui->actionRemoveTags, m_ui->actionDeleteArtifacts}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_ui->treeView->addAction(a);
    }
    connect(m_ui->actionRemoveTags, &QAction::triggered, this,
        [this] { m_deleter->request(selectedSourceRows(), DeletePlan::Mode::Tags); });
    connect(m_ui->actionDeleteArtifacts, &QAction::triggered, this,
        [this] { m_deleter->request(selectedSourceRows(), DeletePlan::Mode::Artifacts); });
    connect(m_ui->actionDeleteRepository, &QAction::triggered, this,
        [this] { m_deleter->request({currentSource().siblingAtColumn(0)}, DeletePlan::Mode::Repository); });
    connect(m_deleter, &DeleteController::refused, this, &MainWindow::showRefusal);

    // Clean up… plans for the current row's repository, folder, project or registry. Ctrl+Shift+Del
    // is what browsers use for "clear data", and clashes with no key here.
    m_ui->actionCleanup->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    connect(m_ui->actionCleanup, &QAction::triggered, this, [this] { showCleanup(m_actionStates->cleanupTarget()); });

    // Add tag…, Copy to… and drops on the tree: their own controller.
    m_copier = new CopyController(m_model, m_sessions, m_permissions, this);
    m_copier->watch(m_ui->treeView, m_proxy, [this] { return currentSource(); });
    m_ui->menuEdit->addActions({m_copier->addTagAction(), m_copier->copyToAction()});
    connect(m_copier, &CopyController::message, this, [this](const QString &t) { statusBar()->showMessage(t, 8000); });
    // One enabled state for menus, context menus and keys, computed afresh before a menu opens.
    m_actionStates = new ActionStates(
        {m_ui->actionRemoveTags, m_ui->actionDeleteArtifacts, m_ui->actionDeleteRepository, m_ui->actionCleanup,
            m_copier->addTagAction(), m_copier->copyToAction()},
        m_model, m_permissions, m_gate.get(), [this] { return selectedSourceRows(); },
        [this] { return currentSource(); }, this);
    connect(m_actionStates, &ActionStates::refused, this, &MainWindow::showRefusal);
    m_undo = UndoController::install(this, m_ui->menuEdit, m_model, m_sessions, m_deleter); // Edit → Undo
    m_ui->menuEdit->setToolTipsVisible(true);
    m_ui->menuFile->setToolTipsVisible(true);
    connect(m_ui->menuEdit, &QMenu::aboutToShow, m_actionStates, &ActionStates::update);
    connect(m_ui->menuFile, &QMenu::aboutToShow, m_actionStates, &ActionStates::update);
    m_actionStates->watch(m_ui->treeView, m_proxy);
}

void MainWindow::showRefusal(const QString &reason)
{
    if (reason.isEmpty())
        return;
    statusBar()->showMessage(reason, 10000);
    // And where the user is looking: next to the current row, as a tooltip would be.
    QTreeView *tree = m_ui->treeView;
    const QRect r = tree->visualRect(tree->currentIndex());
    const QPoint at = tree->viewport()->mapToGlobal(r.isValid() ? r.bottomLeft() : QPoint(0, 0));
    QToolTip::showText(at, DisplayText::literalForAutoText(reason), tree);
}

void MainWindow::restoreState()
{
    QSettings s;
    s.beginGroup(QStringLiteral("MainWindow"));
    if (!restoreGeometry(s.value(QStringLiteral("geometry")).toByteArray()))
        resize(1280, 780);
    m_ui->splitter->restoreState(s.value(QStringLiteral("splitter")).toByteArray());
    m_ui->treeView->header()->restoreState(s.value(QStringLiteral("header")).toByteArray());
    m_ui->showUntaggedCheck->setChecked(s.value(QStringLiteral("showUntagged"), true).toBool());
    m_ui->showNestedCheck->setChecked(s.value(QStringLiteral("showNested"), false).toBool());
    m_ui->filterModeCombo->setCurrentIndex(s.value(QStringLiteral("filterMode"), 0).toInt());
    m_proxy->setShowUntagged(m_ui->showUntaggedCheck->isChecked());
    m_proxy->setShowNested(m_ui->showNestedCheck->isChecked());
}

void MainWindow::saveState()
{
    QSettings s;
    s.beginGroup(QStringLiteral("MainWindow"));
    s.setValue(QStringLiteral("geometry"), saveGeometry());
    s.setValue(QStringLiteral("splitter"), m_ui->splitter->saveState());
    s.setValue(QStringLiteral("header"), m_ui->treeView->header()->saveState());
    s.setValue(QStringLiteral("showUntagged"), m_ui->showUntaggedCheck->isChecked());
    s.setValue(QStringLiteral("showNested"), m_ui->showNestedCheck->isChecked());
    s.setValue(QStringLiteral("filterMode"), m_ui->filterModeCombo->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    m_snapshots->saveAll();
    QMainWindow::closeEvent(event);
}

void MainWindow::applyFilter()
{
    const auto mode = RegistryFilterProxy::Mode(m_ui->filterModeCombo->currentData().toInt());
    QString error;
    if (!m_proxy->setFilter(m_ui->filterEdit->text(), mode, &error)) {
        m_filterFeedback->setError(error); // at the field; the last valid filter stays
        return;
    }
    m_filterFeedback->setError({});
    m_filterFeedback->updatePlaceholder();
    if (!m_ui->filterEdit->text().isEmpty())
        m_ui->treeView->expandAll(); // show where the matches are; only loaded rows take part
}

QModelIndex MainWindow::currentSource() const
{
    return m_proxy->mapToSource(m_ui->treeView->currentIndex());
}

QModelIndexList MainWindow::selectedSourceRows() const
{
    QModelIndexList rows;
    for (const QModelIndex &i : m_ui->treeView->selectionModel()->selectedRows())
        rows << m_proxy->mapToSource(i);
    if (rows.isEmpty() && m_ui->treeView->currentIndex().isValid())
        rows << currentSource();
    return rows;
}

void MainWindow::prefetchPermissions(const QModelIndex &src)
{
    const RegistryNode *n = m_model->node(src);
    if (!n)
        return;
    const RegistryNode *project = n->project();
    if (project && project->data)
        m_permissions->fetch(m_model->clientFor(src), project->data->projectId);
}

void MainWindow::onCurrentChanged()
{
    const QModelIndex src = currentSource();
    prefetchPermissions(src.siblingAtColumn(0));
    m_inspector->setCurrent(src); // inspects only while the Contents tab shows
    if (src.isValid())
        m_ui->detailsPane->showNode(m_model, src.siblingAtColumn(0));
    else
        m_ui->detailsPane->clear();
}

void MainWindow::onActivated(const QModelIndex &proxyIndex)
{
    const QModelIndex src = m_proxy->mapToSource(proxyIndex).siblingAtColumn(0);
    const auto kind = NodeKind(src.data(KindRole).toInt());
    if (kind == NodeKind::Error) {
        m_model->retry(src);
        return;
    }
    if (m_model->hasChildren(src))
        m_ui->treeView->setExpanded(
            proxyIndex.siblingAtColumn(0), !m_ui->treeView->isExpanded(proxyIndex.siblingAtColumn(0)));
    m_ui->detailsPane->showNode(m_model, src);
}

void MainWindow::showContextMenu(const QPoint &pos)
{
    const QModelIndex proxyIndex = m_ui->treeView->indexAt(pos);
    if (!proxyIndex.isValid())
        return;
    // The menu acts on the row under the pointer: outside the selection, it becomes the selection
    // (as a right-click does); inside it, it becomes current and the selection stays.
    QItemSelectionModel *selection = m_ui->treeView->selectionModel();
    if (!selection->isSelected(proxyIndex.siblingAtColumn(0)))
        selection->setCurrentIndex(
            proxyIndex.siblingAtColumn(0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else
        selection->setCurrentIndex(proxyIndex.siblingAtColumn(0), QItemSelectionModel::NoUpdate);
    m_actionStates->update();
    const QModelIndex src = m_proxy->mapToSource(proxyIndex).siblingAtColumn(0);
    const TreeMenuActions actions {m_ui->actionCopyPull, m_ui->actionCopyDigest, m_ui->actionCopyName,
        m_ui->actionRemoveTags, m_ui->actionDeleteArtifacts, m_ui->actionDeleteRepository, m_ui->actionCleanup,
        m_ui->actionInspect, m_copier->addTagAction(), m_copier->copyToAction()};
    const TreeMenuCallbacks callbacks {[this, src] { m_model->retry(src); }, [this] { refreshSelected(); }};
    TreeContextMenu::build(m_model, src, actions, callbacks, this)->popup(m_ui->treeView->viewport()->mapToGlobal(pos));
}

void MainWindow::showAccounts(const QString &profile)
{
    auto *dialog = new AccountsDialog(m_sessions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!profile.isEmpty())
        dialog->selectProfile(profile);
    connect(
        dialog, &AccountsDialog::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    dialog->open();
}

void MainWindow::trustCertificate(const QPersistentModelIndex &registry, const ApiError &error)
{
    const auto profile = m_sessions->profileAt(registry);
    if (!profile || error.peerCertificateSha256.isEmpty())
        return;
    QPushButton *trust = nullptr;
    QMessageBox *box = makeTrustCertificateBox(profile->name, error, this, &trust);
    const QString name = profile->name;
    const QString sha = error.peerCertificateSha256;
    connect(trust, &QPushButton::clicked, this, [this, name, sha] {
        QString err;
        if (!m_sessions->trustCertificate(name, sha, &err)) {
            statusBar()->showMessage(tr("Could not save the pinned certificate: %1").arg(err), 8000);
            return;
        }
        m_banner->hide();
        const QModelIndex idx = m_model->registryIndex(name);
        m_ui->treeView->expand(m_proxy->mapFromSource(idx));
        statusBar()->showMessage(tr("%1 now trusts the certificate %2.").arg(name, sha.left(16)), 8000);
    });
    box->open();
}

void MainWindow::showCleanup(const QModelIndex &src)
{
    const RegistryNode *n = m_model->node(src);
    HarborClient *client = m_model->clientFor(src);
    if (!n || !client)
        return;
    // The scope, as berthctl writes it: "*", "project", "project/folder/", "project/repo": the
    // path the filter reads for those rows.
    const bool scoped = n->kind == NodeKind::Repository || n->kind == NodeKind::Project || n->kind == NodeKind::Folder;
    const QString text = scoped ? RegistryFilterProxy::filterPath(n) : QStringLiteral("*");
    const auto scope = CleanupScope::parse(text);
    if (!scope)
        return;
    const RegistryNode *registry = n->registry();
    auto *dialog = new CleanupDialog(client, registry ? registry->name : QString(), *scope, m_model, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Run follows the same gate as the delete actions: the permissions of the projects in scope
    // are asked for now, and Run is off with the reason while they say no.
    const QModelIndex registryIndex = m_model->indexFor(registry);
    for (int r = 0; r < m_model->rowCount(registryIndex); ++r) {
        const QModelIndex project = m_model->index(r, 0, registryIndex);
        const RegistryNode *p = m_model->node(project);
        if (p && p->kind == NodeKind::Project
            && (scope->kind == CleanupScope::Kind::Registry || p->name == scope->project))
            prefetchPermissions(project);
    }
    const QPersistentModelIndex keep(registryIndex);
    dialog->setRunGate([this, keep](const Plan &plan) { return m_gate->planDenial(keep, plan); });
    dialog->setStorage(m_storage);
    connect(m_permissions, &PermissionCache::updated, dialog, &CleanupDialog::recheckRun);
    dialog->open();
}

void MainWindow::showExplain()
{
    auto *dialog = new ExplainDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showHistory()
{
    auto *dialog = new HistoryDialog(this, m_undo);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showBannerDiagnosis()
{
    DiagnosisContext c = credentialFacts(m_sessions->profileAt(m_banner->registry()));
    c.plainRegistry = m_model->isPlainRegistry(m_banner->registry());
    auto *dialog = new DiagnosisDialog(m_banner->error(), c, m_model->clientFor(m_banner->registry()), {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPersistentModelIndex registry = m_banner->registry();
    connect(dialog, &DiagnosisDialog::actionRequested, this, [this, registry](DiagnosisAction action) {
        switch (action) {
        case DiagnosisAction::ContinueAnonymously:
            if (registry.isValid()) {
                m_sessions->continueAnonymously(registry);
                m_banner->hide();
            }
            break;
        case DiagnosisAction::Retry:
            if (registry.isValid())
                m_model->retry(registry);
            break;
        case DiagnosisAction::EditCredentials: {
            const auto p = m_sessions->profileAt(registry);
            showAccounts(p ? p->name : QString());
            break;
        }
        case DiagnosisAction::TrustCertificate:
            if (registry.isValid())
                trustCertificate(registry, m_banner->error());
            break;
        case DiagnosisAction::Refresh: // offered for items that changed, never for a registry's failure
        case DiagnosisAction::CopyDetails: // done by the dialog
            break;
        }
    });
    dialog->open();
}

void MainWindow::copyLines(const QStringList &lines, const QString &message)
{
    if (lines.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    statusBar()->showMessage(message, 4000);
}

void MainWindow::copyPullCommands()
{
    const QStringList lines = SelectionText::pullCommands(selectedSourceRows());
    copyLines(lines, tr("Copied %n pull commands", nullptr, int(lines.size())));
}

void MainWindow::copyDigests()
{
    const QStringList lines = SelectionText::digests(selectedSourceRows());
    copyLines(lines, tr("Copied %n digests", nullptr, int(lines.size())));
}

void MainWindow::copyNames()
{
    const QStringList lines = SelectionText::names(selectedSourceRows());
    copyLines(lines, tr("Copied %n names", nullptr, int(lines.size())));
}

void MainWindow::refreshSelected()
{
    for (const QModelIndex &src : selectedSourceRows())
        m_model->refresh(src);
}

void MainWindow::searchServer()
{
    const QString text = m_ui->filterEdit->text().trimmed();
    if (text.isEmpty()) {
        statusBar()->showMessage(tr("Type part of a repository name into the filter first."), 4000);
        return;
    }
    // Projects with matching repositories load and open, so the filter can reach them.
    const int asked = searchUnloadedProjects(m_model, text, this, [this](const QPersistentModelIndex &project) {
        m_model->fetchMore(project);
        m_ui->treeView->expand(m_proxy->mapFromSource(project));
    });
    statusBar()->showMessage(asked ? tr("Searching %n projects on the server…", nullptr, asked)
                                   : tr("Every project is loaded already; the filter covers them."),
        4000);
}

void MainWindow::updateStatus()
{
    const RegistryTreeModel::Counts c = m_model->counts();
    // Each count with its own plural form ("1 tag", "2 tags"); %Ln writes it in the locale's way.
    QStringList counts {tr("%Ln projects", nullptr, int(c.projects)),
        tr("%Ln repositories", nullptr, int(c.repositories)), tr("%Ln artifacts", nullptr, int(c.artifacts)),
        tr("%Ln tags loaded", nullptr, int(c.tags))};
    // Repositories without any project: only plain registries are open, which have no projects.
    if (c.projects == 0 && c.repositories > 0)
        counts.removeFirst();
    m_countsLabel->setText(counts.join(QStringLiteral(" · ")));
    m_busy->setVisible(m_model->isLoading());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Berth"),
        tr("<h3>Berth %1</h3><p>Browse and clean up Harbor container registries.</p>"
           "<p>Qt %2 (built with %3)<br/>QtKeychain %4</p>")
            .arg(QStringLiteral(BERTH_VERSION), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
                QStringLiteral(BERTH_QTKEYCHAIN_VERSION)));
}

void MainWindow::revealWhenLoaded(const QString &ref)
{
    m_reveal = ref;
    tryReveal();
}

void MainWindow::tryReveal()
{
    if (m_reveal.isEmpty() || m_model->rowCount() == 0)
        return;
    // Expand along the way as rows arrive; rowsInserted brings us back until it is complete.
    bool complete = false;
    const QModelIndexList way = revealPath(m_model, m_reveal, &complete);
    for (const QModelIndex &row : way) {
        const QModelIndex p = m_proxy->mapFromSource(row);
        if (m_model->hasChildren(row))
            m_ui->treeView->expand(p);
        if (row != way.first()) {
            m_ui->treeView->setCurrentIndex(p);
            m_ui->treeView->scrollTo(p);
        }
    }
    if (complete)
        m_reveal.clear();
}

} // namespace berth
