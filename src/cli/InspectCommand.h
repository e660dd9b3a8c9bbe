#pragma once

#include "CliContext.h"
#include "content/ImageInspection.h"

#include <memory>

namespace berth {

class ContentCache;
class RegistryClient;

// inspect REF [--platform OS/ARCH[/VARIANT]] [--raw] [--json]: what REF names, read over the
// registry side (/v2/) with the content cache.
class InspectCommand : public Command
{
    Q_OBJECT

public:
    explicit InspectCommand(CliContext &context, QObject *parent = nullptr);
    ~InspectCommand() override;
    void start() override;

    // The usage error of an inspect command line, empty when fine (the command table's).
    static QString usageError(const CliOptions &options);
    // The human form: aligned sections (exposed for tests).
    static QString text(const ImageInspectionResult &result);

private:
    void inspect(const QString &repository, const QString &reference);
    void fail(const ApiError &error, const QString &project);
    static void writeRaw(const QByteArray &bytes);

    RegistryClient *m_registry = nullptr;
    std::unique_ptr<ContentCache> m_cache;
};

} // namespace berth
