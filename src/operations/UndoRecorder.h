#pragma once

#include "core/OciManifest.h"
#include "DeleteBatch.h"

#include <functional>
#include <memory>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace berth {

class ContentCache;
class HarborClient;
class RegistryClient;

// Keeps what undo needs before a delete goes out: the manifest's exact bytes (and an index's
// children's) in the ContentCache, pinned past its bound until now + the retention, fetched by
// digest over /v2/ only when the cache lacks them (verified against the digest). When the bytes
// cannot be kept the delete still goes ahead; the record says why it cannot be undone.
//
// The retention is one setting for berth and berthctl: `retention_days` in
// $XDG_CONFIG_HOME/Berth/undo.ini (QSettings IniFormat, organisation "Berth", application "undo");
// 14 days when absent or not a positive number.
class UndoRecorder : public QObject
{
    Q_OBJECT

public:
    // harbor: null on a plain registry. registry: /v2/ on the same transport (made when null).
    UndoRecorder(HarborClient *harbor, RegistryClient *registry, QObject *parent = nullptr);
    ~UndoRecorder() override;

    static constexpr int kDefaultRetentionDays = 14;
    static int retentionDays();

    void record(const DeleteItem &item, std::function<void(const UndoRecord &)> done);
    RegistryClient *registry() const { return m_registry.data(); }

private:
    using Kept = std::function<void(const QString &mediaType, const QString &error)>;
    void keepManifest(const QString &repository, const QString &digest, const QDateTime &until, int depth, Kept done);
    void keepChildren(const QString &repository, QList<OciDescriptor> children, const QDateTime &until, int depth,
        std::function<void(const QString &error)> done);
    // Harbor: what its artifact delete takes along (UndoRecorder.cpp says which), each one's tags
    // read and bytes kept; appended to `out` subjects first.
    struct PendingAccessory
    {
        QString digest, type, subject;
        int level = 0; // 0: the deleted artifact's own; 1: an accessory's
    };
    void keepAccessories(const DeleteItem &item, QList<PendingAccessory> queue, const QDateTime &until,
        std::shared_ptr<QList<JournalAccessory>> out, std::function<void(const QString &error)> done);

    QPointer<HarborClient> m_harbor;
    QPointer<RegistryClient> m_registry;
    std::unique_ptr<ContentCache> m_cache;
};

} // namespace berth
