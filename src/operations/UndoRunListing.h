#pragma once

#include <functional>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

namespace berth {

class HarborClient;
class RegistryClient;

// What one listing of a repository tells undo's checks in place of a HEAD per tag and per manifest.
struct UndoRepositoryListing
{
    bool listed = false; // false: not listed (refused, failed, too large to pay off): check by HEAD
    bool tagDigests = false; // true (Harbor): tags maps each tag to its digest; false: names only
    QSet<QString> digests; // artifacts the repository has (Harbor's listing only)
    QHash<QString, QString> tags; // every tag the repository has -> its digest (empty without tagDigests)
};

// Lists `repository` once for an undo that would otherwise send `heads` HEAD requests there.
// Harbor: GET /projects/{p}/repositories/{r}/artifacts?with_tag=true, paged (swagger "listArtifacts";
// each artifact with all its tags, goharbor/harbor src/controller/artifact/controller.go populateTags).
// A plain registry: GET /v2/<repository>/tags/list (names only). The listing is given up, and
// `listed` stays false, when it would cost more than the HEADs it saves: fewer than kHeadsPerPage
// HEADs, or a first page announcing more pages (X-Total-Count) or names than the HEADs pay for.
class UndoRunListing
{
public:
    static constexpr int kHeadsPerPage = 10; // a listing page costs about as much as this many HEADs
    static constexpr int kNamesPerHead = 200; // a tags/list name costs about 1/200 of a HEAD

    static void list(HarborClient *harbor, RegistryClient *registry, const QString &project,
        const QString &repositoryPath, const QString &repository, int heads, QObject *context,
        std::function<void(const UndoRepositoryListing &)> done);
};

} // namespace berth
