// The accounts of harbor-sim's bundled demo data (tools/harbor-sim/data/demo.json) and of its
// --generate data. Public test fixtures: these secrets exist nowhere else.
#pragma once

#include <QString>

namespace SimAccounts {

// Project robots of team-a.
inline const QString kCleaner = QStringLiteral("robot$team-a+cleaner"); // tag:delete, artifact:delete
inline const QString kCleanerSecret = QStringLiteral("CleanerSecret1");
inline const QString kReader = QStringLiteral("robot$team-a+reader"); // lists and reads only
inline const QString kReaderSecret = QStringLiteral("ReaderSecret1");
inline const QString kExpired = QStringLiteral("robot$team-a+expired");
inline const QString kExpiredSecret = QStringLiteral("ExpiredSecret1");
inline const QString kDisabled = QStringLiteral("robot$team-a+disabled");
inline const QString kDisabledSecret = QStringLiteral("DisabledSecret1");
// A project robot of team-b, and a system robot.
inline const QString kTeamB = QStringLiteral("robot$team-b+ci");
inline const QString kTeamBSecret = QStringLiteral("TeamBSecret1");
inline const QString kGlobal = QStringLiteral("robot$ci-global");
inline const QString kGlobalSecret = QStringLiteral("GlobalSecret1");
// Database users: the system admin, and alice (maintainer of team-a, guest of team-b).
inline const QString kAdmin = QStringLiteral("admin");
inline const QString kAdminPassword = QStringLiteral("Harbor12345");
inline const QString kAlice = QStringLiteral("alice");
inline const QString kAlicePassword = QStringLiteral("Alice12345");
// The system robot of `harbor-sim --generate`.
inline const QString kBench = QStringLiteral("robot$bench");
inline const QString kBenchSecret = QStringLiteral("BenchSecret1");

// A secret as berthctl --password-stdin reads it: one line.
inline QByteArray stdinLine(const QString &secret)
{
    return secret.toUtf8() + '\n';
}

} // namespace SimAccounts
