#include "AddTagDialog.h"

#include "core/ReferenceGrammar.h"
#include "ui_AddTagDialog.h"

#include <QPushButton>

namespace berth {

AddTagDialog::AddTagDialog(const QString &source, const QStringList &existing, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddTagDialog>())
    , m_source(source)
    , m_existing(existing)
{
    m_ui->setupUi(this);
    m_ui->sourceLabel->setText(tr("Add a tag to %1.").arg(source));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Add tag"));
    connect(m_ui->tagEdit, &QLineEdit::textChanged, this, &AddTagDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

AddTagDialog::~AddTagDialog() = default;

QString AddTagDialog::tag() const
{
    return m_ui->tagEdit->text().trimmed();
}

QString AddTagDialog::problem(const QString &text, const QStringList &existing)
{
    if (text.isEmpty())
        return tr("Type the new tag's name.");
    if (existing.contains(text))
        return tr("The artifact has the tag %1 already.").arg(text);
    return ReferenceGrammar::tagError(text);
}

void AddTagDialog::validate()
{
    const QString why = problem(tag(), m_existing);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    // Live: the rule the name breaks, or what OK will do.
    m_ui->messageLabel->setText(why.isEmpty() ? tr("Creates the tag %1 on %2.").arg(tag(), m_source) : why);
}

} // namespace berth
