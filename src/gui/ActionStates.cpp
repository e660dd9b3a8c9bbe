#include "ActionStates.h"

#include "CopyController.h"
#include "core/DigestText.h"
#include "core/DisplayText.h"
#include "DeleteGate.h"
#include "models/RegistryTreeModel.h"
#include "PermissionCache.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QSet>
#include <QTimer>
#include <QTreeView>

namespace berth {

namespace {
const char *const kPlainText = "berthPlainText"; // the form's text, for when nothing is named
} // namespace

// The actions' words are the window's, and keep their translations in its context
// ("berth::MainWindow"): each is looked up with QCoreApplication::translate() in that context.

ActionStates::ActionStates(Actions actions, const RegistryTreeModel *model, PermissionCache *permissions,
    const DeleteGate *gate, std::function<QModelIndexList()> rows, std::function<QModelIndex()> current,
    QObject *parent)
    : QObject(parent)
    , m_actions(actions)
    , m_model(model)
    , m_permissions(permissions)
    , m_gate(gate)
    , m_rows(std::move(rows))
    , m_current(std::move(current))
    , m_timer(new QTimer(this))
{
    for (QAction *a : {m_actions.removeTags, m_actions.deleteArtifacts, m_actions.deleteRepository})
        a->setProperty(kPlainText, a->text());
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &ActionStates::update);
    connect(m_permissions, &PermissionCache::updated, this, &ActionStates::update);
}

void ActionStates::watch(QTreeView *tree, QAbstractItemModel *proxy)
{
    m_tree = tree;
    tree->installEventFilter(this);
    // Selection changes at once (a key or a menu may follow in the same turn); model changes,
    // which come in bursts while loading, once per turn.
    QItemSelectionModel *selection = tree->selectionModel();
    connect(selection, &QItemSelectionModel::selectionChanged, this, &ActionStates::update);
    connect(selection, &QItemSelectionModel::currentChanged, this, &ActionStates::update);
    for (const QAbstractItemModel *m :
        {static_cast<const QAbstractItemModel *>(m_model), static_cast<const QAbstractItemModel *>(proxy)}) {
        connect(m, &QAbstractItemModel::dataChanged, m_timer, qOverload<>(&QTimer::start));
        connect(m, &QAbstractItemModel::rowsInserted, m_timer, qOverload<>(&QTimer::start));
        connect(m, &QAbstractItemModel::rowsRemoved, m_timer, qOverload<>(&QTimer::start));
        connect(m, &QAbstractItemModel::layoutChanged, m_timer, qOverload<>(&QTimer::start));
        connect(m, &QAbstractItemModel::modelReset, m_timer, qOverload<>(&QTimer::start));
    }
    update();
}

