#pragma once

#include "Diagnosis.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QStringList>

namespace berth {

class HarborClient;

// The live probes behind a diagnosis, all GET requests with the same credentials as the failed
// request: users/current (who am I?), systeminfo (auth mode, read-only), the project and its
// permissions, and for a 404 where the tag is now. What each answer means is in goharbor/harbor
// src/server/v2.0/handler/user.go (users/current, permissions) and
// src/controller/systeminfo/controller.go (harbor_version only for authenticated callers).
class ProbeRunner : public QObject
{
    Q_OBJECT

public:
    struct Target
    {
        QString project;
        QString repositoryPath; // without the project
        QString reference; // digest or tag the failed request named
        QString tag; // the tag it tried to remove
        // For explain: send exactly these headers (Authorization, Cookie) instead of the
        // client's own credentials.
        bool useClientCredentials = true;
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    struct Results
    {
        int usersCurrentStatus = 0; // 0 = failed to ask
        QString usersCurrentName; // for 200: Harbor's name for us
        bool systemInfoAuthenticated = false;
        QString authMode;
        std::optional<bool> readOnly;
        qint64 projectId = 0;
        int projectStatus = 0;
        std::optional<QStringList> permissions; // "resource:action"
        std::optional<bool> tagExists;
        QString tagNowOnDigest;
        QString referenceDigest; // what the failed request's reference resolves to now
        QStringList lines; // one human line per probe, for the dialog and stderr
    };

    ProbeRunner(HarborClient *client, QObject *parent = nullptr);
    void run(const Target &target);
    const Results &results() const { return m_results; }

    // Copies what the probes found into a diagnosis context.
    static void apply(const Results &results, DiagnosisContext &context);

Q_SIGNALS:
    void finished();

private:
    void get(const QUrl &url, const QString &what, std::function<void(int status, const QByteArray &body)> done,
        bool resourceName = false);
    void step();
    void done();

    QPointer<HarborClient> m_client;
    Target m_target;
    Results m_results;
    int m_pending = 0;
    int m_stage = 0;
};

} // namespace berth
