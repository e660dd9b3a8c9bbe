#include "HarborOnlyCommand.h"

#include "ExitCodes.h"
#include "Terminal.h"

#include <QTimer>

namespace berth {

HarborOnlyCommand::HarborOnlyCommand(CliContext &context, QString reason, QObject *parent)
    : Command(context, parent)
    , m_reason(std::move(reason))
{ }

void HarborOnlyCommand::start()
{
    QTimer::singleShot(0, this, [this] {
        Terminal::err(QStringLiteral("berthctl: %1").arg(m_reason));
        Q_EMIT finished(ExitUsage);
    });
}

} // namespace berth
