#pragma once

#include "credentials/LoginImport.h"

#include <memory>
#include <QDialog>
#include <QProcessEnvironment>

namespace Ui {
class ImportLoginsDialog;
}

namespace berth {

class CredentialStore;
class ProfileStore;

// "Import logins…": the logins docker and podman keep (config.json, auth.json), shown with where
// each comes from and why one cannot be used. Nothing is ticked and nothing read from a
// credential helper until the user picks; "Import selected" saves only the ticked ones.
class ImportLoginsDialog : public QDialog
{
    Q_OBJECT

public:
    // Neither is owned; both must outlive the dialog. `env` says where to look (tests).
    ImportLoginsDialog(CredentialStore *store, ProfileStore *profiles, QWidget *parent = nullptr,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    ~ImportLoginsDialog() override;

    void rescan();
    void importSelected();
    QList<FoundLogin> found() const { return m_scan.logins; }
    void setChecked(int row, bool checked); // tests
    QString resultText() const;

Q_SIGNALS:
    void imported(const QString &profileName); // one per saved profile
    void importFinished(int saved, int failed);

private:
    void updateButtons();

    std::unique_ptr<Ui::ImportLoginsDialog> m_ui;
    CredentialStore *m_store;
    ProfileStore *m_profiles;
    QProcessEnvironment m_env;
    LoginScan m_scan;
    QStringList m_results;
    bool m_busy = false;
};

} // namespace berth
