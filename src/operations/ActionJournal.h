#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace berth {

// An accessory that went with a deleted artifact: Harbor deletes an artifact's accessories (cosign
// and notation signatures, SBOMs, referrers) with it (goharbor/harbor
// src/controller/artifact/controller.go, deleteDeeply). Undo puts it back after its subject.
struct JournalAccessory
{
    QString digest;
    QString mediaType; // of its manifest
    QString type; // Harbor's accessory type: "signature.cosign", "subject.accessory", ...
    QString subject; // the digest it refers to: the deleted artifact, or another accessory
    QStringList tags; // its own tags, e.g. cosign's "sha256-<hex>.sig"
};

// One final state of one delete, as the journal keeps it. Never a secret.
struct JournalEntry
{
    QDateTime time;
    QString source; // "berth" or "berthctl"
    QString profile;
    QUrl registry;
    QString username;
    QString action; // "remove_tag", "delete_artifact", "delete_repository", "undo"
    QString project;
    QString repository; // full name
    QString tag;
    QString digest;
    // deleted, already_gone, not_found, failed, cancelled, changed_since_plan; for "undo":
    // restored, failed, refused
    QString state;
    int httpStatus = 0;
    QString cause;
    QString requestId;
    // Undo (all optional: lines written before they existed parse with them empty).
    QString journalId; // the batch: one command's or one GUI action's deletes
    QString server; // "harbor" or "registry"
    QStringList tags; // every tag the artifact carried (artifact and manifest deletes)
    QString mediaType; // of the manifest
    QDateTime undoUntil; // UTC; invalid: not undoable
    QString undoUnavailable; // why it cannot be undone, when it cannot
    QString undoes; // action "undo": the journal id it undoes (the identity is repository, digest, tag)
    QList<JournalAccessory> accessories; // deleted with the artifact, subjects before what refers to them
    QString message; // action "undo" not restored: why, in words

    QByteArray toJsonLine() const;
    static JournalEntry fromJsonLine(const QByteArray &line, bool *ok);
};

// The append-only action journal, JSON Lines in the user's data folder, shared by the GUI and
// berthctl. Writers take a lock file, so both may write at once without interleaving lines.
class ActionJournal
{
public:
    explicit ActionJournal(QString path = defaultPath());

    // Short, unique and sortable: "20261206T030703Z-1a2b3c" (UTC time, then random hex).
    static QString newJournalId();

    static QString defaultPath(); // ~/.local/share/berth/journal.jsonl
    QString path() const { return m_path; }

    bool append(const JournalEntry &entry, QString *error = nullptr);
    bool append(const QList<JournalEntry> &entries, QString *error = nullptr);
    // The newest `limit` entries (all when 0), oldest first. Unreadable lines are skipped and
    // counted.
    QList<JournalEntry> read(int limit = 0, int *skipped = nullptr, QString *error = nullptr) const;

private:
    QString m_path;
};

} // namespace berth
