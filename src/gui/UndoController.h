#pragma once

#include "operations/UndoHistory.h"

#include <optional>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QMainWindow;
class QMenu;
class QMessageBox;

namespace berth {

class DeleteController;
class RegistrySessions;
class RegistryTreeModel;
class UndoRun;

// Undo in the window: Edit → Undo (Ctrl+Z) restores the newest batch in the journal that can be
// undone on a registry open in this window, whoever made it (this window, another one, berthctl),
// because the journal is the one record every process shares. It runs UndoRun with the window's
// own connection for that registry: an entry is only ever sent to the origin its profile connects
// to, never with another registry's credentials.
class UndoController : public QObject
{
    Q_OBJECT

public:
    UndoController(RegistryTreeModel *model, RegistrySessions *sessions, QWidget *window);
    ~UndoController() override;

    // Puts Undo first in `edit`, its messages in the window's status bar, and keeps it current
    // after the window's deletes.
    static UndoController *install(QMainWindow *window, QMenu *edit, RegistryTreeModel *model,
        RegistrySessions *sessions, DeleteController *deleter);

    QAction *undoAction() const { return m_action; }
    // Reads the journal again and sets the action's text, or greys it with the reason.
    void update();
    // Why these entries cannot be undone from this window now; empty when they can.
    QString refusal(const QList<JournalEntry> &entries) const;
    // Restores them (one batch, or one entry of it); asynchronous, finished() tells the end.
    void undo(const QList<JournalEntry> &entries, bool force = false);
    bool isRunning() const { return !m_run.isNull(); }
    // The question about a tag that names another digest now, while it is open (tests).
    QMessageBox *conflictBox() const { return m_conflict; }
    QMessageBox *errorBox() const { return m_error; }

    // "Undo delete of 3 tags".
    static QString describe(const QList<JournalEntry> &entries);

Q_SIGNALS:
    void message(const QString &text);
    void finished(bool restored);

private:
    // The open profile whose connection reaches the entries' registry; nullopt when none does.
    std::optional<QString> profileFor(const JournalEntry &entry) const;
    void onFinished(UndoRun *run, const QString &profile, const QList<JournalEntry> &entries);
    void askToMove(UndoRun *run, const QList<JournalEntry> &entries);
    void showError(const QString &title, const QString &text, const QString &details);
    void refreshTree(const QString &profile, const QList<JournalEntry> &entries);

    RegistryTreeModel *m_model;
    RegistrySessions *m_sessions;
    QWidget *m_window;
    QAction *m_action;
    QList<JournalEntry> m_newest; // what the action undoes
    QPointer<UndoRun> m_run;
    QPointer<QMessageBox> m_conflict;
    QPointer<QMessageBox> m_error;
};

} // namespace berth
