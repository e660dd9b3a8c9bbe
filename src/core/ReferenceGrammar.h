#pragma once

#include <QString>
#include <QUrl>

namespace berth {

// The names a registry accepts, as the registries themselves define them. Every name that
// enters Berth from a user (arguments, files, plans, typed text) passes here before it can
// reach a URL; a name outside the grammar (such as "..") is refused with the rule it broke.
//
// Sources: distribution's reference grammar (github.com/distribution/reference, regexp.go:
// path components, tags, 255 characters in all), Harbor's project names
// (src/server/v2.0/handler/project.go: 1 to 255 of [a-z0-9]+(?:[._-][a-z0-9]+)*), and the
// OCI image spec's digests (descriptor.md: sha256 with 64 and sha512 with 128 lowercase hex).
//
// Each function returns an empty string for a valid name, else a sentence naming the rule.
namespace ReferenceGrammar {

QString tagError(const QString &tag);
QString projectError(const QString &project);
// The repository path below the project ("backend/api"); `project` makes the length rule exact.
QString repositoryError(const QString &project, const QString &repositoryPath);
QString digestError(const QString &digest);
// A tag or a digest, whichever the text is.
QString referenceError(const QString &reference);

// Refuses a URL whose path a server or Qt would read as another path: a segment that is "."
// or ".." once percent-decoding is undone (Harbor decodes repository names twice), or a path
// that dot-segment normalisation (RFC 3986, 5.2.4) changes. Empty when the URL may be used.
QString dotSegmentRefusal(const QUrl &url);

} // namespace ReferenceGrammar
} // namespace berth
