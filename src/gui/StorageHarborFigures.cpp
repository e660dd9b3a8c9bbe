// The Storage tab's Harbor figures: each analysed project's quota (GET /projects/{p}/summary,
// asked once an analysis is done) and each image's artifact size, beside what the analysis found,
// with the words that say why they differ (diagnosis/HarborFigures).
#include "api/HarborClient.h"
#include "content/ProjectSummaries.h"
#include "content/StorageScan.h"
#include "diagnosis/HarborFigures.h"
#include "StorageController.h"

#include <limits>
#include <QLocale>
#include <QSet>

namespace berth {

namespace {

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

qint64 saturatingAdd(qint64 a, qint64 b)
{
    return a > std::numeric_limits<qint64>::max() - b ? std::numeric_limits<qint64>::max() : a + b;
}

} // namespace

void StorageController::addReportedSize(const StorageGraph &g, const StorageGraph::Revision &rev, StorageRow *row)
{
    row->reported = g.reportedSize(rev.first, rev.second);
    row->reportedNote = HarborFigures::sizeComparison(
        row->reported, g.imageBytes(rev.first, rev.second), g.hasChildren(rev.first, rev.second), &size);
}

void StorageController::askHarborFigures(const QString &registry, HarborClient *client, const StorageGraph &graph)
{
    if (!client)
        return;
    QStringList projects;
    for (const QString &repository : graph.repositories())
        projects << StorageGraph::projectOf(repository);
    projects.removeDuplicates();
    auto *summaries = new ProjectSummaries(client, this);
    m_analyses[registry].summaries = summaries;
    connect(summaries, &ProjectSummaries::finished, this, [this, registry, summaries] {
        if (m_analyses.value(registry).summaries == summaries)
            refresh();
    });
    summaries->start(projects);
}

QString StorageController::harborQuotaText(
    const Analysis &a, const QString &scope, QList<StorageRow> *projectRows) const
{
    if (!a.summaries)
        return {};
    if (!a.summaries->isFinished())
        return tr("Asking Harbor for its project quotas…");
    const QHash<QString, ProjectSummary> &quotas = a.summaries->quotas();
    const StorageGraph &g = a.scan->graph();
    const HarborFigures::SizeText sizeText = &size;
    QString text;
    if (!projectRows) {
        // A project or something inside it: the project's quota against the project's blobs.
        const QString project = StorageGraph::projectOf(scope);
        const auto it = quotas.constFind(project);
        text = it == quotas.cend()
            ? HarborFigures::noQuota(project)
            : HarborFigures::quotaComparison(project, *it, g.figures(project + QLatin1Char('/')), sizeText);
    } else {
        qint64 harborSum = 0, berthPerProject = 0;
        QSet<QString> reported;
        for (StorageRow &row : *projectRows) {
            const auto it = quotas.constFind(row.name);
            if (it == quotas.cend())
                continue;
            const StorageFigures f = g.figures(row.name + QLatin1Char('/'));
            row.reported = it->quotaUsed;
            if (it->quotaUsed != f.stored)
                row.reportedNote = HarborFigures::quotaComparison(row.name, *it, f, sizeText);
            harborSum = saturatingAdd(harborSum, it->quotaUsed);
            berthPerProject = saturatingAdd(berthPerProject, f.stored);
            reported.insert(row.name);
        }
        const qint64 once
            = g.figures([&reported](const QString &r) { return reported.contains(StorageGraph::projectOf(r)); }).stored;
        text = HarborFigures::quotaSum(
            harborSum, berthPerProject, once, int(reported.size()), int(projectRows->size()), sizeText);
    }
    for (const QString &problem : a.summaries->problems())
        text += QLatin1Char(' ') + problem;
    return text;
}

} // namespace berth
