#pragma once

#include "api/ApiError.h"
#include "CurlCommand.h"
#include "Diagnosis.h"
#include "ProbeRunner.h"

#include <QObject>
#include <QPointer>

namespace berth {

class HarborClient;

// Explains a failed request that the user made themselves (a curl command), without sending
// it: it parses the command, runs GET probes with the same credentials, decides the cause with
// ErrorPresenter, and writes a corrected command. Only a GET is ever replayed.
// The probes carry the command's secret, so they go only to the one host the command names as
// its URL; when CurlRequest::refusals says that is not safe, nothing is sent and the cause is
// probe_refused.
class RequestExplainer : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        CurlRequest request;
        QString error; // the command could not be read or the server not reached
        ApiError facts; // the request as it went out, and the status predicted or seen
        bool statusObserved = false; // true when the GET itself was replayed
        Diagnosis diagnosis;
        QStringList probeLines;
        QString correctedCommand;
        QString robotPrefix = QStringLiteral("robot$");
        bool probed = false; // something was sent (to request.url's host only)
    };

    // extraCaFile: trust for https servers with a private CA (as --ca-file).
    explicit RequestExplainer(QObject *parent = nullptr);
    void explain(const QString &commandLine, int timeoutMs = 15000, const QString &caFile = {});
    const Result &result() const { return m_result; }

Q_SIGNALS:
    // Before anything is sent: the only server the probes will ask (scheme, host, port).
    void probing(const QUrl &server);
    void finished();

private:
    void refuse();
    void afterProbes();
    void afterTypedNameProbe(int status);
    void decide();
    QString neededPermission() const;
    QString fixedUrl() const;
    QString correctedCommand(Cause cause) const;

    Result m_result;
    QPointer<HarborClient> m_client;
    ProbeRunner *m_probes = nullptr;
    ProbeRunner::Results m_probeResults;
    int m_typedNameStatus = 0;
    QString m_project;
    QString m_repositoryPath;
    QString m_reference;
    QString m_tag;
    bool m_singleEncoded = false;
};

} // namespace berth
