#include "ImageRef.h"

#include "ReferenceGrammar.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace berth {

namespace {

// A tr() context for lupdate and for the lookup at run time: the same name for both.
struct ImageRefText
{
    Q_DECLARE_TR_FUNCTIONS(berth::ImageRef)
};

} // namespace

namespace {
ImageRef parseRef(const QString &input, bool requireReference, bool withProject);
} // namespace

bool isValidDigest(const QString &digest)
{
    return ReferenceGrammar::digestError(digest).isEmpty();
}

QString ImageRef::toString() const
{
    QString s;
    if (!host.isEmpty())
        s = host + QLatin1Char('/');
    s += fullRepository();
    if (!digest.isEmpty())
        s += QLatin1Char('@') + digest;
    else if (!tag.isEmpty())
        s += QLatin1Char(':') + tag;
    return s;
}

ImageRef parseImageRef(const QString &input, bool requireReference)
{
    return parseRef(input, requireReference, true);
}

ImageRef parseRegistryRef(const QString &input, bool requireReference)
{
    return parseRef(input, requireReference, false);
}

namespace {

ImageRef parseRef(const QString &input, bool requireReference, bool withProject)
{
    ImageRef r;
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        r.error = ImageRefText::tr("empty reference");
        return r;
    }
    if (text.size() > 4096) {
        r.error = ImageRefText::tr("reference is too long");
        return r;
    }
    if (text.contains(QLatin1String("://"))) {
        r.error = ImageRefText::tr("a reference has no scheme: write host/project/repo:tag, not a URL");
        return r;
    }
    for (const QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            r.error = ImageRefText::tr("reference contains white space or control characters");
            return r;
        }
    }

    QString rest = text;
    const int at = rest.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        r.digest = rest.mid(at + 1);
        rest = rest.left(at);
        r.error = ReferenceGrammar::digestError(r.digest);
        if (!r.isValid())
            return r;
    }

    QStringList parts = rest.split(QLatin1Char('/'));
    // A tag follows the last ':' of the last segment; a ':' earlier belongs to host:port.
    QString &last = parts.last();
    const int colon = last.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0) {
        if (!r.digest.isEmpty()) {
            // name:tag@digest: Docker accepts it and uses the digest; so do we.
        } else {
            r.tag = last.mid(colon + 1);
        }
        last = last.left(colon);
        if (r.digest.isEmpty() && r.tag.isEmpty()) {
            r.error = ImageRefText::tr("empty tag after ':'");
            return r;
        }
    }

    // A first segment with a dot or port, or "localhost", is a registry host, as docker does it.
    if (parts.size() >= 3
        || (parts.size() == 2
            && (parts.first().contains(QLatin1Char('.')) || parts.first().contains(QLatin1Char(':'))
                || parts.first() == QLatin1String("localhost")))) {
        const QString first = parts.first();
        // Without a project a host is taken only when it looks like one: "../app" is a name.
        static const QRegularExpression hostLike(QRegularExpression::anchoredPattern(
            QStringLiteral("(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]+)?")));
        if ((first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':'))
                || first == QLatin1String("localhost"))
            && (withProject || hostLike.match(first).hasMatch())) {
            r.host = first.toLower();
            parts.removeFirst();
        }
    }
    for (const QString &p : parts) {
        if (p.isEmpty()) {
            r.error = ImageRefText::tr("empty path segment in '%1'").arg(text);
            return r;
        }
        if (p.contains(QLatin1Char(':'))) {
            r.error = ImageRefText::tr("'%1' is not a repository name: ':' may only separate the tag").arg(p);
            return r;
        }
    }
    if (withProject && parts.size() < 2) {
        r.error = ImageRefText::tr("'%1' has no project: write project/repository").arg(text);
        return r;
    }
    // The registries' own grammar: a name outside it cannot exist on the server, and names
    // such as ".." would otherwise turn into another URL path.
    if (withProject) {
        r.project = parts.takeFirst();
        r.repository = parts.join(QLatin1Char('/'));
        r.error = ReferenceGrammar::projectError(r.project);
        if (r.error.isEmpty())
            r.error = ReferenceGrammar::repositoryError(r.project, r.repository);
    } else {
        // Without a project the first component is checked by the same path rule as the rest.
        r.repository = parts.join(QLatin1Char('/'));
        r.error = ReferenceGrammar::repositoryError(QString(), r.repository);
    }
    if (r.error.isEmpty() && !r.tag.isEmpty())
        r.error = ReferenceGrammar::tagError(r.tag);
    if (!r.isValid())
        return r;
    if (requireReference && r.tag.isEmpty() && r.digest.isEmpty()) {
        r.error = withProject
            ? ImageRefText::tr("'%1' names no tag or digest: write project/repo:tag or project/repo@sha256:...")
                  .arg(text)
            : ImageRefText::tr("'%1' names no tag or digest: write repo:tag or repo@sha256:...").arg(text);
        return r;
    }
    return r;
}

} // namespace

} // namespace berth
