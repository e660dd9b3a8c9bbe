#pragma once

#include <QList>
#include <QStringView>

namespace berth {

// curl's command-line options as curl 7.88 to 8.x read them: every long name, its short
// letter, whether it takes an argument, and whether it makes curl talk to somewhere other than
// the URL's host. The union over those versions, checked against curl's own option table
// (src/tool_getparam.c, `aliases[]`) and its documentation (docs/cmdline-opts/*.md) at each
// release tag; no option changed between taking and not taking an argument in that range.
namespace CurlOptions {

enum class Arity {
    None, // takes no argument: --http1.1, --next
    Bool, // takes no argument, and --no-NAME turns it off: --insecure, --no-insecure
    Argument, // takes the next word (or, for a short letter, the rest of its word)
};

// What curl does with the option beyond the one request to the URL.
enum class Reach {
    Local, // nothing that reaches another host or hides what is sent (headers, output files, TLS)
    OtherHost, // connects to or through another host, or resolves through one: --proxy, --doh-url
    ConfigFile, // reads more options from a file: -K
    NetrcFile, // takes credentials from a .netrc file: -n, --netrc-file
    Variables, // sets curl variables for --expand-*: --variable
    OtherAuth, // proves the credentials without sending the secret: --digest, --aws-sigv4
    MoreTransfers, // starts another transfer: --next
    NoTransfer, // prints something and exits: --help, --version
};

struct Option
{
    const char *name; // long name without "--"
    char letter; // short form without "-", 0 when there is none
    Arity arity;
    Reach reach;
};

// Exact and case-sensitive, as curl 8.6 and later match.
const Option *findLong(QStringView name);
const Option *findShort(QChar letter);

// curl 7.88 to 8.5 also took any unambiguous prefix of a long name, in any case
// (tool_getparam.c before "bsearch cmdline options", curl 8.6.0). The options `word` could
// mean there; one match means those versions would have read it as that option.
QList<const Option *> prefixMatches(QStringView word);

// The whole table, sorted by name (for tests).
QList<const Option *> all();

} // namespace CurlOptions
} // namespace berth
