#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace berth {

// A user's curl command line, read the way a POSIX shell and curl would read it, without
// running or expanding anything. Where the shell would have changed a word ($name inside
// double quotes or unquoted), both the text as typed and what curl would really have received
// are kept, because that difference is often the bug.
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

    bool isValid() const { return error.isEmpty(); }
    bool nameMangled() const { return userTyped != userSent; }
};

namespace CurlCommand {

// Words as a shell splits them. `expanded` is each word after parameter expansion with every
// variable unset; `typed` keeps $name literally. Reports unbalanced quotes in *error.
struct Word
{
    QString typed;
    QString expanded;
    QStringList variables; // names the shell would have expanded
};
QList<Word> splitWords(const QString &commandLine, QString *error);

CurlRequest parse(const QString &commandLine);

// The command with the fix applied: Basic auth in single quotes (so no shell eats '$'), no
// cookies and no Bearer header, repository names double-encoded. The secret appears as
// <secret> unless given.
QString corrected(const CurlRequest &request, const QString &fixedUrl, const QString &user, const QString &secret = {});

} // namespace CurlCommand
} // namespace berth
