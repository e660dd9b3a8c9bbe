#pragma once

#include "CliContext.h"
#include "core/StorageGraph.h"
#include "operations/DeleteBatch.h"

#include <QMap>

namespace berth {

// rm REF..., rm --from-file FILE, rm --dry-run.
class RemoveCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void start() override;

private:
    struct Entry
    {
        QString ref; // as written
        DeleteItem item;
        QString status; // deleted, already_gone, not_found, failed, cancelled, planned
        ApiError error;
        std::optional<Cause> cause; // empty for success and for "planned"
        QString message; // when there is no ApiError (bad REF, dry-run verdicts)
        QString code;
        bool valid = false;
        // A plain registry: the tags that a digest delete takes with it (known when looked up).
        std::optional<QStringList> tagsOnDigest;
    };

    bool collect();
    void proceed(); // the REFs passed: verify the credentials, then delete or check
    bool refuseIfAnyInvalid(); // prints and finishes with exit 2 when any REF is invalid
    void run();
    void dryRun();
    void checkOne(int index);
    void pumpChecks(); // starts dry-run checks up to the concurrency limit
    void checkPermissions(const QString &project, std::function<void(const QStringList *perms)> done);
    void report();
    // rm --dry-run: what the planned rows free after GC (StorageEstimate), each blob on the first
    // row in command-line order; then report() again.
    void estimateThenReport();
    QList<StorageGraph::Revision> revisionsOf(const Entry &entry, const StorageGraph &graph) const;
    int printResults(); // returns the exit code: the first failure in input order
    void failAll(const ApiError &error);
    int exitFor(const Entry &entry) const;

    // A plain registry (RemoveRegistry.cpp): no projects and no permissions to look up; a tag
    // delete the registry refuses is explained with the digest and its other tags, never retried
    // as a digest delete.
    void registryRun();
    void registryDryRun();
    void registryCheckOne(int index, std::function<void()> done);
    void explainTagDelete(int index, std::function<void()> done);
    void lookUpDigestTags(int index, std::function<void()> done);
    void inSequence(
        QList<int> indexes, std::function<void(int, std::function<void()>)> step, std::function<void()> then);

    QList<Entry> m_entries;
    QString m_journalId; // of the delete batch, once one ran
    bool m_estimated = false; // dry run: the estimate was tried (m_freed empty when it failed)
    QList<StorageGraph::Freed> m_freed; // per entry
    std::optional<StorageGraph::Freed> m_freedTotal;
    int m_next = 0;
    int m_inFlight = 0;
    int m_doneCount = 0;
    QMap<QString, QStringList> m_permsByProject;
    QMap<QString, QList<std::function<void(const QStringList *)>>> m_permWaiters;
};

} // namespace berth
