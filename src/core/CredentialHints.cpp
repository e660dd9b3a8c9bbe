#include "CredentialHints.h"

#include "RegistryUrl.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace berth {

namespace {

// A tr() context for lupdate and for the lookup at run time: the same name for both.
struct CredentialHintsText
{
    Q_DECLARE_TR_FUNCTIONS(berth::CredentialHints)
};

CredentialHint hint(HintKind kind, const QString &message, const QString &suggestion = {})
{
    return CredentialHint {kind, message, suggestion};
}

QString formatUtc(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

bool looksLikeJwt(const QString &secret)
{
    static const QRegularExpression jwt(QStringLiteral("^eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*$"));
    return jwt.match(secret).hasMatch();
}

bool looksLikeHeaderValue(const QString &secret)
{
    return secret.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive)
        || secret.startsWith(QLatin1String("Basic "), Qt::CaseInsensitive);
}

void checkName(const QString &name, const QString &prefix, QList<CredentialHint> &hints)
{
    if (name.isEmpty() || name.startsWith(prefix))
        return;

    const int plus = name.indexOf(QLatin1Char('+'));
    const int dollar = prefix.indexOf(QLatin1Char('$'));
    const QString base = dollar > 0 ? prefix.left(dollar) : QString();

    // What a shell makes of "robot$team-a+cleaner" in double quotes or unquoted: "$team" is a
    // variable (empty), so "robot" stays and "-a+cleaner" follows. If only the '$' went missing
    // ("robotteam-a+cleaner") the name can be rebuilt.
    if (!base.isEmpty() && plus > 0 && !name.contains(QLatin1Char('$')) && name.startsWith(base)) {
        const QString rest = name.mid(base.size());
        const QString projectPart = rest.left(rest.indexOf(QLatin1Char('+')));
        static const QRegularExpression projectStart(QStringLiteral("^[a-z0-9]"));
        // What the variable left of the project part stays in the suggestion: "-a" says the
        // project's name ended in "-a".
        const QString left = projectPartLeftByShell(name, prefix);
        const QString suggestion = projectStart.match(projectPart).hasMatch()
            ? prefix + rest
            : prefix + QStringLiteral("<project>") + left + QLatin1Char('+') + rest.mid(projectPart.size() + 1);
        const QString message = left.isEmpty()
            ? CredentialHintsText::tr("“%1” looks like a robot name whose “$…” part was removed by a shell. "
                                      "Put the name in single quotes on the command line, or type it in the "
                                      "dialog; the name is probably “%2”.")
                  .arg(name, suggestion)
            : CredentialHintsText::tr("“%1” looks like a robot name cut short by a shell: it read “$” and the "
                                      "start of the project name as a variable and left only “%2” of the "
                                      "project name. Put the name in single quotes on the command line, or "
                                      "type it in the dialog; the name is probably “%3”, where <project> is "
                                      "the start of the project name.")
                  .arg(name, left, suggestion);
        hints.append(hint(HintKind::ShellExpandedName, message, suggestion));
        return;
    }

    if (plus < 0)
        return; // a user name such as "alice", or a system robot we cannot tell apart

    QString suggestion = prefix + name;
    if (name.startsWith(prefix, Qt::CaseInsensitive)) {
        suggestion = prefix + name.mid(prefix.size());
    } else {
        const QString defaultPrefix = QStringLiteral("robot$");
        if (prefix != defaultPrefix && name.startsWith(defaultPrefix))
            suggestion = prefix + name.mid(defaultPrefix.size());
    }
    hints.append(hint(HintKind::RobotPrefixMissing,
        CredentialHintsText::tr("“%1” looks like a project robot, but Harbor only recognises robot names "
                                "that start with “%2”; without it the login is tried as a user and fails. "
                                "Try “%3”.")
            .arg(name, prefix, suggestion),
        suggestion));
}

} // namespace

QString projectPartLeftByShell(const QString &username, const QString &robotPrefix)
{
    const QString name = username.trimmed();
    const QString prefix = robotPrefix.trimmed().isEmpty() ? QStringLiteral("robot$") : robotPrefix.trimmed();
    const int dollar = prefix.indexOf(QLatin1Char('$'));
    const QString base = dollar > 0 ? prefix.left(dollar) : QString();
    const int plus = name.indexOf(QLatin1Char('+'));
    if (base.isEmpty() || plus <= 0 || name.startsWith(prefix) || name.contains(QLatin1Char('$'))
        || !name.startsWith(base))
        return {};
    const QString projectPart = name.mid(base.size(), plus - base.size());
    static const QRegularExpression leftByShell(QStringLiteral("^[^A-Za-z0-9_]"));
    return leftByShell.match(projectPart).hasMatch() ? projectPart : QString();
}

