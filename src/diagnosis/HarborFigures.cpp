#include "HarborFigures.h"

#include <limits>
#include <QSet>

namespace berth {

QString HarborFigures::quotaText(const ProjectSummary &quota, const SizeText &size)
{
    return quota.quotaHard < 0 ? tr("%1, no limit").arg(size(quota.quotaUsed))
                               : tr("%1 of %2").arg(size(quota.quotaUsed), size(quota.quotaHard));
}

QString HarborFigures::quotaComparison(
    const QString &project, const ProjectSummary &quota, const StorageFigures &berth, const SizeText &size)
{
    const qint64 difference = quota.quotaUsed - berth.stored;
    QString text;
    if (difference == 0) {
        text = tr("Harbor's quota for %1 counts %2: the same bytes as its manifests reference, each blob once.")
                   .arg(project, quotaText(quota, size));
    } else if (difference > 0) {
        text = tr("Harbor's quota for %1 counts %2, %3 more than the blobs its manifests reference (%4). Harbor "
                  "counts a blob against the project as soon as it is uploaded or mounted, before any manifest "
                  "refers to it, and until an artifact that used it is deleted: pushes that stopped halfway leave "
                  "such blobs, and only garbage collection removes them from storage.")
                   .arg(project, quotaText(quota, size), size(difference), size(berth.stored));
    } else {
        text = tr("Harbor's quota for %1 counts %2, %3 less than the blobs its manifests reference (%4). Harbor "
                  "leaves foreign layers out, and recounts the quota only when a push or a delete goes through it: "
                  "blobs that reached the registry another way (storage restored or copied in) are not in it.")
                   .arg(project, quotaText(quota, size), size(-difference), size(berth.stored));
    }
    if (berth.missing > 0 && difference != 0)
        text += QLatin1Char(' ')
            + tr("%n manifests could not be read, so part of the difference may be theirs.", nullptr, berth.missing);
    return text;
}

QString HarborFigures::noQuota(const QString &project)
{
    return tr("Harbor reports no quota for %1 to this account (it needs quota read permission there, and "
              "per-project quotas on).")
        .arg(project);
}

QString HarborFigures::quotaSum(
    qint64 harborSum, qint64 berthPerProject, qint64 berthOnce, int reported, int projects, const SizeText &size)
{
    if (reported == 0)
        return tr("Harbor reports no project quota to this account (it needs quota read permission in a project).");
    QString text = reported < projects
        ? tr("Harbor's quotas of the %n projects that report one add up to %1.", nullptr, reported).arg(size(harborSum))
        : tr("Harbor's project quotas add up to %1.").arg(size(harborSum));
    const qint64 repeats = berthPerProject - berthOnce;
    text += QLatin1Char(' ');
    if (repeats > 0)
        text += tr("Harbor counts a blob again in every project that uses it, so the same blobs counted once take "
                   "%1 on disk; %2 of Berth's per-project figures are such repeats.")
                    .arg(size(berthOnce), size(repeats));
    else
        text += tr("These projects share no blob, so counted once their blobs also take %1.").arg(size(berthOnce));
    if (harborSum != berthPerProject)
        text += QLatin1Char(' ')
            + tr("Harbor's quotas and Berth's per-project figures differ by %1; each project's line says why.")
                  .arg(size(harborSum > berthPerProject ? harborSum - berthPerProject : berthPerProject - harborSum));
    return text;
}

HarborFigures::ProjectQuotas HarborFigures::compareProjects(const StorageGraph &graph, const QStringList &projects,
    const QHash<QString, ProjectSummary> &quotas, const SizeText &size)
{
    const auto add = [](qint64 a, qint64 b) {
        return a > std::numeric_limits<qint64>::max() - b ? std::numeric_limits<qint64>::max() : a + b;
    };
    ProjectQuotas out;
    qint64 berthPerProject = 0;
    QSet<QString> reported;
    for (const QString &project : projects) {
        const auto it = quotas.constFind(project);
        if (it == quotas.cend())
            continue;
        const StorageFigures f = graph.figures(project + QLatin1Char('/'));
        if (it->quotaUsed != f.stored)
            out.notes.insert(project, quotaComparison(project, *it, f, size));
        out.harborSum = add(out.harborSum, it->quotaUsed);
        berthPerProject = add(berthPerProject, f.stored);
        reported.insert(project);
    }
    out.reported = int(reported.size());
    const qint64 once
        = graph.figures([&reported](const QString &r) { return reported.contains(StorageGraph::projectOf(r)); }).stored;
    out.sumText = quotaSum(out.harborSum, berthPerProject, once, out.reported, int(projects.size()), size);
    return out;
}

QString HarborFigures::sizeComparison(qint64 harbor, qint64 berth, bool index, const SizeText &size)
{
    if (harbor < 0 || berth < 0 || harbor == berth)
        return {};
    if (harbor > berth)
        return index ? tr("Harbor reports %1, %2 more than the blobs under this index (%3): Harbor adds up each "
                          "platform's size, so a layer two platforms share counts twice there, once on disk.")
                           .arg(size(harbor), size(harbor - berth), size(berth))
                     : tr("Harbor reports %1, %2 more than its blobs (%3): Harbor adds up every layer the manifest "
                          "lists, so a layer listed twice counts twice there, once on disk.")
                           .arg(size(harbor), size(harbor - berth), size(berth));
    // Harbor adds every descriptor (an index push fails while a child is unknown:
    // controller/artifact/manifest/index.go), so it reports less only when its record and the
    // manifests disagree, e.g. two sizes for one blob.
    return tr("Harbor reports %1, %2 less than its blobs (%3): its record does not match the manifests "
              "(a blob with two sizes in different manifests is counted at the larger).")
        .arg(size(harbor), size(berth - harbor), size(berth));
}

QString HarborFigures::indexSizeNote(qint64 image, const SizeText &size)
{
    return tr("Harbor's size counts every platform under this index with its layers (%1, as Berth counts it "
              "too); Stored counts the index and its platforms' manifests, whose layers count on their own "
              "rows.")
        .arg(size(image));
}

QString HarborFigures::deleteUntaggedMore(qint64 more, const SizeText &size)
{
    // The option deletes every untagged artifact of the registry, not only the plan's.
    return tr("Garbage collection with \"delete untagged artifacts\" frees at least %1 more (the artifacts this "
              "plan leaves untagged, and any other untagged artifact).")
        .arg(size(more));
}

QString HarborFigures::compressedNote()
{
    return tr("Harbor's figures and Berth's are compressed sizes, as the registry stores them; 'docker images' "
              "shows images unpacked, which is larger.");
}

} // namespace berth
