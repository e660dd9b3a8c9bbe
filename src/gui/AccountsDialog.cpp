#include "AccountsDialog.h"

#include "api/CaFile.h"
#include "api/HarborClient.h"
#include "connection/ConnectionFactory.h"
#include "core/CertificatePin.h"
#include "core/CredentialHints.h"
#include "core/RegistryUrl.h"
#include "core/RobotExport.h"
#include "credentials/CredentialKey.h"
#include "credentials/CredentialStore.h"
#include "credentials/InMemoryCredentialStore.h"
#include "credentials/ProfileSecrets.h"
#include "credentials/ProfileStore.h"
#include "diagnosis/ConnectionCheck.h"
#include "ImportLoginsDialog.h"
#include "RegistrySessions.h"
#include "ServerKindField.h"
#include "ui_AccountsDialog.h"

#include <QFile>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace berth {

namespace {

// The client holding the secret of `form`'s account for this session: the window's client for
// the account being edited, when it sends the same name to the same registry.
const ApiTransport *sessionClientFor(const RegistrySessions *sessions, const QString &current, const Profile &form)
{
    const ApiTransport *c = current.isEmpty() ? nullptr : sessions->transport(current);
    if (!c || !form.needsSecret() || !c->settings().hasCredentials())
        return nullptr;
    return credentialKey(c->settings().username, c->settings().baseUrl) == form.credentialKey() ? c : nullptr;
}

} // namespace

AccountsDialog::AccountsDialog(RegistrySessions *sessions, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountsDialog>())
    , m_sessions(sessions)
    , m_secrets(new ProfileSecrets(sessions->keychain(), sessions->profiles(), this))
{
    m_ui->setupUi(this);
    m_ui->kindCombo->addItem(tr("Robot account"), int(AccountKind::Robot));
    m_ui->kindCombo->addItem(tr("User"), int(AccountKind::User));
    m_ui->kindCombo->addItem(tr("Anonymous (public projects only)"), int(AccountKind::Anonymous));
    m_server = new ServerKindField(m_ui->form, 2, this);
    connect(m_server, &ServerKindField::changed, this, &AccountsDialog::formEdited);
    m_ui->profileList->setAccessibleName(tr("Saved registries"));
    m_ui->secretEdit->setAccessibleName(tr("Robot secret or password"));
    m_ui->hintsLabel->setAccessibleName(tr("Checks of what you typed"));
    m_ui->testResultLabel->setAccessibleName(tr("Connection test result"));

    connect(m_ui->profileList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item)
            return;
        if (const auto p = accountNamed(item->data(Qt::UserRole).toString()))
            showProfile(*p);
    });
    connect(m_ui->addButton, &QPushButton::clicked, this, &AccountsDialog::newProfile);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &AccountsDialog::removeSelected);
    connect(m_ui->testButton, &QPushButton::clicked, this, &AccountsDialog::testConnection);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &AccountsDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import robot account"), QString(), tr("Robot JSON (*.json);;All files (*)"));
        QString error;
        if (!path.isEmpty() && !importRobotJson(path, &error))
            QMessageBox::warning(this, tr("Import failed"), error);
    });
    // Logins docker and podman keep: looked for only when asked, saved only when ticked.
    auto *importLogins = new QPushButton(tr("Import &logins…"), this);
    importLogins->setObjectName(QStringLiteral("importLoginsButton"));
    importLogins->setAccessibleName(tr("Import logins from docker and podman"));
    m_ui->listLayout->addWidget(importLogins);
    connect(importLogins, &QPushButton::clicked, this, [this] {
        auto *dialog = new ImportLoginsDialog(m_sessions->keychain(), m_sessions->profiles(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ImportLoginsDialog::imported, this, [this](const QString &name) {
            reloadList();
            Q_EMIT saved(name);
        });
        dialog->open();
    });
    connect(m_ui->caBrowseButton, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("CA certificate"), QString(), tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!path.isEmpty())
            m_ui->caEdit->setText(path);
    });
    for (QLineEdit *e : {m_ui->urlEdit, m_ui->userEdit, m_ui->secretEdit})
        connect(e, &QLineEdit::textChanged, this, &AccountsDialog::updateHints);
    for (QLineEdit *e : {m_ui->urlEdit, m_ui->userEdit, m_ui->secretEdit, m_ui->caEdit, m_ui->pinEdit})
        connect(e, &QLineEdit::textChanged, this, &AccountsDialog::formEdited);
    connect(m_ui->plainHttpCheck, &QCheckBox::toggled, this, &AccountsDialog::formEdited);
    connect(m_ui->kindCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        const bool anonymous = AccountKind(m_ui->kindCombo->currentData().toInt()) == AccountKind::Anonymous;
        m_ui->userEdit->setEnabled(!anonymous);
        m_ui->secretEdit->setEnabled(!anonymous);
        formEdited();
        updateHints();
    });
    reloadList();
    if (m_ui->profileList->count() > 0)
        m_ui->profileList->setCurrentRow(0);
    else
        newProfile();
}

