#pragma once

#include "core/ProjectSummary.h"
#include "core/StorageGraph.h"

#include <functional>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace berth {

// Harbor's own storage figures beside Berth's, and why they differ, in the words the window and
// berthctl both show. Harbor's quota counts every blob a project uses once in that project, from
// the moment it is uploaded or mounted (quota/put_manifest.go, middleware/blob), without foreign
// layers; its artifact `size` adds the manifest, the config and every layer descriptor, and for
// an index the children's sizes (controller/artifact/processor). Both are compressed sizes, as
// the registry stores them.
class HarborFigures
{
    Q_DECLARE_TR_FUNCTIONS(berth::HarborFigures)

public:
    using SizeText = std::function<QString(qint64 bytes)>;

    // "1.2 GB of 10 GB" or "1.2 GB, no limit".
    static QString quotaText(const ProjectSummary &quota, const SizeText &size);
    // One project: Harbor's quota beside the bytes Berth found its manifests reference.
    static QString quotaComparison(
        const QString &project, const ProjectSummary &quota, const StorageFigures &berth, const SizeText &size);
    // A project whose summary carried no quota.
    static QString noQuota(const QString &project);
    // Several projects: their quotas added up, beside the same blobs counted once. harborSum and
    // berthPerProject add a figure per project (Harbor's, Berth's); berthOnce counts each blob of
    // those projects once. `reported` of `projects` gave a quota.
    static QString quotaSum(
        qint64 harborSum, qint64 berthPerProject, qint64 berthOnce, int reported, int projects, const SizeText &size);
    // Harbor's quotas of these projects against what the analysis found for each: the line of
    // each project whose quota differs, and the quotas added up against the same blobs once.
    struct ProjectQuotas
    {
        QHash<QString, QString> notes; // project -> quotaComparison, only where they differ
        qint64 harborSum = 0; // the reported quotas added up (saturating)
        int reported = 0; // projects with a quota
        QString sumText; // quotaSum's words
    };
    static ProjectQuotas compareProjects(const StorageGraph &graph, const QStringList &projects,
        const QHash<QString, ProjectSummary> &quotas, const SizeText &size);
    // One image: Harbor's artifact size beside Berth's; empty when they agree.
    static QString sizeComparison(qint64 harbor, qint64 berth, bool index, const SizeText &size);
    // An index row whose Stored figure (the index and its platforms' manifests) is not what Harbor's
    // size describes (`image`: everything under the index).
    static QString indexSizeNote(qint64 image, const SizeText &size);
    // Harbor's garbage collection with "delete untagged artifacts" on top of the default one.
    static QString deleteUntaggedMore(qint64 more, const SizeText &size);
    // What `docker images` shows instead (harbor#11141's question), said once.
    static QString compressedNote();
};

} // namespace berth
