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
        setWindowTitle(tr("Remove %n tags?", nullptr, n));
        m_ui->headingLabel->setText(
            tr("Remove %n tags from %1? Only the tags go; the artifacts stay.", nullptr, n).arg(plan.registry));
        break;
    case DeletePlan::Mode::Artifacts:
        setWindowTitle(tr("Delete %n artifacts?", nullptr, n));
        m_ui->headingLabel->setText(
            tr("Delete %n artifacts from %1, with all their tags?", nullptr, n).arg(plan.registry));
        break;
    case DeletePlan::Mode::Repository:
        setWindowTitle(tr("Delete repository?"));
        m_ui->headingLabel->setText(tr("Delete the repository %1 from %2, with every artifact in it?")
                                        .arg(plan.typedConfirmation(), plan.registry));
        break;
    }
    m_ui->planText->setPlainText(plan.describe());
    m_ui->planText->setAccessibleName(tr("What will be deleted"));
    // What Harbor refuses is not part of the delete: said as staying, never as going.
    QString kept;
    if (plan.mode == DeletePlan::Mode::Artifacts && !plan.keptArtifacts.isEmpty())
        kept = tr("%n artifacts stay: they carry immutable tags, which Harbor refuses to delete (412).", nullptr,
            int(plan.keptArtifacts.size()));
    else if (plan.mode == DeletePlan::Mode::Tags && !plan.immutable.isEmpty())
        kept = tr("%n immutable tags stay: Harbor refuses to delete them (412).", nullptr, int(plan.immutable.size()));
    // A registry deletes by digest (distribution API): the tags named above all go, at once.
    if (kept.isEmpty() && plan.mode == DeletePlan::Mode::Artifacts && plan.plainRegistry)
        kept = tr("This registry deletes a manifest by its digest: every tag on it goes with it.");
    m_ui->warningLabel->setText(kept);
    m_ui->warningLabel->setVisible(!kept.isEmpty());
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(plan.mode == DeletePlan::Mode::Tags ? tr("Remove") : tr("Delete"));
    if (plan.items.isEmpty()) {
        // Nothing would go: nothing to confirm (the delete flow does not open this then).
        m_ui->buttonBox->removeButton(ok);
        ok->deleteLater();
        ok = nullptr;
    }
    const bool typed = ok && plan.needsTypedConfirmation();
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
        if (ok)
            ok->setDefault(false);
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(true);
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ConfirmDeleteDialog::~ConfirmDeleteDialog() = default;

} // namespace berth
