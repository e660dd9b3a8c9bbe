// What the simulator knows about one request while it passes through the pipeline.
#pragma once

#include "simulator.h"

#include <QPair>
#include <QPointer>
#include <QStringList>

namespace sim {

struct Simulator::Ctx
{
    QPointer<HttpConnection> conn;
    HttpRequest req;
    QString path; // raw path percent-decoded once (what Harbor's router sees)
    QByteArray requestId;
    QString authKind = QStringLiteral("none");
    QString basicUser;
    bool hasBasicUser = false;
    QString basicSecret;
    QByteArray bearer;
    Identity identity;
    bool control = false;
    bool api = false; // /api/...
    QStringList cookieNames;
    QByteArray sid;
    bool csrfHeader = false;
    QList<QPair<QString, QString>> query; // decoded once
    QJsonObject fault; // spec of the fault applied, if any
    QString faultKind;
    bool authFailed = false;
    bool deferred = false; // the handler answers later (registry proxy); route()'s return is ignored
    bool keepLength = false; // HEAD answer whose Content-Length came from the backend

    QString q(const QString &key, const QString &fallback = QString()) const
    {
        for (const auto &kv : query) {
            if (kv.first == key)
                return kv.second;
        }
        return fallback;
    }
    bool hasQ(const QString &key) const
    {
        for (const auto &kv : query) {
            if (kv.first == key)
                return true;
        }
        return false;
    }
    QString host() const { return QString::fromUtf8(req.header("Host")); }
};

} // namespace sim
