#include "CopyController.h"

#include "AddTagDialog.h"
#include "api/HarborClient.h"
#include "CopyToDialog.h"
#include "core/DigestText.h"
#include "diagnosis/Cause.h"
#include "diagnosis/ErrorPresenter.h"
#include "models/RegistryFilterProxy.h"
#include "models/RegistryTreeModel.h"
#include "PermissionCache.h"
#include "RegistrySessions.h"

#include <QAction>
#include <QDropEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QPushButton>
#include <QTreeView>

namespace berth {

namespace {

// The result's lines on signatures and other referrers: how many went, and what was left out.
QString referrersText(const ArtifactCopy &copy, bool asked)
{
    if (!asked)
        return {};
    QString text = QLatin1Char('\n')
        + CopyController::tr("Signatures and other referrers: %n copied.", nullptr, int(copy.referrersCopied().size()));
    for (const QString &w : copy.warnings())
        text += QLatin1Char('\n') + CopyController::tr("Not copied: %1").arg(w);
    return text;
}

bool isArtifactRow(const RegistryNode *n)
{
    return n
        && (n->kind == NodeKind::Tag || n->kind == NodeKind::Digest || n->kind == NodeKind::Child
            || n->kind == NodeKind::Accessory);
}

bool isDropTarget(const RegistryNode *n)
{
    return n
        && (n->kind == NodeKind::Registry || n->kind == NodeKind::Project || n->kind == NodeKind::Folder
            || n->kind == NodeKind::Repository);
}

// The loaded container rows of a registry: its projects, folders and repositories, never tags.
const RegistryNode *findContainer(const RegistryNode *n, NodeKind kind, const QString &name)
{
    if (!n)
        return nullptr;
    if (n->kind == kind
        && ((kind == NodeKind::Repository && n->data && n->data->fullName == name)
            || (kind == NodeKind::Project && n->name == name)))
        return n;
    if (n->kind == NodeKind::Repository)
        return nullptr;
    for (const auto &c : n->children) {
        if (const RegistryNode *found = findContainer(c.get(), kind, name))
            return found;
    }
    return nullptr;
}

QString sourceText(const QString &repository, const QString &tag, const QString &digest)
{
    return tag.isEmpty() ? QStringLiteral("%1@%2%3").arg(repository, shortDigest(digest), QChar(0x2026))
                         : QStringLiteral("%1:%2").arg(repository, tag);
}

} // namespace

CopyController::CopyController(
    RegistryTreeModel *model, RegistrySessions *sessions, PermissionCache *permissions, QWidget *window)
    : QObject(window)
    , m_model(model)
    , m_sessions(sessions)
    , m_permissions(permissions)
    , m_window(window)
    , m_addTag(new QAction(tr("Add tag…"), this))
    , m_copyTo(new QAction(tr("Copy to…"), this))
{
    m_addTag->setObjectName(QStringLiteral("actionAddTag"));
    m_copyTo->setObjectName(QStringLiteral("actionCopyTo"));
    connect(m_addTag, &QAction::triggered, this, [this] {
        if (m_current)
            addTag(m_current());
    });
    connect(m_copyTo, &QAction::triggered, this, [this] {
        if (m_current)
            copyTo(m_current());
    });
}

AddTagDialog *CopyController::addTagDialog() const
{
    return m_addTagDialog;
}

CopyToDialog *CopyController::copyDialog() const
{
    return m_copyDialog;
}

void CopyController::watch(QTreeView *tree, RegistryFilterProxy *proxy, std::function<QModelIndex()> current)
{
    m_tree = tree;
    m_proxy = proxy;
    m_current = std::move(current);
    // Rows drag out (the model's mimeData); drops are read here, never by the model.
    tree->setDragEnabled(true);
    tree->setDragDropMode(QAbstractItemView::DragDrop);
    tree->setDefaultDropAction(Qt::CopyAction);
    tree->viewport()->setAcceptDrops(true);
    tree->viewport()->installEventFilter(this);
}

QString CopyController::copyDenial(const RegistryTreeModel *model, const QModelIndex &src)
{
    const RegistryNode *n = model->node(src.siblingAtColumn(0));
    if (!isArtifactRow(n))
        return tr("Choose a tag or an artifact first.");
    if (n->digest().isEmpty())
        return tr("This row has no digest yet; refresh its repository.");
    if (!model->transportFor(src.siblingAtColumn(0)))
        return tr("The registry is not connected.");
    return {};
}

QString CopyController::addTagDenial(
    const RegistryTreeModel *model, PermissionCache *permissions, const QModelIndex &src)
{
    if (const QString why = copyDenial(model, src); !why.isEmpty())
        return why;
    const QModelIndex row = src.siblingAtColumn(0);
    HarborClient *client = model->clientFor(row);
    const RegistryNode *project = model->node(row)->project();
    if (!client || !project || !project->data)
        return {}; // a plain registry: only a push would tell
    if (!client->settings().hasCredentials())
        return tr("Anonymous users may not add tags; add credentials to this registry.");
    // Harbor's tags API needs tag:create (a robot may have it without push).
    return permissions->denial(client, project->data->projectId, project->name, QStringLiteral("tag:create"));
}

void CopyController::addTag(const QModelIndex &src)
{
    if (!addTagDenial(m_model, m_permissions, src).isEmpty())
        return;
    const RegistryNode *n = m_model->node(src.siblingAtColumn(0));
    Job job;
    job.sourceRegistry = job.targetRegistry = n->registry()->name;
    job.sourceRepository = job.targetRepository = n->repositoryFullName();
    job.digest = n->digest();
    job.sourceTag = n->kind == NodeKind::Tag ? n->name : QString();
    job.sourceText = sourceText(job.sourceRepository, job.sourceTag, job.digest);
    job.tagsOnly = true;
    const QStringList existing = n->artifact && !n->isNested() ? n->artifact->tagNames : QStringList();
    auto *dialog = new AddTagDialog(job.sourceText, existing, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_addTagDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, job]() mutable {
        job.tags = {dialog->tag()};
        run(job);
    });
    dialog->open();
}

