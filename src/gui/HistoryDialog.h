#pragma once

#include <memory>
#include <QDialog>

namespace Ui {
class HistoryDialog;
}

namespace berth {

// The action journal: every delete Berth and berthctl made, with its final state and request id.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HistoryDialog(QWidget *parent = nullptr);
    ~HistoryDialog() override;

    void reload();
    int rowCount() const;
    bool exportTo(const QString &path, bool csv, QString *error) const;

private:
    std::unique_ptr<Ui::HistoryDialog> m_ui;
};

} // namespace berth
