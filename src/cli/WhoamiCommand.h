#pragma once

#include "CliContext.h"

#include <QJsonArray>
#include <QJsonObject>

namespace berth {

// whoami: who Harbor thinks you are, and what you may do in each visible project.
class WhoamiCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void start() override;

private:
    void done();

    QJsonObject m_out;
    QList<Project> m_projects;
    QMap<QString, QStringList> m_permissions;
    int m_pending = 0;
    int m_exit = 0;
};

} // namespace berth
