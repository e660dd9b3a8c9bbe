#include "credentials/ProcessHardening.h"

#include "credentials/Logging.h"

#include <QStringList>
#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstring>
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

namespace berth {

bool hardenProcess(QString *error)
{
#ifdef Q_OS_LINUX
    // See prctl(2) on PR_SET_DUMPABLE and getrlimit(2) on RLIMIT_CORE.
    QStringList failed;
    const rlimit noCore {0, 0};
    if (setrlimit(RLIMIT_CORE, &noCore) != 0)
        failed << QStringLiteral("setrlimit(RLIMIT_CORE): %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        failed << QStringLiteral("prctl(PR_SET_DUMPABLE): %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
    if (failed.isEmpty())
        return true;
    qCWarning(lcCredentials).noquote() << "could not keep secrets out of core dumps:"
                                       << failed.join(QStringLiteral("; "));
    if (error)
        *error = failed.join(QStringLiteral("; "));
    return false;
#else
    Q_UNUSED(error);
    return true;
#endif
}

} // namespace berth
