#pragma once

#include "CliContext.h"
#include "RowFormat.h"

#include <QList>
#include <QMap>

namespace berth {

class RegistryListJob;

// ls on a plain OCI registry: `ls` (repositories from /v2/_catalog), `ls REPO` (its tags; a
// folder of repositories when REPO is none), `ls --all [PREFIX]`; --digests adds one HEAD per tag.
// Bounded parallel (--concurrency, 6 by default); rows come out in catalog order.
class RegistryListCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void start() override;

private:
    struct Slot
    {
        QString repository;
        QList<TagRow> rows;
        int nextHead = 0; // --digests: the next row to HEAD
        int headsInFlight = 0;
        bool listed = false;
        bool done = false;
    };

    void listRepositories(const QString &prefix, const ApiError &notFound = {});
    void listAll(const QString &prefix);
    void addSlots(const QStringList &repositories);
    void pump();
    void listTags(int index);
    void headNext(int index);
    void settle(int index);
    void flush();
    void noteFailure(int order, const ApiError &error);
    void finish();

    void beginArray();
    void emitRow(const QByteArray &json, const QString &text);
    void endArray();

    QList<Slot> m_slots;
    QMap<int, int> m_failures; // input order -> exit code; the first one is the exit
    int m_concurrency = 6;
    int m_inFlight = 0;
    int m_nextList = 0;
    int m_nextToPrint = 0;
    int m_rows = 0;
    bool m_single = false; // ls REPO: a 404 may mean a folder
    bool m_catalogDone = true;
    bool m_begun = false;
    bool m_finished = false;
};

} // namespace berth
