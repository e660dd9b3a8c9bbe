#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace berth {

struct ApiError;

// A user's curl command line, read the way a POSIX shell and curl would read it, without
// running or expanding anything. Where the shell would have changed a word ($name inside
// double quotes or unquoted), both the text as typed and what curl would really have received
// are kept, because that difference is often the bug.
//
// Every option of curl 7.88 to 8.x is known with its arity (CurlOptions), so an option's
// argument is never taken for the URL. The probes send the command's credentials, so they go
// only to the one host the command names as its URL: `refusals` says why not when the command
// has an option Berth does not know, names another host anywhere (a second URL, --proxy,
// --doh-url, --resolve, a URL in --referer, ...), or uses plain http to a host that is not this
// machine.
struct CurlRequest
{
    QByteArray method = "GET";
    QUrl url;
    QString rawUrl;

    QString authScheme = QStringLiteral("none"); // "basic", "bearer", "none", "other"
    QString userTyped; // the name as written (with its $)
    QString userSent; // the name after the shell expanded unset variables to nothing
    QString secretSent; // kept in memory for the probes only; never printed
    bool secretMangled = false; // the secret itself contained a $ the shell would expand
    QString bearerToken; // never printed

    QStringList cookieNames;
    QString cookieHeader; // for probes (GET only)
    QList<QPair<QByteArray, QByteArray>> otherHeaders;
    QStringList shellNotes; // "$team-a inside double quotes would be expanded by the shell"
    QStringList notes; // other observations (-k, -L, a cookie file, ...)
    QString error; // non-empty: not a curl command we could read
    QStringList refusals; // why nothing may be sent to any server (sentences; no secrets)
    QStringList urlHosts; // the host of every word curl takes as a URL, in order

    bool isValid() const { return error.isEmpty(); }
    // url is the one target, and it is safe to send the command's credentials to it.
    bool mayProbe() const { return isValid() && refusals.isEmpty(); }
    bool nameMangled() const { return userTyped != userSent; }
};

namespace CurlCommand {

// Words as a shell splits them (ShellWords.cpp). `expanded` is each word after parameter
// expansion with every variable unset; `typed` keeps $name literally. The words end where the
// shell's command ends (an unquoted |, ; or &), and redirections (> file, 2>&1) are dropped.
// Reports unbalanced quotes in *error.
struct Word
{
    QString typed;
    QString expanded;
    QStringList variables; // names the shell would have expanded
};
QList<Word> splitWords(const QString &commandLine, QString *error);

CurlRequest parse(const QString &commandLine);

// The curl commands Berth writes for a user to copy, all from one builder: Basic auth and the
// URL each in single quotes (so no shell eats the '$' of a robot name), no cookies and no Bearer
// header. The secret appears as <secret> unless given (revealed by the user).

// The command with the fix applied (berthctl explain): as `request`, with `fixedUrl` (repository
// names double-encoded) and `user`; a GET is left implicit.
QString corrected(const CurlRequest &request, const QString &fixedUrl, const QString &user, const QString &secret = {});
// The failed request as a command to try by hand (the diagnosis dialog): its method, always
// spelled, its URL and its user.
QString forFailure(const ApiError &error, const QString &secret = {});

} // namespace CurlCommand
} // namespace berth