AccountsDialog::~AccountsDialog() = default;

void AccountsDialog::reloadList()
{
    const QString keep = m_current;
    m_ui->profileList->clear();
    QStringList saved;
    for (const Profile &p : m_sessions->profiles()->profiles()) {
        auto *item = new QListWidgetItem(p.name, m_ui->profileList);
        item->setData(Qt::UserRole, p.name);
        saved << p.name;
    }
    // Accounts opened for this session only (berth URL --user) are in the tree too: listed, so
    // that they can be looked at, saved or closed like the others.
    QList<Profile> unsaved = m_sessions->openProfiles();
    std::sort(unsaved.begin(), unsaved.end(), [](const Profile &a, const Profile &b) { return a.name < b.name; });
    for (const Profile &p : std::as_const(unsaved)) {
        if (saved.contains(p.name))
            continue;
        auto *item = new QListWidgetItem(tr("%1 (this session only)").arg(p.name), m_ui->profileList);
        item->setData(Qt::UserRole, p.name);
        item->setToolTip(tr("Opened for this session and not saved. Save keeps it, with its secret in the keychain "
                            "or for this session only."));
    }
    selectProfile(keep);
}

std::optional<Profile> AccountsDialog::accountNamed(const QString &name) const
{
    if (name.isEmpty())
        return std::nullopt;
    if (auto saved = m_sessions->profiles()->find(name))
        return saved;
    for (const Profile &p : m_sessions->openProfiles())
        if (p.name == name)
            return p;
    return std::nullopt;
}

void AccountsDialog::selectProfile(const QString &name)
{
    for (int i = 0; i < m_ui->profileList->count(); ++i) {
        QListWidgetItem *item = m_ui->profileList->item(i);
        if (item->data(Qt::UserRole).toString() == name) {
            m_ui->profileList->setCurrentItem(item);
            return;
        }
    }
}

void AccountsDialog::newProfile()
{
    m_ui->profileList->clearSelection();
    Profile p;
    showProfile(p);
    m_current.clear();
    m_ui->urlEdit->setFocus();
}

void AccountsDialog::showProfile(const Profile &p)
{
    m_current = p.name;
    m_server->showProfile(p, p.name.isEmpty());
    m_ui->nameEdit->setText(p.name);
    m_ui->urlEdit->setText(p.url.toString());
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(p.kind)));
    m_ui->userEdit->setText(p.username);
    m_ui->secretEdit->clear();
    // Where the secret is now: the radio says the same as the placeholder.
    const bool heldForSession = !p.secretSaved && sessionClientFor(m_sessions, m_current, p);
    m_ui->secretEdit->setPlaceholderText(p.secretSaved ? tr("saved in the keychain; type to replace")
            : heldForSession                           ? tr("kept for this session only; type to replace")
                                                       : QString());
    (heldForSession ? m_ui->sessionRadio : m_ui->keychainRadio)->setChecked(true);
    m_ui->caEdit->setText(p.caFile);
    m_ui->pinEdit->setText(p.pinnedSha256);
    m_ui->plainHttpCheck->setChecked(p.allowPlainHttp);
    m_expiresAt = p.robotExpiresAt;
    formEdited();
    updateHints();
}

void AccountsDialog::formEdited()
{
    ++m_formVersion;
    m_ui->testResultLabel->clear();
    m_lastCause.clear();
}

