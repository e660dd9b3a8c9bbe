#include "CopyCommand.h"

#include "core/ReferenceGrammar.h"
#include "diagnosis/ErrorPresenter.h"
#include "ExitCodes.h"
#include "operations/ArtifactCopy.h"
#include "Terminal.h"

#include <memory>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace berth {

namespace {

QString projectOf(const QString &repository)
{
    return repository.section(QLatin1Char('/'), 0, 0);
}

bool isWrite(const ApiError &e)
{
    return e.method != "GET" && e.method != "HEAD";
}

} // namespace

CopyCommand::CopyCommand(CliContext &context, QObject *parent)
    : Command(context, parent)
{ }

CopyCommand::~CopyCommand() = default;

ImageRef CopyCommand::parseRef(const CliContext &context, const QString &text, bool requireReference)
{
    ImageRef ref
        = context.isPlainRegistry() ? parseRegistryRef(text, requireReference) : parseImageRef(text, requireReference);
    if (ref.isValid() && !ref.host.isEmpty())
        ref.error = tr("%1: name the registry with --url (or --to-url for the target), not in the reference").arg(text);
    return ref;
}

QString CopyCommand::usageError(const CliOptions &o)
{
    if (o.args.size() != 2)
        return tr("cp takes SRC and DEST: cp REPO:TAG REPO, or cp REPO:TAG REPO:NEWTAG");
    if (!o.cp.toUrl.isEmpty() && !o.cp.toProfile.isEmpty())
        return tr("--to-url and --to-profile exclude each other");
    if (!o.cp.toUser.isEmpty() && o.cp.toUrl.isEmpty())
        return tr("--to-user needs --to-url");
    const QString dest = o.args.at(1);
    const bool destTag
        = dest.section(QLatin1Char('/'), -1).contains(QLatin1Char(':')) || dest.contains(QLatin1Char('@'));
    if (dest.contains(QLatin1Char('@')))
        return tr("DEST is REPO or REPO:TAG; the copy keeps the digest");
    if (destTag && !o.cp.tags.isNull())
        return tr("--tags does not go with DEST REPO:TAG, which names exactly that tag");
    if (!o.cp.tags.isNull() && o.cp.tags != QLatin1String("same") && o.cp.tags != QLatin1String("none")) {
        for (const QString &tag : o.cp.tags.split(QLatin1Char(','))) {
            const QString why = ReferenceGrammar::tagError(tag);
            if (!why.isEmpty())
                return QStringLiteral("--tags: %1").arg(why);
        }
    }
    return {};
}

void CopyCommand::start()
{
    // A REF without a project is a plain registry's: with --url alone, ask what the server is.
    confirmKindThen([this] { begin(); });
}

void CopyCommand::begin()
{
    const CliOptions &o = m_ctx.options;
    m_source = parseRef(m_ctx, o.args.at(0), true);
    const bool otherRegistry = !o.cp.toUrl.isEmpty() || !o.cp.toProfile.isEmpty();
    // Another registry's repository is a /v2/ name: with or without a project level.
    m_dest = otherRegistry ? parseRegistryRef(o.args.at(1), false) : parseRef(m_ctx, o.args.at(1), false);
    for (const ImageRef *ref : {&m_source, &m_dest}) {
        if (!ref->isValid()) {
            Terminal::err(ref->error);
            Q_EMIT finished(ExitUsage);
            return;
        }
    }
    if (!m_dest.tag.isEmpty())
        m_tags = {m_dest.tag};
    else if (o.cp.tags.isNull() || o.cp.tags == QLatin1String("same"))
        m_tags = m_source.tag.isEmpty() ? QStringList() : QStringList {m_source.tag};
    else if (o.cp.tags != QLatin1String("none"))
        m_tags = o.cp.tags.split(QLatin1Char(','));
    m_tags.removeDuplicates();
    m_sourceClient = m_ctx.registry ? m_ctx.registry.data() : new RegistryClient(m_ctx.transport, this);
    verifyThen([this, otherRegistry] {
        if (otherRegistry)
            resolveTarget();
        else
            run(m_sourceClient);
    });
}

void CopyCommand::resolveTarget()
{
    const CliOptions &o = m_ctx.options;
    m_target = std::make_unique<CliContext>();
    m_target->options = o;
    m_target->options.url = o.cp.toUrl;
    m_target->options.user = o.cp.toUser;
    m_target->options.profile = o.cp.toProfile;
    m_target->options.server.clear();
    m_target->options.caFile.clear(); // the source's; the target's trust is its profile's
    // The source read the first line when it has a user; the target reads the next.
    m_target->options.passwordStdin = o.passwordStdin && !o.cp.toUser.isEmpty();
    m_target->profiles = m_ctx.profiles;
    m_target->store = m_ctx.store;
    auto *resolver = new ConnectionResolver(*m_target, this);
    connect(resolver, &ConnectionResolver::resolved, this, [this] {
        run(m_target->registry ? m_target->registry.data() : new RegistryClient(m_target->transport, this));
    });
    connect(resolver, &ConnectionResolver::failed, this, [this](int code, const QString &message) {
        Terminal::err(message);
        Q_EMIT finished(code);
    });
    resolver->resolve();
}