void CopyController::copyTo(const QModelIndex &src, const QModelIndex &target)
{
    if (!copyDenial(m_model, src).isEmpty())
        return;
    const RegistryNode *n = m_model->node(src.siblingAtColumn(0));
    Job job;
    job.sourceRegistry = n->registry()->name;
    job.sourceRepository = n->repositoryFullName();
    job.digest = n->digest();
    job.sourceTag = n->kind == NodeKind::Tag ? n->name : QString();
    job.sourceText = sourceText(job.sourceRepository, job.sourceTag, job.digest);
    openCopy(job, target);
}

bool CopyController::drop(const QMimeData *mime, const QModelIndex &target)
{
    const RegistryNode *t = m_model->node(target.siblingAtColumn(0));
    if (!mime || !mime->hasFormat(RegistryTreeModel::artifactMimeType()) || !isDropTarget(t))
        return false;
    const QJsonObject o = QJsonDocument::fromJson(mime->data(RegistryTreeModel::artifactMimeType())).object();
    Job job;
    job.sourceRegistry = o.value(QStringLiteral("registry")).toString();
    job.sourceRepository = o.value(QStringLiteral("repository")).toString();
    job.digest = o.value(QStringLiteral("digest")).toString();
    job.sourceTag = o.value(QStringLiteral("tag")).toString();
    if (!m_model->registryIndex(job.sourceRegistry).isValid() || job.digest.isEmpty())
        return false; // from another window, or a registry closed meanwhile
    job.sourceText = sourceText(job.sourceRepository, job.sourceTag, job.digest);
    openCopy(job, target);
    return true;
}

