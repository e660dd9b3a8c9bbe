#include "RegistryTagLookup.h"

#include "api/RegistryClient.h"
#include "api/RegistryListJob.h"

namespace berth {

void RegistryTagLookup::run(
    RegistryClient *registry, const QString &repository, int concurrency, QObject *context, Done done)
{
    auto *lookup = new RegistryTagLookup(registry, repository, concurrency, context, std::move(done));
    RegistryListJob *job = registry->tags(repository);
    connect(job, &RegistryListJob::page, lookup, [lookup](const QStringList &tags) { lookup->m_tags += tags; });
    connect(job, &RegistryListJob::finished, lookup, [lookup](const ApiError &e) {
        if (e) {
            lookup->m_error = e;
            return lookup->end();
        }
        lookup->pump();
    });
}

QStringList RegistryTagLookup::tagsOn(const QMap<QString, QString> &digests, const QString &digest)
{
    QStringList tags;
    for (auto it = digests.cbegin(); it != digests.cend(); ++it)
        if (it.value() == digest)
            tags << it.key();
    return tags; // QMap keeps keys sorted
}

RegistryTagLookup::RegistryTagLookup(
    RegistryClient *registry, QString repository, int concurrency, QObject *context, Done done)
    : QObject(context)
    , m_registry(registry)
    , m_repository(std::move(repository))
    , m_concurrency(qMax(1, concurrency))
    , m_context(context)
    , m_done(std::move(done))
{ }

void RegistryTagLookup::pump()
{
    while (m_registry && m_inFlight < m_concurrency && m_next < m_tags.size()) {
        const QString tag = m_tags.at(m_next++);
        ++m_inFlight;
        m_registry->headManifest(
            m_repository, tag, this, [this, tag](const RegistryClient::ManifestHead &h, const ApiError &e) {
                --m_inFlight;
                if (e && !m_error)
                    m_error = e;
                else if (!e && !h.digest.isEmpty())
                    m_digests.insert(tag, h.digest);
                pump();
            });
    }
    if (m_inFlight == 0 && m_next >= m_tags.size())
        end();
}

void RegistryTagLookup::end()
{
    if (m_ended)
        return;
    m_ended = true;
    if (m_context)
        m_done(m_digests, m_error);
    deleteLater();
}

} // namespace berth
