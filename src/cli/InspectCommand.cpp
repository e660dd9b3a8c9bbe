#include "InspectCommand.h"

#include "api/RegistryClient.h"
#include "content/ContentCache.h"
#include "content/InspectJson.h"
#include "core/DisplayText.h"
#include "core/ImageRef.h"
#include "core/ShellQuote.h"
#include "diagnosis/ErrorPresenter.h"
#include "ExitCodes.h"
#include "RowFormat.h"
#include "Terminal.h"

#include <cstdio>
#include <QCoreApplication>
#include <QJsonDocument>
#include <unistd.h>

namespace berth {

namespace {

// berthctl's tr() context, as in CliCommands.cpp.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(berthctl)
};

// Label/value lines with the values in one column; a value of several lines continues under
// the first. Labels are translated, so the column follows the longest one.
struct Section
{
    QList<QPair<QString, QStringList>> rows;
    void add(const QString &label, const QString &value) { rows.append({label, {value}}); }
    void add(const QString &label, const QStringList &values) { rows.append({label, values}); }
    QString render(const QString &indent) const
    {
        int width = 0;
        for (const auto &r : rows)
            width = std::max(width, DisplayText::terminalColumns(r.first));
        QString out;
        for (const auto &r : rows) {
            const QStringList values = r.second.isEmpty() ? QStringList {QStringLiteral("-")} : r.second;
            for (int i = 0; i < values.size(); ++i)
                out += indent + DisplayText::padToColumns(i == 0 ? r.first : QString(), width + 2) + values.at(i)
                    + QLatin1Char('\n');
        }
        return out;
    }
};

// Columns padded to their widest cell; the last one is not padded.
QString table(const QList<QStringList> &rows, const QString &indent)
{
    QList<int> widths;
    for (const QStringList &r : rows)
        for (int i = 0; i < r.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], DisplayText::terminalColumns(r.at(i)));
        }
    QString out;
    for (const QStringList &r : rows) {
        QString line = indent;
        for (int i = 0; i < r.size(); ++i)
            line += i + 1 < r.size() ? DisplayText::padToColumns(r.at(i), widths.at(i) + 2) : r.at(i);
        out += line + QLatin1Char('\n');
    }
    return out;
}

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

QString sizeText(qint64 bytes)
{
    return bytes < 1024 ? CliText::tr("%1 bytes").arg(bytes)
                        : CliText::tr("%1 (%2 bytes)").arg(RowFormat::humanSize(bytes)).arg(bytes);
}

QString words(const QStringList &list)
{
    QStringList quoted;
    for (const QString &w : list)
        quoted << shellQuote(w);
    return quoted.join(QLatin1Char(' '));
}

QString referrersText(const QList<OciDescriptor> &referrers)
{
    QString out = CliText::tr("Referrers (%1)").arg(referrers.size()) + QLatin1Char('\n');
    QList<QStringList> rows;
    for (const OciDescriptor &d : referrers)
        rows << QStringList {d.digest, orDash(d.artifactType), d.mediaType};
    return out + table(rows, QStringLiteral("  "));
}

