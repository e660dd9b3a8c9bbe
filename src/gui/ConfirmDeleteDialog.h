#pragma once

#include <memory>
#include <QDialog>

namespace Ui {
class ConfirmDeleteDialog;
}

namespace berth {

struct DeletePlan;

// The confirmation of a delete: the plan in full, and a typed confirmation for large or
// whole-repository deletes. Accepting it is the go-ahead; it deletes itself when closed.
class ConfirmDeleteDialog : public QDialog
{
    Q_OBJECT

public:
    ConfirmDeleteDialog(const DeletePlan &plan, QWidget *parent);
    ~ConfirmDeleteDialog() override;

private:
    std::unique_ptr<Ui::ConfirmDeleteDialog> m_ui;
};

} // namespace berth