void CopyController::openCopy(const Job &source, const QModelIndex &target)
{
    auto *dialog = new CopyToDialog(source.sourceText, source.sourceTag, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_copyDialog = dialog;
    for (const Profile &p : m_sessions->openProfiles()) {
        const QModelIndex registry = m_model->registryIndex(p.name);
        if (registry.isValid())
            dialog->addRegistry(p.name, !m_model->isPlainRegistry(registry));
    }
    // Pre-filled: the dropped-on row, else the source's own registry and repository.
    QString registry = source.sourceRegistry;
    QString repository = source.sourceRepository;
    const QString leaf = source.sourceRepository.section(QLatin1Char('/'), -1);
    if (const RegistryNode *t = m_model->node(target.siblingAtColumn(0)); isDropTarget(t)) {
        registry = t->registry()->name;
        if (t->kind == NodeKind::Repository)
            repository = t->data->fullName;
        else if (t->kind == NodeKind::Project)
            repository = t->name + QLatin1Char('/') + leaf;
        else if (t->kind == NodeKind::Folder)
            repository = RegistryFilterProxy::filterPath(t) + leaf; // "project/folder/"
    }
    dialog->setTarget(registry, repository);
    dialog->setDenial([this](const QString &r, const QString &repo) { return denialFor(r, repo); });
    connect(m_permissions, &PermissionCache::updated, dialog, &CopyToDialog::validate);
    connect(dialog, &QDialog::accepted, this, [this, dialog, source] {
        Job job = source;
        job.targetRegistry = dialog->registry();
        job.targetRepository = dialog->repository();
        job.tags = dialog->tags();
        job.copyReferrers = dialog->copyReferrers();
        run(job);
    });
    dialog->open();
}

QString CopyController::denialFor(const QString &registry, const QString &repository) const
{
    const QModelIndex r = m_model->registryIndex(registry);
    HarborClient *client = m_model->clientFor(r);
    if (!client)
        return {}; // a plain registry: only a push would tell
    if (!client->settings().hasCredentials())
        return tr("Anonymous users may not push; add credentials to %1.").arg(registry);
    const QString projectName = repository.section(QLatin1Char('/'), 0, 0);
    const RegistryNode *project = findContainer(m_model->node(r), NodeKind::Project, projectName);
    if (!project || !project->data)
        return {}; // not loaded: Harbor decides
    m_permissions->fetch(client, project->data->projectId);
    return m_permissions->denial(client, project->data->projectId, projectName, QStringLiteral("repository:push"));
}

RegistryClient *CopyController::v2For(const QString &registry)
{
    const QModelIndex r = m_model->registryIndex(registry);
    if (RegistryClient *plain = m_model->registryClientFor(r))
        return plain;
    ApiTransport *transport = m_model->transportFor(r);
    if (!transport)
        return nullptr;
    // Harbor's /v2/ with the account's own transport (its credentials, its token cache).
    QPointer<RegistryClient> &client = m_v2[registry];
    if (!client || client->transport() != transport)
        client = new RegistryClient(transport, transport);
    return client;
}

void CopyController::run(const Job &job)
{
    RegistryClient *source = v2For(job.sourceRegistry);
    RegistryClient *target = v2For(job.targetRegistry);
    if (!source || !target) {
        showResult(tr("Could not copy"), tr("The registry is not connected."), false);
        return;
    }
    ArtifactCopy::Request r;
    r.source = source;
    r.sourceRepository = job.sourceRepository;
    r.sourceReference = job.digest; // exactly the artifact the row showed
    r.target = target;
    r.targetRepository = job.targetRepository;
    r.tags = job.tags;
    r.tagsOnly = job.tagsOnly;
    r.moveTags = job.moveTags;
    r.copyReferrers = job.copyReferrers;
    HarborClient *harbor = m_model->clientFor(m_model->registryIndex(job.targetRegistry));
    if (job.tagsOnly && harbor) {
        // Harbor: its tags API, which needs tag:create rather than push.
        QPointer<HarborClient> h = harbor;
        const QString project = job.targetRepository.section(QLatin1Char('/'), 0, 0);
        const QString path = job.targetRepository.section(QLatin1Char('/'), 1);
        r.addTag = [this, h, project, path](const QString &digest, const QString &tag, DoneCallback done) {
            if (h)
                h->addTag(project, path, digest, tag, this, std::move(done));
        };
    }
    auto *copy = new ArtifactCopy(r, this);
    m_running = copy;
    if (!job.tagsOnly) {
        auto *progress = new QProgressDialog(
            tr("Copying %1 to %2…").arg(job.sourceText, job.targetRepository), tr("Cancel"), 0, 1000, m_window);
        progress->setAttribute(Qt::WA_DeleteOnClose);
        progress->setWindowModality(Qt::WindowModal);
        progress->setAutoClose(false);
        progress->setAutoReset(false);
        progress->setMinimumDuration(0);
        m_progress = progress;
        connect(progress, &QProgressDialog::canceled, copy, &ArtifactCopy::cancel);
        connect(copy, &ArtifactCopy::progress, progress, [progress](qint64 done, qint64 total) {
            progress->setValue(total > 0 ? int(std::min<qint64>(1000, done * 1000 / total)) : 0);
        });
        progress->open();
    }
    connect(copy, &ArtifactCopy::finished, this, [this, copy, job] { onFinished(copy, job); });
    Q_EMIT message(job.tagsOnly ? tr("Adding the tag…") : tr("Copying %1…").arg(job.sourceText));
    copy->start();
}

void CopyController::onFinished(ArtifactCopy *copy, const Job &job)
{
    copy->deleteLater();
    if (m_progress)
        m_progress->close();
    if (copy->refusal() == ArtifactCopy::Refusal::TagExists) {
        askMove(job, copy->conflictTag(), copy->conflictDigest());
        return;
    }
    const QString what = job.tagsOnly ? tr("Could not add the tag")
        : copy->artifactCopied()      ? tr("Copied, but not all that refers to it")
                                      : tr("Could not copy");
    if (!copy->ok() && copy->error().kind == ApiError::Kind::Cancelled && copy->artifactCopied()) {
        showResult(tr("Copy cancelled"),
            tr("%1 and its tags arrived; the copy stopped while copying its signatures and other referrers. "
               "Copying it again continues where it stopped.")
                .arg(job.sourceText),
            false);
        return;
    }
    if (!copy->ok() && copy->error().kind == ApiError::Kind::Cancelled) {
        showResult(tr("Copy cancelled"),
            tr("The copy of %1 stopped before it was tagged. Copying it again continues where it stopped: "
               "blobs that arrived are not sent again.")
                .arg(job.sourceText),
            false);
        return;
    }
    if (!copy->ok()) {
        const ApiError &e = copy->error();
        const bool write = e.method != "GET" && e.method != "HEAD";
        const bool harbor = m_model->clientFor(m_model->registryIndex(job.targetRegistry)) != nullptr;
        DiagnosisContext c;
        c.plainRegistry = !harbor;
        c.targetProject = harbor ? job.targetRepository.section(QLatin1Char('/'), 0, 0) : QString();
        c.neededPermission = !write                            ? QStringLiteral("pull")
            : job.tagsOnly && harbor && job.moveTags.isEmpty() ? QStringLiteral("tag:create")
                                                               : QStringLiteral("push");
        const Diagnosis d = ErrorPresenter::present(e, c);
        // The cause's words, and its id as berthctl prints it.
        showResult(what,
            QStringLiteral("%1 (%2)\n\n%3\n\n%4").arg(d.title, causeId(d.cause), d.explanation, d.fix).trimmed(),
            false);
        return;
    }
    const QString tags = copy->tagsPut().join(QStringLiteral(", "));
    refreshRepository(job.targetRegistry, job.targetRepository);
    if (job.tagsOnly) {
        Q_EMIT message(tr("Tagged %1 as %2.").arg(job.sourceText, tags));
        Q_EMIT finished(true);
        return;
    }
    showResult(tr("Copied"),
        (tags.isEmpty() ? tr("Copied %1 to %2 by digest, without tags.").arg(job.sourceText, job.targetRepository)
                        : tr("Copied %1 to %2 with the tags %3.").arg(job.sourceText, job.targetRepository, tags))
            + QLatin1Char('\n')
            + tr("Blobs: %1 sent, %2 mounted, %3 already there.")
                  .arg(copy->blobsUploaded())
                  .arg(copy->blobsMounted())
                  .arg(copy->blobsPresent())
            + referrersText(*copy, job.copyReferrers),
        true);
}

void CopyController::askMove(const Job &job, const QString &tag, const QString &from)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Move tag"),
        tr("Move tag %1 from %2 to %3?").arg(tag, shortDigest(from), shortDigest(job.digest)),
        QMessageBox::Yes | QMessageBox::No, m_window);
    box->setInformativeText(tr("In %1 the tag %2 is on another artifact. Moving it leaves that artifact "
                               "without this tag; nothing else changes.")
                                .arg(job.targetRepository, tag));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    m_question = box;
    connect(box, &QMessageBox::buttonClicked, this, [this, box, job, tag](QAbstractButton *b) {
        if (box->standardButton(b) == QMessageBox::Yes) {
            Job again = job;
            again.moveTags << tag;
            run(again);
            return;
        }
        Q_EMIT message(tr("Nothing changed: the tag %1 stays where it is.").arg(tag));
        Q_EMIT finished(false);
    });
    box->open();
}