Profile AccountsDialog::formProfile(QString *error) const
{
    Profile p;
    const RegistryUrl url = normalizeRegistryUrl(m_ui->urlEdit->text());
    if (!url.isValid()) {
        if (error)
            *error = url.error;
        return p;
    }
    p.url = url.url;
    p.kind = AccountKind(m_ui->kindCombo->currentData().toInt());
    // Chosen, or detected; before any answer the account keeps what it was saved as.
    if (const std::optional<ServerKind> server = m_server->kindFor(p.url))
        p.server = *server;
    else if (const auto saved = m_sessions->profiles()->find(m_current))
        p.server = saved->server;
    p.repositories = m_server->repositories(error);
    p.username = p.kind == AccountKind::Anonymous ? QString() : m_ui->userEdit->text().trimmed();
    p.name = m_ui->nameEdit->text().trimmed().isEmpty() ? ProfileStore::defaultNameFor(p.url)
                                                        : m_ui->nameEdit->text().trimmed();
    // Absolute, so that the trust does not depend on the directory Berth was started in.
    p.caFile = CaFile::absolutePath(m_ui->caEdit->text().trimmed());
    p.pinnedSha256 = normalizedPin(m_ui->pinEdit->text());
    p.allowPlainHttp = m_ui->plainHttpCheck->isChecked();
    p.robotExpiresAt = m_expiresAt;
    if (const auto existing = m_sessions->profiles()->find(m_current))
        p.secretSaved = existing->secretSaved && existing->credentialKey() == p.credentialKey();
    if (!p.caFile.isEmpty() && error) {
        if (const QString problem = CaFile::problem(p.caFile); !problem.isEmpty())
            *error = tr("CA file: %1").arg(problem);
    }
    return p;
}

void AccountsDialog::updateHints()
{
    QStringList lines;
    const RegistryUrl url = normalizeRegistryUrl(m_ui->urlEdit->text());
    if (!m_ui->urlEdit->text().trimmed().isEmpty()) {
        if (!url.isValid())
            lines << tr("URL: %1").arg(url.error);
        else if (!url.warning.isEmpty())
            lines << url.warning;
    }
    const bool anonymous = AccountKind(m_ui->kindCombo->currentData().toInt()) == AccountKind::Anonymous;
    if (!anonymous) {
        const CredentialCheck check
            = checkCredentials(m_ui->userEdit->text(), m_ui->secretEdit->text(), url.url, m_expiresAt);
        for (const CredentialHint &h : check.hints) {
            if (h.kind == HintKind::EmptySecret && m_ui->secretEdit->text().isEmpty())
                continue; // an empty field is not a mistake while editing
            if (h.kind == HintKind::PlainHttpRemote && m_ui->plainHttpCheck->isChecked())
                continue;
            lines << h.message; // a name hint's message names the likely name itself
        }
    }
    if (m_expiresAt.isValid())
        m_ui->expiryValue->setText(QLocale::system().toString(m_expiresAt.toLocalTime(), QLocale::LongFormat));
    else
        m_ui->expiryValue->setText(tr("unknown or never"));
    QString html;
    for (const QString &l : std::as_const(lines))
        html += QStringLiteral("<p>⚠ %1</p>").arg(l.toHtmlEscaped());
    // Below the Test and Save buttons (ui/AccountsDialog.ui): hints come and go as the user
    // types, and must not move a button under the pointer.
    m_ui->hintsLabel->setText(html);
    m_ui->hintsLabel->setVisible(!lines.isEmpty());
}

QString AccountsDialog::hintsText() const
{
    return m_ui->hintsLabel->text();
}

QString AccountsDialog::testResultText() const
{
    return m_ui->testResultLabel->text();
}

bool AccountsDialog::importRobotJson(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    const RobotExport r = parseRobotExport(f.read(2 * 1024 * 1024));
    if (!r.isValid()) {
        if (error)
            *error = r.error;
        return false;
    }
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(AccountKind::Robot)));
    m_ui->userEdit->setText(r.name);
    m_ui->secretEdit->setText(r.secret);
    m_expiresAt = r.expiresAt;
    updateHints();
    Q_EMIT message(tr("Imported %1 from %2.").arg(r.name, path));
    return true;
}

void AccountsDialog::setBusy(bool busy)
{
    for (QWidget *w : {static_cast<QWidget *>(m_ui->testButton), static_cast<QWidget *>(m_ui->saveButton),
             static_cast<QWidget *>(m_ui->removeButton)})
        w->setEnabled(!busy);
}

