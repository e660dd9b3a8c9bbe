#include "TrustCertificateBox.h"

#include "api/ApiError.h"
#include "core/DisplayText.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace berth {

namespace {

// The box's words keep the main window's context, so their translations stay.
struct BoxText
{
    Q_DECLARE_TR_FUNCTIONS(berth::MainWindow)
};

} // namespace

QMessageBox *makeTrustCertificateBox(
    const QString &profileName, const ApiError &error, QWidget *parent, QPushButton **trustButton)
{
    // Exactly this certificate, for this profile only; never "ignore SSL errors".
    auto *box = new QMessageBox(QMessageBox::Warning, BoxText::tr("Trust this certificate?"),
        BoxText::tr("Only trust the certificate if its fingerprint matches what the Harbor admin gives "
                    "you. Berth will accept exactly this certificate for %1, and no other.")
            .arg(profileName),
        QMessageBox::Cancel, parent);
    box->setObjectName(QStringLiteral("trustCertificateBox"));
    // The subject and issuer are whatever the server's certificate says, and the informative
    // text guesses its format: shown literally.
    box->setInformativeText(
        DisplayText::literalForAutoText(BoxText::tr("Subject: %1\nIssuer: %2\nValid: %3\nSHA-256: %4")
                                            .arg(error.peerCertificateSubject, error.peerCertificateIssuer,
                                                error.peerCertificateValidity, error.peerCertificateSha256)));
    *trustButton = box->addButton(BoxText::tr("Trust for %1").arg(profileName), QMessageBox::AcceptRole);
    (*trustButton)->setObjectName(QStringLiteral("trustButton"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    return box;
}

} // namespace berth
