#pragma once

#include "api/ServerProbe.h"
#include "credentials/Profile.h"

#include <functional>
#include <optional>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace berth {

// The accounts form's "Server" row: what answers at the address (Harbor or a plain OCI
// registry), found by asking it (detectServer) on Test or Save, with a combo to override.
// Also the connection test of a plain registry, which has no Harbor API to ask who we are.
class ServerKindField : public QObject
{
    Q_OBJECT

public:
    // Inserts the row into `form` at `row`, and below it the repositories of a registry that
    // does not list them.
    ServerKindField(QFormLayout *form, int row, QWidget *parent);

    // A saved profile shows its kind; a new one starts at "Detect".
    void showProfile(const Profile &p, bool isNew);
    // The kind chosen, or detected for this address; none while "Detect" has no answer for it.
    std::optional<ServerKind> kindFor(const QUrl &url) const;
    // "Detect" is chosen and the server at `url` has not been asked yet.
    bool needsDetection(const QUrl &url) const;
    // Asks the server at p's address (without credentials first; see detectServer), shows the
    // answer, then runs `then` (also when the server could not be asked: kindFor() stays empty).
    void detect(const Profile &p, std::function<void()> then);
    QString detectedText() const;
    // The repositories typed ("team/app library/nginx"), or why one is not a repository name.
    QStringList repositories(QString *error = nullptr) const;

    // The test of a plain registry: GET /v2/ with the form's credentials. `done` gets the words
    // (HTML) and the cause id of a failure.
    static void testRegistry(
        ApiTransport *transport, QObject *context, std::function<void(const QString &html, const QString &cause)> done);

Q_SIGNALS:
    void changed();

private:
    QComboBox *m_combo;
    QLabel *m_label;
    QLineEdit *m_repositories;
    struct Detection
    {
        QUrl url;
        std::optional<ServerIdentity> identity;
    };
    std::optional<Detection> m_detection;
    int m_asking = 0; // bumps per detection: an answer for an older one is dropped
};

} // namespace berth