void AccountsDialog::testConnection()
{
    QString error;
    const Profile p = formProfile(&error);
    if (!error.isEmpty()) {
        m_ui->testResultLabel->setText(error);
        Q_EMIT testFinished();
        return;
    }
    if (m_server->needsDetection(p.url)) {
        setBusy(true);
        m_server->detect(p, [this] {
            setBusy(false);
            testConnection();
        });
        return;
    }
    // An answer about a form the user has changed since would be about the wrong account.
    const int version = m_formVersion;
    const auto runCheck = [this, version](const Connection &c) {
        if (!c.ok()) {
            if (version == m_formVersion)
                m_ui->testResultLabel->setText(c.secretFailure
                        ? c.secretFailure->message.toHtmlEscaped()
                        : tr("CA file: %1").arg(c.caFileProblem).toHtmlEscaped());
            setBusy(false);
            Q_EMIT testFinished();
            return;
        }
        if (m_testClient)
            m_testClient->deleteLater();
        m_testClient = c.transport;
        if (!c.client) { // a plain registry: /v2/ is all there is to ask
            ServerKindField::testRegistry(
                c.transport, this, [this, version](const QString &html, const QString &cause) {
                    if (version == m_formVersion) {
                        m_lastCause = cause;
                        m_ui->testResultLabel->setText(html);
                    }
                    setBusy(false);
                    Q_EMIT testFinished();
                });
            return;
        }
        auto *check = new ConnectionCheck(c.client, this);
        m_check = check;
        connect(check, &ConnectionCheck::finished, this, [this, check, version] {
            const ConnectionCheck::Result &r = check->result();
            if (version == m_formVersion) {
                m_lastCause = r.cause;
                QString text = QStringLiteral("<b>%1</b>").arg(r.summary.toHtmlEscaped());
                for (const QString &d : r.details)
                    text += QStringLiteral("<br/>") + d.toHtmlEscaped();
                m_ui->testResultLabel->setText(text);
            }
            setBusy(false);
            check->deleteLater();
            Q_EMIT testFinished();
        });
        check->run();
    };
    setBusy(true);
    m_ui->testResultLabel->setText(p.isHarbor() ? tr("Asking Harbor…") : tr("Asking the registry…"));
    ConnectionFactory::Tuning quick;
    quick.timeoutMs = 15000;
    const QString typed = m_ui->secretEdit->text().trimmed();
    if (const ApiTransport *held = typed.isEmpty() ? sessionClientFor(m_sessions, m_current, p) : nullptr) {
        runCheck(ConnectionFactory::reopen(*held, p, this, quick)); // the secret this session holds
        return;
    }
    if (!typed.isEmpty() || p.kind == AccountKind::Anonymous || !p.secretSaved) {
        runCheck(ConnectionFactory::open(p, typed, this, quick));
        return;
    }
    m_sessions->connections()->openWithSavedSecret(p, this, runCheck, ProfileSecrets::Retry::None, quick);
}

void AccountsDialog::save()
{
    QString error;
    Profile p = formProfile(&error);
    if (error.isEmpty())
        m_sessions->profiles()->validate(p, m_current, &error);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot save"), error);
        return;
    }
    if (m_server->needsDetection(p.url)) {
        setBusy(true);
        m_server->detect(p, [this] {
            setBusy(false);
            save();
        });
        return;
    }
    const QString secret = m_ui->secretEdit->text().trimmed();
    // Without a typed secret, the one this session holds for the account is kept: an account
    // opened with --password-stdin can be saved without typing it again.
    const bool held = secret.isEmpty() && sessionClientFor(m_sessions, m_current, p);
    if (p.needsSecret() && secret.isEmpty() && !p.secretSaved && !held) {
        QMessageBox::warning(this, tr("Cannot save"), tr("Enter the robot's secret (or the user's password)."));
        return;
    }
    if (m_ui->sessionRadio->isChecked()) {
        p.secretSaved = false;
        if (!m_sessions->profiles()->replace(m_current.isEmpty() ? p.name : m_current, p, &error)) {
            QMessageBox::warning(this, tr("Cannot save"), error);
            return;
        }
        finishSave(p, secret, true);
        return;
    }
    setBusy(true);
    const std::optional<Profile> old = m_sessions->profiles()->find(m_current);
    if (old && (old->name != p.name || old->credentialKey() != p.credentialKey())) {
        // Rename or new name/URL: move the saved secret first, then store the new one if typed.
        ProfileJob *move = m_secrets->update(*old, p);
        connect(move, &ProfileJob::finished, this, [this, p, secret](const ProfileResult &r) {
            if (!r.ok() && r.status != CredentialStatus::NotFound)
                Q_EMIT message(r.message);
            store(p, secret);
        });
        return;
    }
    store(p, secret);
}

