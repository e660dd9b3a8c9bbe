#include "UndoController.h"

#include "api/ApiTransport.h"
#include "api/HarborClient.h"
#include "api/RegistryClient.h"
#include "core/DigestText.h"
#include "core/DisplayText.h"
#include "DeleteController.h"
#include "diagnosis/DiagnosisContextBuilder.h"
#include "diagnosis/ErrorPresenter.h"
#include "DiagnosisDialog.h"
#include "models/RegistryTreeModel.h"
#include "operations/UndoRun.h"
#include "RegistrySessions.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSet>
#include <QStatusBar>
#include <QTimer>

namespace berth {

namespace {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto port = [](const QUrl &u) { return u.port(u.scheme() == QLatin1String("http") ? 80 : 443); };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && port(a) == port(b);
}

} // namespace

UndoController::UndoController(RegistryTreeModel *model, RegistrySessions *sessions, QWidget *window)
    : QObject(window)
    , m_model(model)
    , m_sessions(sessions)
    , m_window(window)
    , m_action(new QAction(tr("Undo"), this))
{
    m_action->setObjectName(QStringLiteral("actionUndo"));
    m_action->setShortcut(QKeySequence::Undo);
    connect(m_action, &QAction::triggered, this, [this] {
        update(); // the journal may have changed since the menu last showed
        if (!m_newest.isEmpty())
            undo(m_newest);
    });
    connect(m_sessions, &RegistrySessions::opened, this, &UndoController::update);
    // Any delete (a clean-up plan, another window, berthctl) lands in the journal: follow it, so
    // Ctrl+Z is on when there is something to undo. Coalesced: a batch appends in small pieces.
    auto *again = new QTimer(this);
    again->setSingleShot(true);
    again->setInterval(200);
    connect(again, &QTimer::timeout, this, &UndoController::update);
    const QString path = ActionJournal::defaultPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto *watcher = new QFileSystemWatcher({QFileInfo(path).absolutePath()}, this);
    const auto watch = [watcher, path, again] {
        if (QFileInfo::exists(path) && !watcher->files().contains(path))
            watcher->addPath(path); // created, or replaced by a rename
        again->start();
    };
    watch();
    connect(watcher, &QFileSystemWatcher::directoryChanged, this, watch);
    connect(watcher, &QFileSystemWatcher::fileChanged, this, watch);
}

UndoController::~UndoController() = default;

UndoController *UndoController::install(
    QMainWindow *window, QMenu *edit, RegistryTreeModel *model, RegistrySessions *sessions, DeleteController *deleter)
{
    auto *c = new UndoController(model, sessions, window);
    edit->insertAction(edit->actions().value(0), c->undoAction());
    if (edit->actions().size() > 1)
        edit->insertSeparator(edit->actions().at(1));
    connect(edit, &QMenu::aboutToShow, c, &UndoController::update);
    connect(deleter, &DeleteController::finished, c, &UndoController::update);
    connect(c, &UndoController::message, window, [window](const QString &t) { window->statusBar()->showMessage(t); });
    c->update();
    return c;
}

QString UndoController::describe(const QList<JournalEntry> &entries)
{
    int tags = 0;
    int artifacts = 0;
    for (const JournalEntry &e : entries)
        (e.action == QLatin1String("remove_tag") ? tags : artifacts) += 1;
    if (artifacts == 0)
        return tr("Undo delete of %n tags", nullptr, tags);
    if (tags == 0)
        return tr("Undo delete of %n artifacts", nullptr, artifacts);
    return tr("Undo delete of %n items", nullptr, int(entries.size()));
}

std::optional<QString> UndoController::profileFor(const JournalEntry &entry) const
{
    std::optional<QString> found;
    for (const Profile &p : m_sessions->openProfiles()) {
        const ApiTransport *t = m_sessions->transport(p.name);
        if (!t || !sameOrigin(t->baseUrl(), entry.registry))
            continue;
        if (p.name == entry.profile || !found)
            found = p.name; // the profile the delete was made with, when it is open
    }
    return found;
}