void ActionStates::update()
{
    const QModelIndexList rows = m_rows();
    // Permissions of every project the selection touches, not only the current row's.
    QSet<const RegistryNode *> projects;
    for (const QModelIndex &src : rows) {
        const RegistryNode *n = m_model->node(src.siblingAtColumn(0));
        const RegistryNode *project = n ? n->project() : nullptr;
        if (project && project->data && !projects.contains(project)) {
            projects.insert(project);
            m_permissions->fetch(m_model->clientFor(src.siblingAtColumn(0)), project->data->projectId);
        }
    }
    const auto apply = [](QAction *a, const DeleteAvailability &d, const QString &text) {
        a->setEnabled(d.enabled);
        a->setText(text.isEmpty() ? a->property(kPlainText).toString() : text);
        // The reason names a project and an account from the server: shown literally.
        a->setToolTip(d.enabled ? QString() : DisplayText::literalForAutoText(d.reason));
        a->setStatusTip(d.reason);
    };

    // Say what the action would take: the one tag or artifact by name, or how many.
    QList<const RegistryNode *> tags;
    QList<const ArtifactRecord *> artifacts;
    QSet<const ArtifactRecord *> seen; // a select-all may hold 100,000 rows
    for (const QModelIndex &src : rows) {
        const RegistryNode *n = m_model->node(src.siblingAtColumn(0));
        if (DeleteGate::takes(n, DeletePlan::Mode::Tags))
            tags << n;
        if (DeleteGate::takes(n, DeletePlan::Mode::Artifacts) && !seen.contains(n->artifact)) {
            seen.insert(n->artifact);
            artifacts << n->artifact;
        }
    }
    QString tagText;
    if (tags.size() == 1)
        tagText = QCoreApplication::translate("berth::MainWindow", "Remove tag '%1'…").arg(tags.first()->name);
    else if (tags.size() > 1)
        tagText
            = QCoreApplication::translate("berth::MainWindow", "Remove %n selected tags…", nullptr, int(tags.size()));
    apply(m_actions.removeTags, m_gate->check(rows, DeletePlan::Mode::Tags), tagText);

    QString artifactText;
    if (artifacts.size() == 1) {
        const ArtifactRecord *a = artifacts.first();
        const QString digest = shortDigest(a->digest()) + QChar(0x2026);
        artifactText = a->tagNames.isEmpty()
            ? QCoreApplication::translate("berth::MainWindow", "Delete artifact %1…").arg(digest)
            : QCoreApplication::translate(
                "berth::MainWindow", "Delete artifact %1… (and its %n tags: %2)", nullptr, int(a->tagNames.size()))
                  .arg(digest, a->tagNames.join(QStringLiteral(", ")));
    } else if (artifacts.size() > 1) {
        artifactText = QCoreApplication::translate(
            "berth::MainWindow", "Delete %n selected artifacts…", nullptr, int(artifacts.size()));
    }
    apply(m_actions.deleteArtifacts, m_gate->check(rows, DeletePlan::Mode::Artifacts), artifactText);

    const QModelIndex current = m_current().siblingAtColumn(0);
    const RegistryNode *repo = m_model->node(current);
    apply(m_actions.deleteRepository, m_gate->check({current}, DeletePlan::Mode::Repository),
        DeleteGate::takes(repo, DeletePlan::Mode::Repository)
            ? QCoreApplication::translate("berth::MainWindow", "Delete repository %1…").arg(repo->data->fullName)
            : QString());

    const QModelIndex cleanupAt = cleanupTarget();
    const bool canClean = m_model->clientFor(cleanupAt) != nullptr;
    m_actions.cleanup->setEnabled(canClean);
    // Clean-up plans run on Harbor's API (its push and pull times); a plain registry has neither.
    const QString noRegistry = canClean ? QString()
        : m_model->isPlainRegistry(cleanupAt)
        ? QCoreApplication::translate(
            "berth::MainWindow", "Clean-up needs Harbor: a plain registry keeps no push or pull times to plan by.")
        : QCoreApplication::translate("berth::MainWindow", "Open a registry first (Registry → Accounts…).");
    // Add tag… and Copy to… take the current row; greyed with the reason, as the deletes are.
    const auto applyReason = [](QAction *a, const QString &reason) {
        if (!a)
            return;
        a->setEnabled(reason.isEmpty());
        a->setToolTip(DisplayText::literalForAutoText(reason));
        a->setStatusTip(reason);
    };
    applyReason(m_actions.addTag, CopyController::addTagDenial(m_model, m_permissions, current));
    applyReason(m_actions.copyTo, CopyController::copyDenial(m_model, current));

    m_actions.cleanup->setToolTip(noRegistry);
    m_actions.cleanup->setStatusTip(canClean ? QCoreApplication::translate("berth::MainWindow",
                                        "Plan what to remove from the selected repository, folder, project or registry")
                                             : noRegistry);
}

bool ActionStates::eventFilter(QObject *watched, QEvent *event)
{
    // A key whose action is greyed says why and sends nothing. Qt would drop the key silently:
    // accepting the override takes it from the shortcut map, and the key press lands here.
    if (watched == m_tree && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const QKeySequence pressed(static_cast<QKeyEvent *>(event)->keyCombination());
        for (QAction *a : {m_actions.removeTags, m_actions.deleteArtifacts}) {
            if (a->shortcut() != pressed)
                continue;
            if (event->type() == QEvent::ShortcutOverride) {
                update(); // as of now, not as of the last model change
                if (a->isEnabled())
                    return false;
                event->accept();
                return true;
            }
            if (!a->isEnabled()) {
                Q_EMIT refused(a->statusTip());
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

QModelIndex ActionStates::cleanupTarget() const
{
    // From a tag, an artifact, an error or a loading row up to what a clean-up scope can name.
    const RegistryNode *n = m_model->node(m_current().siblingAtColumn(0));
    while (n && n->kind != NodeKind::Registry && n->kind != NodeKind::Project && n->kind != NodeKind::Folder
        && n->kind != NodeKind::Repository)
        n = n->parent;
    if (n)
        return m_model->indexFor(n);
    return m_model->rowCount() > 0 ? m_model->index(0, 0) : QModelIndex();
}

} // namespace berth
