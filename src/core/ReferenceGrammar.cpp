#include "ReferenceGrammar.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace berth {
namespace ReferenceGrammar {

namespace {

struct GrammarText
{
    Q_DECLARE_TR_FUNCTIONS(berth::ReferenceGrammar)
};

constexpr int kNameTotalMax = 255; // distribution's NameTotalLengthMax, project included

} // namespace

QString tagError(const QString &tag)
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_][A-Za-z0-9._-]*")));
    if (tag.isEmpty())
        return GrammarText::tr("the tag is empty");
    if (tag.size() > 128)
        return GrammarText::tr("the tag is longer than 128 characters");
    if (!re.match(tag).hasMatch())
        return GrammarText::tr("'%1' is not a tag: a tag starts with a letter, digit or '_' and holds only letters, "
                               "digits, '_', '.' and '-'")
            .arg(tag);
    return {};
}

QString projectError(const QString &project)
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9]+(?:[._-][a-z0-9]+)*")));
    if (project.isEmpty())
        return GrammarText::tr("the project name is empty");
    if (project.size() > kNameTotalMax)
        return GrammarText::tr("the project name is longer than %1 characters").arg(kNameTotalMax);
    if (!re.match(project).hasMatch())
        return GrammarText::tr("'%1' is not a project name: lowercase letters and digits, separated by single '.', "
                               "'_' or '-'")
            .arg(project);
    return {};
}

QString repositoryError(const QString &project, const QString &repositoryPath)
{
    // distribution: path-component = alpha-numeric (separator alpha-numeric)*, where
    // separator = [_.] | __ | [-]*
    static const QRegularExpression component(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*")));
    if (repositoryPath.isEmpty())
        return GrammarText::tr("the repository name is empty");
    if (project.size() + 1 + repositoryPath.size() > kNameTotalMax)
        return GrammarText::tr("the repository name is longer than %1 characters with its project").arg(kNameTotalMax);
    const QStringList parts = repositoryPath.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part.isEmpty())
            return GrammarText::tr("'%1' has an empty path component").arg(repositoryPath);
        if (!component.match(part).hasMatch())
            return GrammarText::tr("'%1' is not a repository path component: lowercase letters and digits, separated "
                                   "by '.', '_', '__' or dashes")
                .arg(part);
    }
    return {};
}

QString digestError(const QString &digest)
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128}")));
    if (re.match(digest).hasMatch())
        return {};
    return GrammarText::tr("'%1' is not a digest: sha256: and 64, or sha512: and 128, lowercase hex digits")
        .arg(digest);
}

QString referenceError(const QString &reference)
{
    if (reference.contains(QLatin1Char(':')))
        return digestError(reference);
    return tagError(reference);
}

QString dotSegmentRefusal(const QUrl &url)
{
    if (!url.isValid())
        return GrammarText::tr("the URL is not valid");
    const QString path = url.path(QUrl::FullyEncoded);
    // Every request passes here: a path with neither '.' nor '%' has no dot segment in any
    // decoding, and needs none of the work below.
    if (!path.contains(QLatin1Char('.')) && !path.contains(QLatin1Char('%')))
        return {};
    if (url.adjusted(QUrl::NormalizePathSegments).path(QUrl::FullyEncoded) != path)
        return GrammarText::tr("the path %1 changes under dot-segment normalisation").arg(path);
    // The whole path too, decoded as one: a decoder that reads "%2/" as a byte joins segments.
    for (QByteArray form = path.toUtf8();;) {
        for (const QByteArray &part : form.split('/'))
            if (part == "." || part == "..")
                return GrammarText::tr("the path %1 changes under dot-segment normalisation").arg(path);
        const QByteArray next = QByteArray::fromPercentEncoding(form);
        if (next == form)
            break;
        form = next;
    }
    for (const QString &segment : path.split(QLatin1Char('/'))) {
        // Every form a server may read: %252e%252e is ".." to one that decodes twice (Harbor
        // decodes repository names twice). Each form is checked, not only the last, because
        // QByteArray::fromPercentEncoding reads an invalid escape ("%/.") as a byte and so
        // could hide a ".." that an earlier form shows. Each decode that changes anything
        // shortens the text, so this ends.
        QByteArray form = segment.toUtf8();
        for (;;) {
            for (const QByteArray &part : form.split('/')) {
                if (part == "." || part == "..")
                    return GrammarText::tr("the path segment '%1' reads as '%2', which would name another resource")
                        .arg(segment, QString::fromUtf8(part));
            }
            const QByteArray next = QByteArray::fromPercentEncoding(form);
            if (next == form)
                break;
            form = next;
        }
    }
    return {};
}

} // namespace ReferenceGrammar
} // namespace berth
