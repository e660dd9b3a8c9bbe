#pragma once

#include <QString>

class QMessageBox;
class QPushButton;
class QWidget;

namespace berth {

struct ApiError;

// "Trust this certificate?": the server's own certificate (subject, issuer, validity, SHA-256)
// for one profile, never "ignore SSL errors". `trustButton` is the button that accepts.
QMessageBox *makeTrustCertificateBox(
    const QString &profileName, const ApiError &error, QWidget *parent, QPushButton **trustButton);

} // namespace berth
