#pragma once

#include "credentials/Profile.h"

#include <memory>
#include <optional>
#include <QDateTime>
#include <QDialog>
#include <QPointer>

namespace Ui {
class AccountsDialog;
}

namespace berth {

class ConnectionCheck;
class ApiTransport;
class HarborClient;
class ServerKindField;
class ProfileSecrets;
class RegistrySessions;

// Add, edit and remove registry profiles; secrets go to the keychain (or, by choice, this
// session only) and never to settings. It checks the mistakes users make while they type, and
// "Test connection" says in words who Harbor thinks they are.
class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AccountsDialog(RegistrySessions *sessions, QWidget *parent = nullptr);
    ~AccountsDialog() override;

    void selectProfile(const QString &name);
    void newProfile();
    bool importRobotJson(const QString &path, QString *error = nullptr);
    void testConnection();
    void save();
    void removeSelected();

    QString hintsText() const;
    QString testResultText() const;
    QString lastCause() const { return m_lastCause; }

Q_SIGNALS:
    void testFinished();
    void saved(const QString &profileName);
    void removed(const QString &profileName);
    void message(const QString &text); // what happened, for the status bar and tests

protected:
    void done(int result) override;

private:
    void reloadList();
    // The saved account of this name, or the one open for this session only.
    std::optional<Profile> accountNamed(const QString &name) const;
    void showProfile(const Profile &p);
    Profile formProfile(QString *error) const;
    void updateHints();
    void formEdited(); // a result shown is about what the form held before
    void setBusy(bool busy);
    // Saves the profile and its secret: the one typed, or the one the session holds for it.
    void store(const Profile &p, const QString &secret);
    void finishSave(const Profile &profile, const QString &secret, bool sessionOnly);

    std::unique_ptr<Ui::AccountsDialog> m_ui;
    RegistrySessions *m_sessions;
    ProfileSecrets *m_secrets;
    QString m_current; // name of the profile being edited; empty for a new one
    QDateTime m_expiresAt;
    QPointer<ApiTransport> m_testClient;
    ServerKindField *m_server = nullptr;
    QPointer<ConnectionCheck> m_check;
    QString m_lastCause;
    int m_formVersion = 0; // counts edits: a test result for an older form is not shown
};

} // namespace berth
