#include "ImportLoginsDialog.h"

#include "core/DisplayText.h"
#include "core/RegistryUrl.h"
#include "ui_ImportLoginsDialog.h"

#include <QHeaderView>
#include <QPushButton>

namespace berth {

namespace {

enum Column { ColRegistry, ColUser, ColSource, ColState, ColumnCount };

QString registryText(const FoundLogin &l)
{
    if (!l.registryUrl.isValid())
        return DisplayText::escapeControl(l.key.left(200));
    const QString host = registryHost(l.registryUrl);
    return l.namespacePath.isEmpty() ? host : host + QLatin1Char('/') + l.namespacePath;
}

} // namespace

ImportLoginsDialog::ImportLoginsDialog(
    CredentialStore *store, ProfileStore *profiles, QWidget *parent, const QProcessEnvironment &env)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportLoginsDialog>())
    , m_store(store)
    , m_profiles(profiles)
    , m_env(env)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(
        tr("Logins that docker, podman, skopeo and buildah keep on this computer. Tick the ones to save as Berth "
           "profiles; nothing is saved otherwise. A password kept by a credential helper is read only when you "
           "import its login. Imported logins are saved as plain registries; change that in Accounts if one is "
           "Harbor."));
    m_ui->table->setColumnCount(ColumnCount);
    m_ui->table->setHorizontalHeaderLabels({tr("Registry"), tr("User"), tr("From"), tr("Password")});
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    m_ui->table->verticalHeader()->hide();
    connect(m_ui->rescanButton, &QPushButton::clicked, this, &ImportLoginsDialog::rescan);
    connect(m_ui->importButton, &QPushButton::clicked, this, &ImportLoginsDialog::importSelected);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->table, &QTableWidget::itemChanged, this, &ImportLoginsDialog::updateButtons);
    rescan();
}

ImportLoginsDialog::~ImportLoginsDialog() = default;

void ImportLoginsDialog::rescan()
{
    m_scan = LoginImport::scan(LoginImport::candidateFiles(m_env));
    QSignalBlocker block(m_ui->table);
    m_ui->table->setRowCount(int(m_scan.logins.size()));
    for (int row = 0; row < m_scan.logins.size(); ++row) {
        const FoundLogin &l = m_scan.logins.at(row);
        auto *registry = new QTableWidgetItem(registryText(l));
        if (l.importable()) {
            registry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            registry->setCheckState(Qt::Unchecked); // never ticked by default
        } else {
            registry->setFlags(Qt::ItemIsSelectable); // shown, greyed, not pickable
        }
        m_ui->table->setItem(row, ColRegistry, registry);
        m_ui->table->setItem(row, ColUser,
            new QTableWidgetItem(
                l.username.isEmpty() ? tr("(from the helper)") : DisplayText::escapeControl(l.username)));
        m_ui->table->setItem(row, ColSource,
            new QTableWidgetItem(l.helper.isEmpty()
                    ? l.sourceFile
                    : tr("docker-credential-%1 (named in %2)").arg(l.helper, l.sourceFile)));
        const QString state = !l.importable() ? tr("Cannot import: %1").arg(l.problem)
            : l.helper.isEmpty()              ? tr("In the file")
                                              : tr("Kept by the helper; read when imported");
        auto *stateItem = new QTableWidgetItem(state);
        stateItem->setToolTip(DisplayText::literalForAutoText(state));
        m_ui->table->setItem(row, ColState, stateItem);
    }
    m_ui->table->resizeColumnsToContents();
    QStringList notes = m_scan.problems;
    if (m_scan.logins.isEmpty())
        notes.prepend(m_scan.filesRead.isEmpty()
                ? tr("No docker or podman login file was found.")
                : tr("No logins found in %1.").arg(m_scan.filesRead.join(QStringLiteral(", "))));
    m_ui->problemsLabel->setText(notes.join(QLatin1Char('\n')));
    m_ui->problemsLabel->setVisible(!notes.isEmpty());
    updateButtons();
}

void ImportLoginsDialog::setChecked(int row, bool checked)
{
    if (QTableWidgetItem *item = m_ui->table->item(row, ColRegistry); item && (item->flags() & Qt::ItemIsUserCheckable))
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

QString ImportLoginsDialog::resultText() const
{
    return m_ui->resultLabel->text();
}

void ImportLoginsDialog::updateButtons()
{
    bool any = false;
    for (int row = 0; row < m_ui->table->rowCount(); ++row) {
        const QTableWidgetItem *item = m_ui->table->item(row, ColRegistry);
        any = any || (item && item->checkState() == Qt::Checked);
    }
    m_ui->importButton->setEnabled(any && !m_busy);
    m_ui->rescanButton->setEnabled(!m_busy);
}

void ImportLoginsDialog::importSelected()
{
    QList<FoundLogin> picked;
    for (int row = 0; row < m_ui->table->rowCount() && row < m_scan.logins.size(); ++row) {
        const QTableWidgetItem *item = m_ui->table->item(row, ColRegistry);
        if (item && item->checkState() == Qt::Checked && m_scan.logins.at(row).importable())
            picked << m_scan.logins.at(row);
    }
    if (picked.isEmpty() || m_busy)
        return;
    m_busy = true;
    m_results.clear();
    updateButtons();
    m_ui->resultLabel->setText(tr("Importing %n logins…", nullptr, int(picked.size())));
    auto *importer = new LoginImporter(m_store, m_profiles, this);
    connect(importer, &LoginImporter::saved, this, [this](const FoundLogin &l, const Profile &p) {
        m_results << tr("%1: saved as profile “%2” (user %3).").arg(registryText(l), p.name, p.username);
        Q_EMIT imported(p.name);
    });
    connect(importer, &LoginImporter::failed, this, [this](const FoundLogin &l, const QString &message) {
        m_results << tr("%1: not saved: %2").arg(registryText(l), message);
    });
    connect(importer, &LoginImporter::done, this, [this, importer](int saved, int failed) {
        m_busy = false;
        m_ui->resultLabel->setText(m_results.join(QLatin1Char('\n')));
        updateButtons();
        importer->deleteLater();
        Q_EMIT importFinished(saved, failed);
    });
    importer->start(picked);
}

} // namespace berth