void AccountsDialog::store(const Profile &p, const QString &secret)
{
    const ApiTransport *held
        = secret.isEmpty() && !p.secretSaved ? sessionClientFor(m_sessions, m_current, p) : nullptr;
    if (!p.needsSecret() || (secret.isEmpty() && !held)) {
        QString err;
        if (!m_sessions->profiles()->save(p, &err)) {
            setBusy(false);
            QMessageBox::warning(this, tr("Cannot save"), err);
            return;
        }
        finishSave(p, QString(), false);
        return;
    }
    ProfileJob *job
        = held ? m_sessions->connections()->saveWithSecretOf(p, *held) : m_secrets->saveWithSecret(p, secret);
    connect(job, &ProfileJob::finished, this, [this, p, secret](const ProfileResult &r) {
        if (r.ok()) {
            finishSave(r.profile, QString(), false);
            return;
        }
        setBusy(false);
        // Never plaintext behind the user's back: say what failed and offer the session.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("The keychain refused the secret"),
            r.message + (r.detail.isEmpty() ? QString() : QStringLiteral("\n\n") + r.detail), QMessageBox::Cancel,
            this);
        box->setObjectName(QStringLiteral("keychainErrorBox"));
        QPushButton *session = box->addButton(tr("Keep for this session only"), QMessageBox::AcceptRole);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(session, &QPushButton::clicked, this, [this, p, secret] {
            Profile s = p;
            s.secretSaved = false;
            QString err;
            if (m_sessions->profiles()->save(s, &err))
                finishSave(s, secret, true);
        });
        box->open();
    });
}

void AccountsDialog::finishSave(const Profile &profile, const QString &secret, bool sessionOnly)
{
    setBusy(false);
    m_ui->secretEdit->clear(); // the secret does not stay in the dialog
    // The session first, so that the form shown next says where the secret is now.
    if (sessionOnly && secret.isEmpty()) {
        m_sessions->reopenWithSecretOf(m_current.isEmpty() ? profile.name : m_current, profile);
    } else {
        if (!m_current.isEmpty() && m_current != profile.name)
            m_sessions->close(m_current);
        if (sessionOnly)
            m_sessions->openWithSecret(profile, secret);
        else
            m_sessions->open(*m_sessions->profiles()->find(profile.name));
    }
    m_current = profile.name;
    reloadList();
    if (const auto shown = accountNamed(profile.name))
        showProfile(*shown);
    Q_EMIT message(sessionOnly
            ? tr("Saved %1; its secret is kept for this session only.").arg(profile.name)
            : tr("Saved %1; its secret is in %2.").arg(profile.name, m_sessions->keychain()->backendName()));
    Q_EMIT saved(profile.name);
}

void AccountsDialog::removeSelected()
{
    const QString name = m_current;
    const auto forget = [this, name](const QString &text) {
        m_sessions->close(name);
        Q_EMIT message(text);
        m_current.clear();
        reloadList();
        if (m_ui->profileList->count() > 0)
            m_ui->profileList->setCurrentRow(0);
        else
            newProfile();
        Q_EMIT removed(name);
    };
    const auto p = m_sessions->profiles()->find(name);
    if (!p) {
        // Open for this session only: nothing saved to remove, only the session to close.
        if (accountNamed(name))
            forget(tr("Closed %1; nothing had been saved for it.").arg(name));
        return;
    }
    setBusy(true);
    ProfileJob *job = m_secrets->remove(*p);
    connect(job, &ProfileJob::finished, this, [this, forget](const ProfileResult &r) {
        setBusy(false);
        forget(r.message);
    });
}

void AccountsDialog::done(int result)
{
    m_ui->secretEdit->clear();
    QDialog::done(result);
}

} // namespace berth
