#pragma once

#include "operations/ActionJournal.h"

#include <memory>
#include <QDialog>
#include <QList>
#include <QPointer>

class QTableWidgetItem;

namespace Ui {
class HistoryDialog;
}

namespace berth {

class UndoController;

// The action journal: every delete Berth and berthctl made, with its final state and request id,
// in words and local times; the exports keep the journal's ids and UTC times.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    // With an UndoController, the selected entry (or its batch) can be undone from here.
    explicit HistoryDialog(QWidget *parent = nullptr, UndoController *undo = nullptr);
    ~HistoryDialog() override;

    void reload();
    int rowCount() const;
    bool exportTo(const QString &path, bool csv, QString *error) const;

    // Words for the journal's ids ("remove_tag" -> "Remove tag"); an unknown id as it is.
    static QString actionText(const QString &action);
    static QString stateText(const QString &state);

private:
    static QTableWidgetItem *causeItem(const JournalEntry &entry);
    QList<JournalEntry> selectedUndo(bool wholeBatch, QString *why) const;
    void updateUndoButtons();

    std::unique_ptr<Ui::HistoryDialog> m_ui;
    QPointer<UndoController> m_undo;
    QList<JournalEntry> m_entries; // as read, oldest first; a row's time cell holds its index
};

} // namespace berth
