#include "LinkHeader.h"

#include "HttpTokens.h"

#include <QByteArrayList>
#include <QList>

namespace berth {

namespace {

// A Link header longer than this is not a page link a registry sends (distribution's is under
// 300 bytes); reading it is refused rather than half-read.
constexpr int kMaxLinkHeaderBytes = 16 * 1024;

int defaultPort(const QString &scheme)
{
    return scheme == QLatin1String("https") ? 443 : 80;
}

// The rel="next" targets of an RFC 8288 header (section 3: link-value = "<" URI-Reference ">"
// *( OWS ";" OWS link-param )); false when the header cannot be read as such.
bool nextTargets(const QByteArray &h, QByteArrayList *targets)
{
    const int end = int(h.size());
    int pos = 0;
    auto skipOws = [&] {
        while (pos < end && isHttpWhitespace(h.at(pos)))
            ++pos;
    };
    while (true) {
        // Empty list elements are allowed (RFC 9110, 5.6.1).
        while (pos < end && (isHttpWhitespace(h.at(pos)) || h.at(pos) == ','))
            ++pos;
        if (pos >= end)
            return true;
        if (h.at(pos) != '<')
            return false;
        const int close = int(h.indexOf('>', pos + 1));
        if (close < 0)
            return false;
        const QByteArray uri = h.mid(pos + 1, close - pos - 1);
        pos = close + 1;
        bool relSeen = false;
        bool isNext = false;
        while (true) {
            skipOws();
            if (pos >= end || h.at(pos) == ',')
                break;
            if (h.at(pos) != ';')
                return false;
            ++pos;
            skipOws();
            const int nameStart = pos;
            while (pos < end && isHttpTokenChar(h.at(pos)))
                ++pos;
            const QByteArray name = h.mid(nameStart, pos - nameStart).toLower();
            skipOws();
            QByteArray value;
            if (pos < end && h.at(pos) == '=') {
                ++pos;
                skipOws();
                if (pos < end && h.at(pos) == '"') {
                    ++pos;
                    bool closed = false;
                    while (pos < end) {
                        const char c = h.at(pos++);
                        if (c == '\\' && pos < end) {
                            value += h.at(pos++);
                        } else if (c == '"') {
                            closed = true;
                            break;
                        } else {
                            value += c;
                        }
                    }
                    if (!closed)
                        return false;
                } else {
                    const int valueStart = pos;
                    while (pos < end && isHttpTokenChar(h.at(pos)))
                        ++pos;
                    value = h.mid(valueStart, pos - valueStart);
                    if (value.isEmpty())
                        return false;
                }
            }
            if (name.isEmpty()) {
                if (!value.isEmpty())
                    return false;
                continue; // a stray ';'
            }
            // Only the first rel counts (RFC 8288, 3.3); it may name several relation types.
            if (name == "rel" && !relSeen) {
                relSeen = true;
                const QByteArrayList types = value.simplified().toLower().split(' ');
                isNext = types.contains("next");
            }
        }
        if (isNext)
            targets->append(uri.trimmed());
    }
}

} // namespace

QUrl nextLink(const QByteArray &linkHeader, const QUrl &base, bool *crossOrigin, bool *malformed)
{
    if (crossOrigin)
        *crossOrigin = false;
    if (malformed)
        *malformed = false;
    auto bad = [malformed] {
        if (malformed)
            *malformed = true;
        return QUrl();
    };
    if (linkHeader.trimmed().isEmpty())
        return {};
    if (linkHeader.size() > kMaxLinkHeaderBytes)
        return bad();
    QByteArrayList targets;
    if (!nextTargets(linkHeader, &targets))
        return bad();
    if (targets.isEmpty())
        return {};

    QUrl next;
    for (const QByteArray &target : targets) {
        if (target.isEmpty())
            return bad();
        const QUrl reference = QUrl::fromEncoded(target, QUrl::StrictMode);
        if (!reference.isValid())
            return bad();
        const QUrl resolved = base.resolved(reference).adjusted(QUrl::RemoveFragment);
        if (!resolved.isValid() || resolved.host().isEmpty()
            || (resolved.scheme() != QLatin1String("http") && resolved.scheme() != QLatin1String("https")))
            return bad();
        // A next page never carries credentials of its own.
        if (!resolved.userInfo().isEmpty())
            return bad();
        if (next.isValid() && next != resolved)
            return bad(); // two different next pages: which one is the list?
        next = resolved;
    }

    const bool sameOrigin = next.scheme() == base.scheme() && next.host().compare(base.host(), Qt::CaseInsensitive) == 0
        && next.port(defaultPort(next.scheme())) == base.port(defaultPort(base.scheme()));
    if (!sameOrigin) {
        // The profile's credentials (or its token) would go with the request: another origin is
        // never followed (as for redirects: RequestPolicy::redirectRefusal).
        if (crossOrigin)
            *crossOrigin = true;
        return {};
    }
    return next;
}

} // namespace berth
