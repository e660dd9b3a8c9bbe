#include "RegistryWhoamiCommand.h"

#include "api/RegistryListJob.h"
#include "core/DisplayText.h"
#include "core/ServerKind.h"
#include "diagnosis/ErrorPresenter.h"
#include "ExitCodes.h"
#include "Terminal.h"

#include <memory>
#include <QJsonDocument>

namespace berth {

namespace {
// true, false (refused), or null (not known: another failure, or nothing to ask about)
QJsonValue verdict(const ApiError &e)
{
    if (!e)
        return true;
    if (e.kind == ApiError::Kind::Unauthorized || e.kind == ApiError::Kind::Forbidden)
        return false;
    return QJsonValue(QJsonValue::Null);
}
} // namespace

void RegistryWhoamiCommand::start()
{
    const ConnectionSettings &s = m_ctx.transport->settings();
    const QString user = s.hasCredentials() ? s.username : QString();
    m_out.insert(QStringLiteral("url"), m_ctx.transport->baseUrl().toString());
    m_out.insert(QStringLiteral("server"), serverKindName(ServerKind::Registry));
    m_out.insert(QStringLiteral("username"), user);
    m_out.insert(QStringLiteral("identity"), user.isEmpty() ? QStringLiteral("anonymous") : QStringLiteral("basic"));
    verifyThen([this] {
        m_ctx.registry->ping(this, [this](const RegistryClient::Ping &p, const ApiError &) {
            m_out.insert(QStringLiteral("api_version"), p.apiVersion);
            RegistryListJob *job = m_ctx.registry->catalog(1);
            auto first = std::make_shared<QString>();
            connect(job, &RegistryListJob::page, this, [first, job](const QStringList &names) {
                if (first->isEmpty() && !names.isEmpty())
                    *first = names.first();
                job->abort(); // one name is enough
            });
            connect(job, &RegistryListJob::finished, this, [this, first](const ApiError &e) {
                const bool cancelled = e.kind == ApiError::Kind::Cancelled;
                m_out.insert(QStringLiteral("catalog"), cancelled ? QJsonValue(true) : verdict(e));
                if (e && !cancelled)
                    m_out.insert(
                        QStringLiteral("catalog_cause"), causeId(ErrorPresenter::causeOf(e, diagnosisFor({}))));
                m_out.insert(QStringLiteral("push"), QJsonValue(QJsonValue::Null)); // only an upload would tell
                if (first->isEmpty()) {
                    m_out.insert(QStringLiteral("repository"), QJsonValue(QJsonValue::Null));
                    m_out.insert(QStringLiteral("pull"), QJsonValue(QJsonValue::Null));
                    m_out.insert(QStringLiteral("delete"), QJsonValue(QJsonValue::Null));
                    return done();
                }
                probeRepository(*first);
            });
        });
    });
}

void RegistryWhoamiCommand::probeRepository(const QString &repository)
{
    m_out.insert(QStringLiteral("repository"), repository);
    RegistryListJob *tags = m_ctx.registry->tags(repository);
    connect(tags, &RegistryListJob::finished, this, [this, repository](const ApiError &e) {
        m_out.insert(QStringLiteral("pull"), verdict(e));
        m_ctx.registry->probeDeletion(
            repository, this, [this](const RegistryClient::DeletionSupport &support, const ApiError &pe) {
                using S = RegistryClient::DeletionSupport;
                // Unknown: refused to this account (false), or another answer (null).
                m_out.insert(QStringLiteral("delete"),
                    support == S::Enabled        ? QJsonValue(true)
                        : support == S::Disabled ? QJsonValue(false)
                                                 : verdict(pe));
                if (support == S::Disabled)
                    m_out.insert(QStringLiteral("delete_cause"), causeId(Cause::RegistryDeleteDisabled));
                done();
            });
    });
}

void RegistryWhoamiCommand::done()
{
    if (m_ctx.options.json) {
        Terminal::out(QJsonDocument(m_out).toJson(QJsonDocument::Indented));
    } else {
        const auto word = [this](const char *key) {
            const QJsonValue v = m_out.value(QLatin1String(key));
            return v.isBool() ? (v.toBool() ? tr("yes") : tr("no")) : tr("unknown");
        };
        const QString user = m_out.value(QStringLiteral("username")).toString();
        QString text = tr("%1 at %2: plain OCI registry (%3)\n")
                           .arg(user.isEmpty() ? tr("anonymous") : DisplayText::escapeControl(user),
                               m_out.value(QStringLiteral("url")).toString(),
                               DisplayText::escapeControl(m_out.value(QStringLiteral("api_version")).toString()));
        text += tr("  catalog: %1\n").arg(word("catalog"));
        if (m_out.value(QStringLiteral("repository")).isString())
            text += tr("  in %1: pull %2, delete %3, push not probed\n")
                        .arg(m_out.value(QStringLiteral("repository")).toString(), word("pull"), word("delete"));
        Terminal::out(text);
    }
    Terminal::flush();
    Q_EMIT finished(ExitOk);
}

} // namespace berth
