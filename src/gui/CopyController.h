#pragma once

#include "operations/ArtifactCopy.h"

#include <QCoreApplication>
#include <QHash>
#include <QMessageBox>
#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QProgressDialog>

class QAction;
class QMimeData;
class QTreeView;

namespace berth {

class AddTagDialog;
class CopyToDialog;
class PermissionCache;
class RegistryFilterProxy;
class RegistrySessions;
class RegistryTreeModel;

// "Add tag…", "Copy to…" and dropping a tag or artifact row on a registry, project, folder or
// repository: a dialog that says what will be created, then ArtifactCopy with a progress dialog
// that cancels, a question before a tag is moved from another digest (never moved silently),
// the refusal's cause in words, and the target repository refreshed. Dialogs open with open(),
// never exec(): the window stays live while a copy runs.
class CopyController : public QObject
{
    Q_OBJECT

public:
    CopyController(RegistryTreeModel *model, RegistrySessions *sessions, PermissionCache *permissions, QWidget *window);

    QAction *addTagAction() const { return m_addTag; }
    QAction *copyToAction() const { return m_copyTo; }
    // Triggered actions act on current(); drops on the tree's rows open the copy dialog.
    void watch(QTreeView *tree, RegistryFilterProxy *proxy, std::function<QModelIndex()> current);

    // Why a row cannot be the source of "Add tag…" or "Copy to…", or empty (allowed or not known).
    static QString addTagDenial(const RegistryTreeModel *model, PermissionCache *permissions, const QModelIndex &src);
    static QString copyDenial(const RegistryTreeModel *model, const QModelIndex &src);

    void addTag(const QModelIndex &src);
    // `target`: a registry, project, folder or repository row to pre-fill the dialog with.
    void copyTo(const QModelIndex &src, const QModelIndex &target = {});
    // A drop of `mime` on `target` (source rows): opens the copy dialog; false when it is not one.
    bool drop(const QMimeData *mime, const QModelIndex &target);

    // Open dialogs, for tests.
    AddTagDialog *addTagDialog() const;
    CopyToDialog *copyDialog() const;
    QMessageBox *question() const { return m_question; }
    QProgressDialog *progressDialog() const { return m_progress; }
    QMessageBox *resultBox() const { return m_result; }

Q_SIGNALS:
    void message(const QString &text); // for the status bar
    void finished(bool ok);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Job
    {
        QString sourceTag;
        QString sourceRegistry, sourceRepository, digest, sourceText;
        QString targetRegistry, targetRepository;
        QStringList tags, moveTags;
        bool tagsOnly = false;
        bool copyReferrers = true;
    };
    void openCopy(const Job &source, const QModelIndex &target);
    void run(const Job &job);
    void onFinished(ArtifactCopy *copy, const Job &job);
    void askMove(const Job &job, const QString &tag, const QString &from);
    void showResult(const QString &title, const QString &text, bool ok);
    void refreshRepository(const QString &registry, const QString &repository);
    RegistryClient *v2For(const QString &registry);
    QModelIndex targetAt(const QPoint &viewportPos) const;
    QString denialFor(const QString &registry, const QString &repository) const;

    RegistryTreeModel *m_model;
    RegistrySessions *m_sessions;
    PermissionCache *m_permissions;
    QWidget *m_window;
    QAction *m_addTag;
    QAction *m_copyTo;
    QTreeView *m_tree = nullptr;
    RegistryFilterProxy *m_proxy = nullptr;
    std::function<QModelIndex()> m_current;
    QPointer<AddTagDialog> m_addTagDialog;
    QPointer<CopyToDialog> m_copyDialog;
    QPointer<QMessageBox> m_question;
    QPointer<QProgressDialog> m_progress;
    QPointer<QMessageBox> m_result;
    QPointer<ArtifactCopy> m_running;
    QHash<QString, QPointer<RegistryClient>> m_v2; // Harbor's /v2/ clients, per registry
};

} // namespace berth