QString UndoController::refusal(const QList<JournalEntry> &entries) const
{
    if (entries.isEmpty())
        return tr("Nothing here can be undone.");
    if (m_run)
        return tr("An undo is still running.");
    if (!profileFor(entries.constFirst()))
        return tr("%1 is not open in this window: open it to undo its deletes.")
            .arg(entries.constFirst().registry.toString(QUrl::RemoveUserInfo));
    return {};
}

void UndoController::update()
{
    QString error;
    const QList<JournalEntry> journal = ActionJournal().read(0, nullptr, &error);
    const QList<HistoryBatch> batches = UndoHistory::batches(journal, QDateTime::currentDateTimeUtc());
    m_newest.clear();
    // Newest first, on a registry this window has open.
    for (auto it = batches.crbegin(); it != batches.crend() && m_newest.isEmpty(); ++it) {
        const QList<JournalEntry> entries = it->undoable();
        if (!entries.isEmpty() && profileFor(entries.constFirst()))
            m_newest = entries;
    }
    const QString why = m_run ? tr("An undo is still running.")
        : m_newest.isEmpty()  ? tr("Nothing to undo: no delete on a registry open in this window can be undone.")
                              : QString();
    m_action->setEnabled(why.isEmpty());
    m_action->setText(why.isEmpty() ? describe(m_newest) : tr("Undo"));
    m_action->setToolTip(why.isEmpty() ? describe(m_newest) : why);
    m_action->setStatusTip(m_action->toolTip());
}

void UndoController::undo(const QList<JournalEntry> &entries, bool force)
{
    const QString why = refusal(entries);
    if (!why.isEmpty()) {
        Q_EMIT message(why);
        return;
    }
    const QString profile = *profileFor(entries.constFirst());
    UndoRun::Request r;
    r.entries = entries;
    r.harbor = m_sessions->client(profile); // null on a plain registry
    r.force = force;
    // A plain registry's own /v2/ client; for Harbor, its /v2/ on the window's transport for that
    // registry: the same origin, the same account.
    RegistryClient *made
        = m_sessions->registryClient(profile) ? nullptr : new RegistryClient(m_sessions->transport(profile), this);
    r.registry = made ? made : m_sessions->registryClient(profile);
    auto *run = new UndoRun(r, this);
    if (made)
        made->setParent(run);
    m_run = run;
    connect(run, &UndoRun::finished, this, [this, run, profile, entries] { onFinished(run, profile, entries); });
    m_action->setEnabled(false);
    Q_EMIT message(tr("Undoing: %1…").arg(describe(entries)));
    run->start();
}

