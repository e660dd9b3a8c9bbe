#pragma once

#include <memory>
#include <QDialog>

class QTableWidgetItem;

namespace Ui {
class HistoryDialog;
}

namespace berth {

struct JournalEntry;

// The action journal: every delete Berth and berthctl made, with its final state and request id,
// in words and local times; the exports keep the journal's ids and UTC times.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HistoryDialog(QWidget *parent = nullptr);
    ~HistoryDialog() override;

    void reload();
    int rowCount() const;
    bool exportTo(const QString &path, bool csv, QString *error) const;

    // Words for the journal's ids ("remove_tag" -> "Remove tag"); an unknown id as it is.
    static QString actionText(const QString &action);
    static QString stateText(const QString &state);

private:
    static QTableWidgetItem *causeItem(const JournalEntry &entry);

    std::unique_ptr<Ui::HistoryDialog> m_ui;
};

} // namespace berth
