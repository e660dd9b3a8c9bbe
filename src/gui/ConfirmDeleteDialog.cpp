#include "ConfirmDeleteDialog.h"

#include "DeletePlan.h"
#include "ui_ConfirmDeleteDialog.h"

#include <QPushButton>

namespace berth {

ConfirmDeleteDialog::ConfirmDeleteDialog(const DeletePlan &plan, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConfirmDeleteDialog>())
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    const int n = int(plan.items.size());
    switch (plan.mode) {
    case DeletePlan::Mode::Tags:
        setWindowTitle(tr("Remove %n tag(s)?", nullptr, n));
        m_ui->headingLabel->setText(
            tr("Remove %n tag(s) from %1? Only the tags go; the artifacts stay.", nullptr, n).arg(plan.registry));
        break;
    case DeletePlan::Mode::Artifacts:
        setWindowTitle(tr("Delete %n artifact(s)?", nullptr, n));
        m_ui->headingLabel->setText(
            tr("Delete %n artifact(s) from %1, with all their tags?", nullptr, n).arg(plan.registry));
        break;
    case DeletePlan::Mode::Repository:
        setWindowTitle(tr("Delete repository?"));
        m_ui->headingLabel->setText(tr("Delete the repository %1 from %2, with every artifact in it?")
                                        .arg(plan.typedConfirmation(), plan.registry));
        break;
    }
    m_ui->planText->setPlainText(plan.describe());
    m_ui->planText->setAccessibleName(tr("What will be deleted"));
    m_ui->warningLabel->setText(plan.immutable.isEmpty()
            ? QString()
            : tr("%n immutable tag(s) will be refused by Harbor.", nullptr, int(plan.immutable.size())));
    m_ui->warningLabel->setVisible(!plan.immutable.isEmpty());
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(plan.mode == DeletePlan::Mode::Tags ? tr("Remove") : tr("Delete"));
    const bool typed = plan.needsTypedConfirmation();
    m_ui->confirmLabel->setVisible(typed);
    m_ui->confirmEdit->setVisible(typed);
    m_ui->confirmEdit->setAccessibleName(tr("Type to confirm"));
    if (typed) {
        const QString expected = plan.typedConfirmation();
        m_ui->confirmLabel->setText(plan.mode == DeletePlan::Mode::Repository
                ? tr("Type the repository name to confirm:")
                : tr("Type the number of items (%1) to confirm:").arg(expected));
        ok->setEnabled(false);
        connect(m_ui->confirmEdit, &QLineEdit::textChanged, this,
            [ok, expected](const QString &t) { ok->setEnabled(t.trimmed() == expected); });
    } else {
        ok->setDefault(false);
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(true);
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ConfirmDeleteDialog::~ConfirmDeleteDialog() = default;

} // namespace berth
