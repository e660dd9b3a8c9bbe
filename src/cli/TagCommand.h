#pragma once

#include "CliContext.h"
#include "core/ImageRef.h"

namespace berth {

// tag SRC NEWTAG...: the artifact SRC names gets more tags in its own repository: on Harbor through
// its tags API (tag:create), on a plain registry the manifest's exact bytes PUT under each new tag
// (/v2/), so the digest stays. A tag that names another
// digest refuses the whole command before anything is written (tag_exists, exit 6); a tag already
// on this digest is left as it is.
class TagCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void start() override;
    static QString usageError(const CliOptions &options);

private:
    void run();
};

} // namespace berth
