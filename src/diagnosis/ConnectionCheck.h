#pragma once

#include "api/ApiError.h"
#include "api/RegistryClient.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace berth {

class HarborClient;

// "Test connection": ProbeRunner's probes (users/current, systeminfo, permissions) for a profile
// that is being edited, in words: reachable? who does Harbor think we are? what may we do in the
// project? Then one ping of the registry endpoint (/v2/): may these credentials read images, and
// where does the registry send clients for tokens (another host is named)?
class ConnectionCheck : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool reachable = false;
        QString identity; // "robot", "user", "anonymous", "rejected", "unknown"
        QString summary; // one sentence, the headline
        QStringList details; // further sentences
        QString harborVersion;
        QString authMode;
        QString project;
        QStringList permissions;
        QString cause; // causeId() of the diagnosis when something is wrong
        ApiError error;
    };

    explicit ConnectionCheck(HarborClient *client, QObject *parent = nullptr);
    // project: whose permissions to read; empty = the project in a project robot's name.
    void run(const QString &project = {});
    const Result &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    void afterIdentity();
    void finish();
    // One sentence on the registry side: accepted, refused, or where tokens would come from.
    QString registryWords(const QUrl &base, const RegistryClient::Ping &ping, const ApiError &error) const;

    QPointer<HarborClient> m_client;
    Result m_result;
    bool m_registryAsked = false;
};

} // namespace berth
