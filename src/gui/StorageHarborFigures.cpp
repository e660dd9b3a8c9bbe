// The Storage tab's Harbor figures: each analysed project's quota (GET /projects/{p}/summary,
// asked once an analysis is done) and each image's artifact size, beside what the analysis found,
// with the words that say why they differ (diagnosis/HarborFigures).
#include "api/HarborClient.h"
#include "content/ProjectSummaries.h"
#include "content/StorageScan.h"
#include "diagnosis/HarborFigures.h"
#include "StorageController.h"

#include <QLocale>

namespace berth {

namespace {

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

} // namespace

void StorageController::addReportedSize(const StorageGraph &g, const StorageGraph::Revision &rev, StorageRow *row)
{
    row->reported = g.reportedSize(rev.first, rev.second);
    const qint64 image = g.imageBytes(rev.first, rev.second);
    const bool index = g.hasChildren(rev.first, rev.second);
    row->reportedNote = HarborFigures::sizeComparison(row->reported, image, index, &size);
    // An index's row shows less than Harbor's size describes, even when the two agree.
    if (index && row->reportedNote.isEmpty() && row->reported >= 0 && row->reported != row->stored)
        row->reportedNote = HarborFigures::indexSizeNote(image, &size);
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
        QStringList projects;
        for (const StorageRow &row : std::as_const(*projectRows))
            projects << row.name;
        const HarborFigures::ProjectQuotas compared = HarborFigures::compareProjects(g, projects, quotas, sizeText);
        for (StorageRow &row : *projectRows) {
            if (const auto it = quotas.constFind(row.name); it != quotas.cend()) {
                row.reported = it->quotaUsed;
                row.reportedNote = compared.notes.value(row.name);
            }
        }
        text = compared.sumText;
    }
    for (const QString &problem : a.summaries->problems())
        text += QLatin1Char(' ') + problem;
    return text;
}

} // namespace berth