bool CredentialCheck::hasHint(HintKind kind) const
{
    for (const CredentialHint &h : hints) {
        if (h.kind == kind)
            return true;
    }
    return false;
}

CredentialCheck checkCredentials(const QString &username, const QString &secret, const QUrl &url,
    const QDateTime &robotExpiresAt, const QString &robotPrefix, const QDateTime &now)
{
    CredentialCheck check;
    check.username = username.trimmed();
    check.secret = secret.trimmed();
    const QString prefix = robotPrefix.trimmed().isEmpty() ? QStringLiteral("robot$") : robotPrefix.trimmed();

    checkName(check.username, prefix, check.hints);

    const bool nameTrimmed = check.username != username;
    const bool secretTrimmed = check.secret != secret;
    if (nameTrimmed || secretTrimmed) {
        QString what;
        if (nameTrimmed && secretTrimmed)
            what = CredentialHintsText::tr("the user name and the secret");
        else if (nameTrimmed)
            what = CredentialHintsText::tr("the user name");
        else
            what = CredentialHintsText::tr("the secret");
        check.hints.append(hint(HintKind::WhitespaceTrimmed,
            CredentialHintsText::tr("Spaces or line breaks around %1 were removed.").arg(what),
            nameTrimmed ? check.username : QString()));
    }

    if (!check.username.isEmpty() && check.secret.isEmpty()) {
        check.hints.append(hint(HintKind::EmptySecret,
            CredentialHintsText::tr("The secret is empty. Paste the robot secret or password that "
                                    "belongs to “%1”.")
                .arg(check.username)));
    }

    if (looksLikeHeaderValue(check.secret)) {
        check.hints.append(hint(HintKind::TokenAsSecret,
            CredentialHintsText::tr("The secret looks like an Authorization header value (“Bearer …” "
                                    "or “Basic …”). Paste only the robot secret.")));
    } else if (looksLikeJwt(check.secret)) {
        check.hints.append(hint(HintKind::TokenAsSecret,
            CredentialHintsText::tr("The secret looks like a token (a JWT), not a robot secret. Registry "
                                    "tokens expire and Harbor's API does not accept them; use the "
                                    "secret shown when the robot was created or its exported file.")));
    }

    if (url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 && !isLoopbackHost(url.host())) {
        check.hints.append(hint(HintKind::PlainHttpRemote,
            CredentialHintsText::tr("The connection to %1 is not encrypted (http://), so the user name "
                                    "and secret would cross the network in clear text. Use https:// "
                                    "unless this is a test registry on a network you trust.")
                .arg(registryHost(url))));
    }

    if (robotExpiresAt.isValid()) {
        if (robotExpiresAt <= now) {
            check.hints.append(hint(HintKind::RobotExpired,
                CredentialHintsText::tr("The robot account expired on %1, so Harbor rejects its secret. "
                                        "Ask a Harbor administrator to extend it or create a new one.")
                    .arg(formatUtc(robotExpiresAt))));
        } else if (robotExpiresAt <= now.addDays(expiryWarningDays())) {
            const qint64 days = now.daysTo(robotExpiresAt);
            check.hints.append(hint(HintKind::RobotExpiresSoon,
                CredentialHintsText::tr("The robot account expires on %1 (%2). Ask a Harbor "
                                        "administrator to extend it before then.")
                    .arg(formatUtc(robotExpiresAt),
                        days <= 0       ? CredentialHintsText::tr("today")
                            : days == 1 ? CredentialHintsText::tr("in 1 day")
                                        : CredentialHintsText::tr("in %1 days").arg(days))));
        }
    }
    return check;
}

QString hintKindName(HintKind kind)
{
    switch (kind) {
    case HintKind::RobotPrefixMissing:
        return QStringLiteral("RobotPrefixMissing");
    case HintKind::ShellExpandedName:
        return QStringLiteral("ShellExpandedName");
    case HintKind::TokenAsSecret:
        return QStringLiteral("TokenAsSecret");
    case HintKind::WhitespaceTrimmed:
        return QStringLiteral("WhitespaceTrimmed");
    case HintKind::PlainHttpRemote:
        return QStringLiteral("PlainHttpRemote");
    case HintKind::EmptySecret:
        return QStringLiteral("EmptySecret");
    case HintKind::RobotExpired:
        return QStringLiteral("RobotExpired");
    case HintKind::RobotExpiresSoon:
        return QStringLiteral("RobotExpiresSoon");
    }
    return QStringLiteral("Unknown");
}

} // namespace berth