void UndoController::onFinished(UndoRun *run, const QString &profile, const QList<JournalEntry> &entries)
{
    run->deleteLater();
    m_run.clear(); // over: a rerun (Yes to the question) may start from here
    QList<JournalEntry> records = run->undoRecords(QStringLiteral("berth"));
    const ApiTransport *t = m_sessions->transport(profile);
    for (JournalEntry &u : records) {
        u.profile = profile;
        u.username = t ? t->settings().username : QString();
    }
    QString journalError;
    ActionJournal().append(records, &journalError);

    // The window's verdict on these credentials: when Harbor's API accepted them, a 401 from /v2/
    // is a missing pull (pull_not_permitted), not rejected credentials.
    const HarborClient *harbor = m_sessions->client(profile);
    DiagnosisContext c = diagnosisContext(credentialFacts(m_sessions->profileAt(m_model->registryIndex(profile))),
        entries.constFirst().project, {}, harbor ? &harbor->credentialVerdict() : nullptr);
    c.plainRegistry = m_model->isPlainRegistry(m_model->registryIndex(profile));
    ApiError e = run->error();
    bool restored = false;
    switch (run->refusal()) {
    case UndoRun::Refusal::None:
        if (e.isError()) {
            const Diagnosis d = ErrorPresenter::present(e, c);
            showError(tr("Undo failed"), d.title, d.explanation + QLatin1Char('\n') + d.fix);
        } else {
            restored = true;
            Q_EMIT message(tr("Undo finished: %n deletes put back.", nullptr, int(entries.size())));
        }
        break;
    case UndoRun::Refusal::NotUndoable:
        for (const UndoRun::Result &res : run->results())
            if (!res.detail.isEmpty()) {
                showError(tr("Undo refused"), tr("This can no longer be undone: %1").arg(res.detail), {});
                break;
            }
        break;
    case UndoRun::Refusal::BlobsCollected: {
        e = {};
        e.kind = ApiError::Kind::NotFound;
        e.method = "HEAD";
        e.detail = run->lostBlobs().join(QLatin1String(", "));
        c.decidedCause = Cause::UndoBlobsCollected;
        const Diagnosis d = ErrorPresenter::present(e, c);
        showError(tr("Undo refused"), d.title,
            d.explanation + QLatin1Char('\n') + d.fix + QLatin1Char('\n') + tr("Nothing was changed."));
        break;
    }
    case UndoRun::Refusal::TagExists:
        askToMove(run, entries);
        break;
    case UndoRun::Refusal::PermissionMissing: {
        c = diagnosisContext(credentialFacts(m_sessions->profileAt(m_model->registryIndex(profile))),
            entries.constFirst().project, run->permission());
        c.plainRegistry = m_model->isPlainRegistry(m_model->registryIndex(profile));
        c.decidedCause = Cause::PermissionMissing;
        const Diagnosis d = ErrorPresenter::present(e, c);
        showError(tr("Undo refused"), d.title,
            d.explanation + QLatin1Char('\n') + d.fix + QLatin1Char('\n')
                + tr("Undo needs %1; nothing more was sent after the first refusal.").arg(run->permission()));
        break;
    }
    }
    if (!journalError.isEmpty())
        Q_EMIT message(tr("The action journal could not be written: %1").arg(journalError));
    if (!run->results().isEmpty())
        refreshTree(profile, entries);
    update();
    Q_EMIT finished(restored);
}

void UndoController::askToMove(UndoRun *run, const QList<JournalEntry> &entries)
{
    QString original;
    for (const JournalEntry &e : entries)
        if (e.repository == run->conflictRepository()
            && (e.tag == run->conflictTag() || e.tags.contains(run->conflictTag())))
            original = e.digest;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Undo"),
        DisplayText::literalForAutoText(
            tr("The tag %1 now names %2. Move it back to %3?")
                .arg(run->conflictTag(), shortDigest(run->conflictDigest()), shortDigest(original))),
        QMessageBox::Yes | QMessageBox::No, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::No);
    box->setInformativeText(tr("Nothing has been changed yet."));
    connect(box, &QMessageBox::finished, this, [this, box, entries](int) {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            undo(entries, true);
        else
            Q_EMIT message(tr("Undo cancelled; nothing was changed."));
    });
    m_conflict = box;
    box->open();
}

void UndoController::showError(const QString &title, const QString &text, const QString &details)
{
    Q_EMIT message(text);
    auto *box = new QMessageBox(
        QMessageBox::Warning, title, DisplayText::literalForAutoText(text), QMessageBox::Close, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(DisplayText::literalForAutoText(details.trimmed()));
    m_error = box;
    box->open();
}

void UndoController::refreshTree(const QString &profile, const QList<JournalEntry> &entries)
{
    QSet<QString> done;
    for (const JournalEntry &e : entries) {
        if (done.contains(e.repository))
            continue;
        done.insert(e.repository);
        // project, folders, repository: one node each, as the tree is built; a repository not
        // loaded yet shows the restored tags when it loads.
        QModelIndex cur = m_model->registryIndex(profile);
        for (const QString &name : e.repository.split(QLatin1Char('/'))) {
            QModelIndex next;
            for (int i = 0; i < m_model->rowCount(cur) && !next.isValid(); ++i) {
                const QModelIndex child = m_model->index(i, 0, cur);
                const RegistryNode *n = m_model->node(child);
                if (n && n->kind != NodeKind::Tag && n->name == name)
                    next = child;
            }
            cur = next;
            if (!cur.isValid())
                break;
        }
        if (cur.isValid())
            m_model->refresh(cur);
    }
}

} // namespace berth
