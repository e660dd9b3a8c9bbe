#pragma once

#include "CliContext.h"
#include "core/ImageRef.h"

#include <functional>
#include <memory>
#include <QStringList>

namespace berth {

class ArtifactCopy;

// cp SRC DEST: one artifact into another repository of the same registry or, with --to-url or
// --to-profile, of another registry, over /v2/ (operations/ArtifactCopy). DEST is REPO (tags from
// --tags same|none|NAME,..., default same) or REPO:TAG (exactly that tag). A tag that names
// another digest at the target refuses the copy before anything is written (tag_exists, exit 6).
//
// With --password-stdin, standard input holds one line per account that has a user, in order:
// the source's (--user) first, then the target's (--to-user). A target secret is never read from
// argv or the environment; --to-profile reads it from the keychain.
class CopyCommand : public Command
{
    Q_OBJECT

public:
    CopyCommand(CliContext &context, QObject *parent = nullptr);
    ~CopyCommand() override;
    void start() override;
    static QString usageError(const CliOptions &options);

    // A REF as this kind of registry writes it (with a project on Harbor), checked.
    static ImageRef parseRef(const CliContext &context, const QString &text, bool requireReference);
    // How ArtifactCopy's refusal or failure ends a command: the words on stderr, the exit code.
    // `diagnosis` gives the context for a project and the permission the failed request needed.
    static int reportFailure(const ArtifactCopy &copy,
        const std::function<DiagnosisContext(const QString &project, const QString &permission)> &diagnosis,
        const QUrl &targetBase, const QString &targetRepository);

private:
    void begin();
    void resolveTarget();
    void run(RegistryClient *target);
    void report(const ArtifactCopy &copy);

    ImageRef m_source, m_dest;
    QStringList m_tags;
    std::unique_ptr<CliContext> m_target;
    QPointer<RegistryClient> m_sourceClient;
};

} // namespace berth