void CopyCommand::run(RegistryClient *target)
{
    ArtifactCopy::Request r;
    r.source = m_sourceClient;
    r.sourceRepository = m_source.fullRepository();
    r.sourceReference = m_source.reference();
    r.target = target;
    r.targetRepository = m_dest.fullRepository();
    r.tags = m_tags;
    r.copyReferrers = !m_ctx.options.cp.noReferrers;
    auto *copy = new ArtifactCopy(r, this);
    // A line per MiB at most: progress comes with every piece the upload reads.
    auto shown = std::make_shared<qint64>(-1);
    connect(copy, &ArtifactCopy::progress, this, [shown](qint64 done, qint64 total) {
        if (*shown >= 0 && done - *shown < 1024 * 1024 && done != total)
            return;
        *shown = done;
        Terminal::progress(tr("copying: %1 of %2 bytes").arg(done).arg(total));
    });
    connect(copy, &ArtifactCopy::finished, this, [this, copy, target] {
        Terminal::endProgress();
        if (!copy->ok()) {
            if (copy->artifactCopied())
                Terminal::err(tr("%1 and its tags were copied; what refers to it was not, or not all (run cp "
                                 "again to go on, or give --no-referrers):")
                                  .arg(copy->digest()));
            Q_EMIT finished(reportFailure(
                *copy,
                [this](const QString &project, const QString &permission) { return diagnosisFor(project, permission); },
                target->transport()->baseUrl(), m_dest.fullRepository()));
            return;
        }
        report(*copy);
        Q_EMIT finished(ExitOk);
    });
    copy->start();
}

int CopyCommand::reportFailure(const ArtifactCopy &copy,
    const std::function<DiagnosisContext(const QString &, const QString &)> &diagnosis, const QUrl &targetBase,
    const QString &targetRepository)
{
    if (copy.refusal() == ArtifactCopy::Refusal::TagExists) {
        ApiError e;
        e.kind = ApiError::Kind::PreconditionFailed;
        e.method = "PUT";
        e.url = RegistryClient::v2Url(targetBase, targetRepository, QStringLiteral("manifests"), copy.conflictTag());
        e.detail = tr("the tag %1 is on %2 at the target").arg(copy.conflictTag(), copy.conflictDigest());
        DiagnosisContext c = diagnosis(projectOf(targetRepository), QString());
        c.decidedCause = Cause::TagExists;
        c.tagNowOnDigest = copy.conflictDigest();
        Terminal::err(ErrorPresenter::terminalText(e, c));
        return exitCodeFor(e, Cause::TagExists);
    }
    const ApiError &e = copy.error();
    // A write refused is the target's push permission; a read, the source's pull.
    const bool write = isWrite(e);
    const QString repository = e.url.path().section(QLatin1String("/v2/"), 1).section(QLatin1Char('/'), 0, 0);
    const DiagnosisContext c = diagnosis(repository.isEmpty() ? projectOf(targetRepository) : repository,
        write ? QStringLiteral("push") : QStringLiteral("pull"));
    Terminal::err(ErrorPresenter::terminalText(e, c));
    return exitCodeFor(e, ErrorPresenter::causeOf(e, c));
}

void CopyCommand::report(const ArtifactCopy &copy)
{
    const QString target = m_dest.fullRepository();
    for (const QString &w : copy.warnings())
        Terminal::err(tr("warning: %1").arg(w));
    if (m_ctx.options.json) {
        QJsonObject blobs {{QStringLiteral("present"), copy.blobsPresent()},
            {QStringLiteral("mounted"), copy.blobsMounted()}, {QStringLiteral("uploaded"), copy.blobsUploaded()}};
        QJsonObject out {{QStringLiteral("source"), m_source.toString()}, {QStringLiteral("target"), target},
            {QStringLiteral("digest"), copy.digest()},
            {QStringLiteral("tags"), QJsonArray::fromStringList(copy.tagsPut())},
            {QStringLiteral("manifests"), QJsonArray::fromStringList(copy.manifestsPut())},
            {QStringLiteral("blobs"), blobs}, {QStringLiteral("bytes_uploaded"), copy.bytesUploaded()},
            {QStringLiteral("referrers_copied"), int(copy.referrersCopied().size())},
            {QStringLiteral("referrers"), QJsonArray::fromStringList(copy.referrersCopied())},
            {QStringLiteral("accessory_tags"), QJsonArray::fromStringList(copy.accessoryTags())},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(copy.warnings())}};
        Terminal::out(QJsonDocument(out).toJson(QJsonDocument::Indented));
        return;
    }
    QString text = tr("copied %1 to %2 as %3\n").arg(m_source.toString(), target, copy.digest());
    text += copy.tagsPut().isEmpty() ? tr("tags: none\n")
                                     : tr("tags: %1\n").arg(copy.tagsPut().join(QLatin1String(", ")));
    text += tr("blobs: %1 uploaded (%2 bytes), %3 mounted, %4 already there\n")
                .arg(copy.blobsUploaded())
                .arg(copy.bytesUploaded())
                .arg(copy.blobsMounted())
                .arg(copy.blobsPresent());
    if (m_ctx.options.cp.noReferrers)
        text += tr("referrers: not copied (--no-referrers)\n");
    else
        text += copy.accessoryTags().isEmpty()
            ? tr("referrers: %1 copied (signatures, attestations, SBOMs and other artifacts)\n")
                  .arg(copy.referrersCopied().size())
            : tr("referrers: %1 copied (signatures, attestations, SBOMs and other artifacts), tags: %2\n")
                  .arg(copy.referrersCopied().size())
                  .arg(copy.accessoryTags().join(QLatin1String(", ")));
    Terminal::out(text);
}

} // namespace berth