QString manifestText(const InspectedManifest &m, const QString &reference)
{
    Section head;
    if (!reference.isEmpty())
        head.add(CliText::tr("Reference"), reference);
    head.add(CliText::tr("Digest"), m.digest);
    head.add(CliText::tr("Media type"), m.mediaType);
    head.add(CliText::tr("Size"), sizeText(m.size()));
    if (!m.manifest.artifactType.isEmpty())
        head.add(CliText::tr("Artifact type"), m.manifest.artifactType);
    const bool image = m.manifest.kind == OciManifest::Kind::Image;
    if (image) {
        head.add(CliText::tr("Platform"), m.platform ? m.platform->toString() : QStringLiteral("-"));
        head.add(CliText::tr("Total size"), sizeText(m.totalSize()));
    }
    QString out = head.render({});

    if (image) {
        Section config;
        const OciDescriptor &d = m.manifest.config;
        config.add(CliText::tr("Digest"), d.digest);
        config.add(CliText::tr("Media type"), d.mediaType);
        config.add(CliText::tr("Size"), sizeText(d.size));
        if (m.config) {
            const OciImageConfig &c = *m.config;
            config.add(CliText::tr("Created"), orDash(c.created));
            config.add(CliText::tr("Author"), orDash(c.author));
            config.add(CliText::tr("OS/architecture"),
                OciPlatform {c.os, c.architecture, c.variant, c.osVersion, {}}.toString());
            config.add(CliText::tr("Entrypoint"), orDash(words(c.entrypoint)));
            config.add(CliText::tr("Cmd"), orDash(words(c.cmd)));
            config.add(CliText::tr("Env"), c.env);
            config.add(CliText::tr("Working dir"), orDash(c.workingDir));
            config.add(CliText::tr("User"), orDash(c.user));
            config.add(CliText::tr("Exposed ports"), orDash(c.exposedPorts.join(QStringLiteral(", "))));
            config.add(CliText::tr("Volumes"), orDash(c.volumes.join(QStringLiteral(", "))));
            QStringList labels;
            for (auto it = c.labels.cbegin(); it != c.labels.cend(); ++it)
                labels << it.key() + QLatin1Char('=') + it.value();
            config.add(CliText::tr("Labels"), labels);
        }
        out += QLatin1Char('\n') + CliText::tr("Config") + QLatin1Char('\n') + config.render(QStringLiteral("  "));

        out += QLatin1Char('\n')
            + CliText::tr("Layers (%1, %2)")
                  .arg(m.manifest.layers.size())
                  .arg(RowFormat::humanSize(m.manifest.layersSize()))
            + QLatin1Char('\n');
        QList<QStringList> rows;
        for (const OciDescriptor &l : m.manifest.layers)
            rows << QStringList {l.digest, RowFormat::humanSize(l.size), l.mediaType};
        out += table(rows, QStringLiteral("  "));
    }
    if (m.manifest.kind == OciManifest::Kind::Index) {
        out += QLatin1Char('\n') + CliText::tr("Manifests (%1)").arg(m.manifest.manifests.size()) + QLatin1Char('\n');
        QList<QStringList> rows;
        for (const OciDescriptor &e : m.manifest.manifests)
            rows << QStringList {e.digest, e.platform ? e.platform->toString() : QStringLiteral("-"),
                RowFormat::humanSize(e.size), e.mediaType};
        out += table(rows, QStringLiteral("  "));
    }
    out += QLatin1Char('\n') + referrersText(m.referrers);
    return out;
}

} // namespace

InspectCommand::InspectCommand(CliContext &context, QObject *parent)
    : Command(context, parent)
{ }

InspectCommand::~InspectCommand() = default;

QString InspectCommand::usageError(const CliOptions &o)
{
    if (o.args.size() != 1)
        return CliText::tr("inspect takes one REF (PROJECT/REPO:TAG or PROJECT/REPO@sha256:...)");
    if (o.inspect.raw && o.json)
        return CliText::tr("--raw and --json exclude each other");
    if (!o.inspect.platform.isEmpty() && !OciPlatform::fromString(o.inspect.platform))
        return CliText::tr("--platform takes OS/ARCH[/VARIANT], e.g. linux/arm64/v8");
    // Whether the registry is Harbor is known only once connected: a REF either way is fine here
    // (a plain registry's has no project), and start() parses it again for the kind found.
    const ImageRef ref = parseImageRef(o.args.first(), true);
    if (!ref.isValid() && !parseRegistryRef(o.args.first(), true).isValid())
        return CliText::tr("invalid reference %1: %2").arg(o.args.first(), ref.error);
    return {};
}

