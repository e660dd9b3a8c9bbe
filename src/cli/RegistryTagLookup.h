#pragma once

#include "api/ApiError.h"

#include <functional>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace berth {

class RegistryClient;

// Which tags of a repository sit on which digest, on a plain registry: the tag list, then one
// HEAD per tag (bounded parallel). A registry deletes by digest, and a digest delete takes every
// tag on it, so rm names them before and after. Deletes itself when done.
class RegistryTagLookup : public QObject
{
    Q_OBJECT

public:
    // tag -> digest; `error` when the list failed (then the map is empty) or any HEAD failed (then
    // the map holds what was found and is incomplete).
    using Done = std::function<void(const QMap<QString, QString> &digests, const ApiError &error)>;

    static void run(RegistryClient *registry, const QString &repository, int concurrency, QObject *context, Done done);
    // The tags on `digest`, sorted.
    static QStringList tagsOn(const QMap<QString, QString> &digests, const QString &digest);

private:
    RegistryTagLookup(RegistryClient *registry, QString repository, int concurrency, QObject *context, Done done);
    void pump();
    void end();

    QPointer<RegistryClient> m_registry;
    QString m_repository;
    int m_concurrency;
    QPointer<QObject> m_context;
    Done m_done;
    QStringList m_tags;
    QMap<QString, QString> m_digests;
    ApiError m_error;
    int m_next = 0;
    int m_inFlight = 0;
    bool m_ended = false;
};

} // namespace berth
