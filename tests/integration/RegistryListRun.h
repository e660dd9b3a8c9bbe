// Running one RegistryListJob to its end in a test: every page, the single finished(), the counts.
// Test code only.
#pragma once

#include "api/ApiError.h"
#include "api/RegistryListJob.h"

#include <functional>
#include <memory>
#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QStringList>
#include <QTimer>

struct ListRun
{
    QList<QStringList> pageNames; // as page() delivered them
    QStringList names; // all pages, in order
    berth::ApiError error;
    int finishedSignals = 0;
    int pages = 0;
    int requests = 0;
    int rejected = 0;
    QStringList rejectedSample;
    bool deleted = false; // the job deleted itself after finished()
};

// `onPage` may abort the job (it gets the page's index).
inline ListRun runList(
    berth::RegistryListJob *job, const std::function<void(berth::RegistryListJob *, int)> &onPage = {})
{
    auto out = std::make_shared<ListRun>();
    QEventLoop loop;
    QPointer<berth::RegistryListJob> guard(job);
    QObject::connect(job, &berth::RegistryListJob::page, job, [out, job, onPage](const QStringList &names) {
        out->pageNames << names;
        out->names << names;
        if (onPage)
            onPage(job, int(out->pageNames.size()) - 1);
    });
    QObject::connect(job, &berth::RegistryListJob::finished, job, [out, job, &loop](const berth::ApiError &e) {
        ++out->finishedSignals;
        out->error = e;
        out->pages = job->pages();
        out->requests = job->requests();
        out->rejected = job->rejectedNames();
        out->rejectedSample = job->rejectedSample();
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    // Its deleteLater() runs on the next turns; a second finished() would be counted meanwhile.
    for (int i = 0; i < 5 && guard; ++i)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    out->deleted = !guard;
    return *out;
}
