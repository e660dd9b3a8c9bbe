#include "TagCommand.h"

#include "CopyCommand.h"
#include "core/ReferenceGrammar.h"
#include "ExitCodes.h"
#include "operations/ArtifactCopy.h"
#include "Terminal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace berth {

QString TagCommand::usageError(const CliOptions &o)
{
    if (o.args.size() < 2)
        return tr("tag takes SRC and at least one NEWTAG: tag REPO:TAG NEWTAG...");
    for (int i = 1; i < o.args.size(); ++i) {
        const QString why = ReferenceGrammar::tagError(o.args.at(i));
        if (!why.isEmpty())
            return why;
    }
    return {};
}

void TagCommand::start()
{
    confirmKindThen([this] { verifyThen([this] { run(); }); });
}

void TagCommand::run()
{
    const ImageRef source = CopyCommand::parseRef(m_ctx, m_ctx.options.args.at(0), true);
    if (!source.isValid()) {
        Terminal::err(source.error);
        Q_EMIT finished(ExitUsage);
        return;
    }
    RegistryClient *client = m_ctx.registry ? m_ctx.registry.data() : new RegistryClient(m_ctx.transport, this);
    ArtifactCopy::Request r;
    r.source = r.target = client;
    r.sourceRepository = r.targetRepository = source.fullRepository();
    r.sourceReference = source.reference();
    r.tags = m_ctx.options.args.mid(1);
    r.tags.removeDuplicates();
    r.tagsOnly = true;
    // Harbor: its tags API, which needs tag:create (a delete-and-tag robot may lack push).
    const bool harbor = !m_ctx.isPlainRegistry() && m_ctx.client;
    if (harbor) {
        QPointer<HarborClient> h = m_ctx.client;
        r.addTag = [this, h, source](const QString &digest, const QString &tag, DoneCallback done) {
            if (!h)
                return;
            h->addTag(source.project, source.repository, digest, tag, this, std::move(done));
        };
    }
    auto *copy = new ArtifactCopy(r, this);
    connect(copy, &ArtifactCopy::finished, this, [this, copy, client, source, harbor] {
        if (!copy->ok()) {
            Q_EMIT finished(CopyCommand::reportFailure(
                *copy,
                [this, harbor](const QString &project, const QString &permission) {
                    // A write refused: Harbor's tags API needs tag:create; over /v2/ it is a push.
                    const bool write = permission != QLatin1String("pull");
                    return diagnosisFor(project, write && harbor ? QStringLiteral("tag:create") : permission);
                },
                client->transport()->baseUrl(), source.fullRepository()));
            return;
        }
        if (m_ctx.options.json) {
            const QJsonObject out {{QStringLiteral("repository"), source.fullRepository()},
                {QStringLiteral("digest"), copy->digest()},
                {QStringLiteral("tags"), QJsonArray::fromStringList(copy->tagsPut())}};
            Terminal::out(QJsonDocument(out).toJson(QJsonDocument::Indented));
        } else {
            Terminal::out(tr("tagged %1 (%2): %3\n")
                              .arg(source.toString(), copy->digest(), copy->tagsPut().join(QLatin1String(", "))));
        }
        Q_EMIT finished(ExitOk);
    });
    copy->start();
}

} // namespace berth