QString InspectCommand::text(const ImageInspectionResult &r)
{
    QString out = manifestText(r.top, r.reference);
    if (r.image) {
        out += QLatin1Char('\n')
            + CliText::tr("Image for %1").arg(r.image->platform ? r.image->platform->toString() : QStringLiteral("-"))
            + QLatin1Char('\n') + manifestText(*r.image, {});
    }
    return out;
}

void InspectCommand::start()
{
    const QString arg = m_ctx.options.args.value(0);
    const bool plain = m_ctx.isPlainRegistry();
    const ImageRef ref = plain ? parseRegistryRef(arg, true) : parseImageRef(arg, true);
    if (!ref.isValid()) { // valid in the other kind's grammar only
        // A REF without a project may be meant for a plain registry: ask before refusing.
        confirmKindThen([this, arg, ref] {
            Terminal::err(CliText::tr("invalid reference %1: %2").arg(arg, ref.error));
            Q_EMIT finished(ExitUsage);
        });
        return;
    }
    const QString host = m_ctx.transport->baseUrl().authority().toLower();
    if (!ref.host.isEmpty() && ref.host != host) {
        Terminal::err(tr("%1 names registry %2, but this profile is %3").arg(arg, ref.host, host));
        Q_EMIT finished(ExitUsage);
        return;
    }
    verifyThen([this, ref] { inspect(ref.fullRepository(), ref.reference()); });
}

void InspectCommand::inspect(const QString &repository, const QString &reference)
{
    // The transport is the HarborClient (the same policy, credentials and limits as the API), or a
    // plain registry's own.
    m_registry = m_ctx.registry ? m_ctx.registry.data() : new RegistryClient(m_ctx.transport, this);
    m_cache = std::make_unique<ContentCache>();
    ImageInspection::Request request;
    request.repository = repository;
    request.reference = reference;
    request.displayReference = m_ctx.options.args.value(0);
    if (!m_ctx.options.inspect.platform.isEmpty())
        request.platform = OciPlatform::fromString(m_ctx.options.inspect.platform);
    request.manifestOnly = m_ctx.options.inspect.raw;
    const QString project = m_ctx.isPlainRegistry() ? QString() : repository.section(QLatin1Char('/'), 0, 0);
    ImageInspection::run(
        m_registry, m_cache.get(), request, this, [this, project](const ImageInspectionResult &r, const ApiError &e) {
            if (e)
                return fail(e, project);
            for (const QString &w : r.warnings)
                Terminal::err(tr("warning: %1").arg(w));
            if (m_ctx.options.inspect.raw)
                writeRaw(r.image ? r.image->bytes : r.top.bytes);
            else if (m_ctx.options.json)
                Terminal::out(QJsonDocument(InspectJson::toJson(r)).toJson(QJsonDocument::Indented));
            else
                Terminal::out(text(r));
            Terminal::flush();
            Q_EMIT finished(ExitOk);
        });
}

void InspectCommand::fail(const ApiError &error, const QString &project)
{
    // A platform the index does not have is found here, not by the server: say so plainly.
    if (error.kind == ApiError::Kind::NotFound && error.httpStatus == 0 && !error.detail.isEmpty()) {
        Terminal::err(QStringLiteral("berthctl: inspect: %1").arg(error.detail));
        Q_EMIT finished(ExitNotFound);
        return;
    }
    const QString pull = QStringLiteral("repository:pull");
    explain(error, project, pull);
    Q_EMIT finished(exitCodeFor(error, ErrorPresenter::causeOf(error, diagnosisFor(project, pull))));
}

void InspectCommand::writeRaw(const QByteArray &bytes)
{
    // Exactly as received, for sha256sum and jq, when stdout is a pipe or a file. A terminal gets
    // the controls a server could hide in JSON strings escaped, like every other output.
    if (isatty(STDOUT_FILENO) == 1) {
        Terminal::out(bytes);
        return;
    }
    Terminal::flush();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace berth
