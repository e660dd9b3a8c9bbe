#include "CopyToDialog.h"

#include "api/RegistryClient.h"
#include "core/ReferenceGrammar.h"
#include "ui_CopyToDialog.h"

#include <QPushButton>

namespace berth {

CopyToDialog::CopyToDialog(const QString &source, const QString &sourceTag, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CopyToDialog>())
    , m_source(source)
    , m_sourceTag(sourceTag)
{
    m_ui->setupUi(this);
    m_ui->sourceLabel->setText(tr("Copy %1 with its blobs (and, for an index, its platform manifests).").arg(source));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Copy"));
    m_ui->tagsCombo->addItem(sourceTag.isEmpty() ? tr("None (by digest only)") : tr("The same tag (%1)").arg(sourceTag),
        int(sourceTag.isEmpty() ? Tags::None : Tags::Same));
    if (!sourceTag.isEmpty())
        m_ui->tagsCombo->addItem(tr("None (by digest only)"), int(Tags::None));
    m_ui->tagsCombo->addItem(tr("New names:"), int(Tags::New));
    connect(m_ui->registryCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, &CopyToDialog::validate);
    connect(m_ui->tagsCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, &CopyToDialog::validate);
    connect(m_ui->repositoryEdit, &QLineEdit::textChanged, this, &CopyToDialog::validate);
    connect(m_ui->tagsEdit, &QLineEdit::textChanged, this, &CopyToDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

CopyToDialog::~CopyToDialog() = default;

void CopyToDialog::addRegistry(const QString &name, bool harbor)
{
    m_ui->registryCombo->addItem(name, harbor);
}

void CopyToDialog::setTarget(const QString &registry, const QString &repository)
{
    const int i = m_ui->registryCombo->findText(registry);
    if (i >= 0)
        m_ui->registryCombo->setCurrentIndex(i);
    m_ui->repositoryEdit->setText(repository);
    validate();
}

void CopyToDialog::setDenial(std::function<QString(const QString &, const QString &)> denial)
{
    m_denial = std::move(denial);
    validate();
}

void CopyToDialog::setTags(Tags choice, const QString &names)
{
    const int i = m_ui->tagsCombo->findData(int(choice));
    if (i >= 0)
        m_ui->tagsCombo->setCurrentIndex(i);
    m_ui->tagsEdit->setText(names);
    validate();
}

QString CopyToDialog::registry() const
{
    return m_ui->registryCombo->currentText();
}

bool CopyToDialog::targetIsHarbor() const
{
    return m_ui->registryCombo->currentData().toBool();
}

QString CopyToDialog::repository() const
{
    return m_ui->repositoryEdit->text().trimmed();
}

QStringList CopyToDialog::tags() const
{
    switch (Tags(m_ui->tagsCombo->currentData().toInt())) {
    case Tags::Same:
        return {m_sourceTag};
    case Tags::None:
        return {};
    case Tags::New:
        break;
    }
    QStringList names;
    for (const QString &part : m_ui->tagsEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty() && !names.contains(part.trimmed()))
            names << part.trimmed();
    }
    return names;
}

bool CopyToDialog::copyReferrers() const
{
    return m_ui->referrersCheck->isChecked();
}

void CopyToDialog::setCopyReferrers(bool copy)
{
    m_ui->referrersCheck->setChecked(copy);
}

QString CopyToDialog::repositoryProblem(const QString &repository, bool harbor)
{
    if (repository.isEmpty())
        return tr("Type the target repository.");
    if (!harbor)
        return RegistryClient::repositoryError(repository);
    // Harbor: a project, then the repository path inside it.
    const QString project = repository.section(QLatin1Char('/'), 0, 0);
    const QString path = repository.section(QLatin1Char('/'), 1);
    if (path.isEmpty())
        return tr("On Harbor the repository is PROJECT/REPOSITORY, e.g. %1/app.").arg(project);
    const QString why = ReferenceGrammar::projectError(project);
    return why.isEmpty() ? ReferenceGrammar::repositoryError(project, path) : why;
}

QString CopyToDialog::problem() const
{
    if (registry().isEmpty())
        return tr("Open the target registry in this window first (Registry → Accounts…).");
    if (const QString why = repositoryProblem(repository(), targetIsHarbor()); !why.isEmpty())
        return why;
    const bool newNames = Tags(m_ui->tagsCombo->currentData().toInt()) == Tags::New;
    if (newNames && tags().isEmpty())
        return tr("Type the new tags, separated by commas.");
    for (const QString &tag : tags()) {
        if (const QString why = ReferenceGrammar::tagError(tag); !why.isEmpty())
            return why;
    }
    return m_denial ? m_denial(registry(), repository()) : QString();
}

QString CopyToDialog::summary() const
{
    const QString why = problem();
    if (!why.isEmpty())
        return why;
    const QStringList t = tags();
    return t.isEmpty() ? tr("Creates %1 by digest in %2 on %3, without tags.").arg(m_source, repository(), registry())
                       : tr("Creates %1 in %2 on %3 with the tags %4.")
                             .arg(m_source, repository(), registry(), t.join(QStringLiteral(", ")));
}

void CopyToDialog::validate()
{
    m_ui->tagsEdit->setEnabled(Tags(m_ui->tagsCombo->currentData().toInt()) == Tags::New);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem().isEmpty());
    m_ui->summaryLabel->setText(summary());
}

} // namespace berth
