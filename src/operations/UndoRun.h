#pragma once

#include "ActionJournal.h"
#include "api/ApiError.h"
#include "core/OciManifest.h"
#include "UndoRunListing.h"

#include <functional>
#include <memory>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace berth {

class ContentCache;
class HarborClient;
class RegistryClient;

// Undoes journalled deletes (one batch, or one entry) on the registry they were made on.
//  1. Checks, writing nothing: every manifest the entries need is in the ContentCache; each one
//     the registry no longer has gets a HEAD for every blob it names (config, layers, an index's
//     children's too); each tag to restore is looked up at the registry: in a large batch by one
//     listing per repository (UndoRunListing), else by a HEAD each.
//  2. Refuses the whole undo, with nothing changed, when a blob is gone (garbage collection ran:
//     BlobsCollected, naming them) or a tag now names another digest (TagExists, unless force).
//  3. Writes: the missing manifests by digest from the cached bytes, children first (the digest
//     the registry answers is verified), then the tags: Harbor's tags API (tag:create), or on a
//     plain registry the same bytes PUT by tag. The accessories Harbor deleted with the artifact
//     (JournalEntry::accessories) come after it, checked the same way, by digest and then their
//     own tags PUT over /v2/ (UndoRunAccessories.cpp). The first write runs alone: when the registry
//     refuses it (401/403) nothing more is sent (PermissionMissing, naming the permission).
// Entries run with bounded concurrency; every request is asynchronous.
class UndoRun : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QList<JournalEntry> entries; // deletes to undo (JournalEntry::action remove_tag or delete_artifact)
        HarborClient *harbor = nullptr; // Harbor: its tags API; null on a plain registry
        RegistryClient *registry = nullptr; // /v2/ of the same registry
        bool force = false; // move a tag that names another digest now
        int concurrency = 6; // Qt opens at most six connections to one host
        QString cacheDirectory; // ContentCache's; empty: its default
    };
    enum class Refusal { None, NotUndoable, BlobsCollected, TagExists, PermissionMissing };

    struct Result
    {
        QString state; // "restored", "failed", "refused"
        QString cause; // a cause id when not restored
        QString detail; // in words, when not restored
        QStringList manifestsPut; // digests, children first
        QStringList tagsRestored;
        ApiError error; // a failed request
        QStringList accessoryTagsRestored; // an accessory's own tags, e.g. cosign's "sha256-<hex>.sig"
    };

    explicit UndoRun(Request request, QObject *parent = nullptr);
    ~UndoRun() override;

    void start();
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_refusal == Refusal::None && !m_error.isError(); }
    Refusal refusal() const { return m_refusal; }
    const ApiError &error() const { return m_error; } // the first failed request
    QStringList lostBlobs() const { return m_lost; } // BlobsCollected: "repository@digest"
    QString conflictTag() const { return m_conflictTag; } // TagExists
    QString conflictDigest() const { return m_conflictDigest; }
    QString conflictRepository() const { return m_conflictRepository; }
    QString permission() const { return m_permission; } // PermissionMissing: "tag:create" or "push"
    const QList<Result> &results() const { return m_results; } // per entry, in order
    // The journal lines for the outcome: action "undo", `undoes` the entry's journal id.
    QList<JournalEntry> undoRecords(const QString &source) const;

Q_SIGNALS:
    void finished();

private:
    using Task = std::function<void(std::function<void()> done)>;
    struct Node // one manifest of an entry's tree
    {
        QString digest;
        QByteArray bytes;
        QString mediaType;
        OciManifest manifest;
        bool present = false; // the registry has it
    };
    struct Plan
    {
        QList<Node> nodes; // children first, then the root; then each accessory's, in the same order
        int root = -1; // the entry's own manifest in nodes
        QStringList tags; // to restore
        QStringList tagsPresent; // already on the digest
        QMap<QString, QString> moved; // tag -> the digest it names now (force)
        QList<QPair<QString, int>> accessoryTags; // an accessory's tag -> its node
        QStringList accessoryTagsPresent; // already on their digest
    };
    using LoadNode = std::function<bool(const QString &digest, const QString &mediaType, int depth)>;

    bool loadTree(int index, QString *why);
    void runTasks(QList<Task> tasks, int concurrency, std::function<void()> then);
    void check();
    void checkByHead();
    void tagFound(int index, const QString &repository, const QString &tag, const QString &digest);
    // UndoRunAccessories.cpp
    bool loadAccessories(int index, const LoadNode &load);
    void checkAccessoryTags(QList<Task> *tasks);
    void putAccessoryTags(int index, int tag, std::function<void()> next);
    void decide();
    void write();
    Task writeEntry(int index);
    void putNodes(int index, int node, std::function<void()> next);
    void putTags(int index, int tag, std::function<void()> next);
    void failEntry(int index, const ApiError &error, bool manifestWrite);
    void finish();

    Request m_request;
    std::unique_ptr<ContentCache> m_cache;
    QList<Plan> m_plans;
    QList<Result> m_results;
    QList<bool> m_active; // still going ahead
    QHash<QString, UndoRepositoryListing> m_listings; // repository -> what one listing told
    Refusal m_refusal = Refusal::None;
    ApiError m_error;
    QStringList m_lost;
    QString m_conflictTag, m_conflictDigest, m_conflictRepository, m_permission;
    bool m_stopWrites = false;
    bool m_finished = false;
};

} // namespace berth