void CopyController::showResult(const QString &title, const QString &text, bool ok)
{
    Q_EMIT message(text.section(QLatin1Char('\n'), 0, 0));
    auto *box
        = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText); // names from the server and the user
    m_result = box;
    box->open();
    Q_EMIT finished(ok);
}

void CopyController::refreshRepository(const QString &registry, const QString &repository)
{
    const RegistryNode *root = m_model->node(m_model->registryIndex(registry));
    const RegistryNode *n = findContainer(root, NodeKind::Repository, repository);
    if (!n) // a new repository: its project (Harbor) or the registry lists it
        n = findContainer(root, NodeKind::Project, repository.section(QLatin1Char('/'), 0, 0));
    if (!n)
        n = root;
    if (n)
        m_model->refresh(m_model->indexFor(n));
}

QModelIndex CopyController::targetAt(const QPoint &pos) const
{
    return m_proxy->mapToSource(m_tree->indexAt(pos)).siblingAtColumn(0);
}

bool CopyController::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_tree || watched != m_tree->viewport())
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *e = static_cast<QDragMoveEvent *>(event);
        const bool ours = e->mimeData()->hasFormat(RegistryTreeModel::artifactMimeType());
        if (ours && isDropTarget(m_model->node(targetAt(e->position().toPoint())))) {
            e->setDropAction(Qt::CopyAction);
            e->accept();
        } else if (ours && event->type() == QEvent::DragEnter) {
            e->accept(); // keep receiving moves; a row that takes no drop ignores them
        } else {
            e->ignore();
        }
        return true;
    }
    case QEvent::Drop: {
        auto *e = static_cast<QDropEvent *>(event);
        if (drop(e->mimeData(), targetAt(e->position().toPoint()))) {
            e->setDropAction(Qt::CopyAction);
            e->accept();
        } else {
            e->ignore();
        }
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}

} // namespace berth
