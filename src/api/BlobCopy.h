#pragma once

#include "ApiError.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkReply;

namespace berth {

class BlobPipe;
class RegistryClient;
class RegistryJob;

// One blob from a repository of one registry into a repository of another (or the same): nothing
// when the target has it (HEAD); a cross-repository mount when both are the same registry; else
// streamed through Berth: the source's GET is read as the target's PATCH sends it (at most
// kBufferBytes held: the source reply's read buffer stops the socket while the upload lags),
// hashed on the way, and committed (PUT ?digest=) only when the bytes hash to the digest.
// Emits finished() once; it is then done with, and the caller deletes it.
class BlobCopy : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Pending, Present, Mounted, Uploaded, Failed };
    static constexpr qint64 kBufferBytes = 1024 * 1024;

    BlobCopy(RegistryClient *source, QString sourceRepository, RegistryClient *target, QString targetRepository,
        QString digest, qint64 size, QObject *parent = nullptr);
    ~BlobCopy() override;

    void start();
    void cancel(); // ends as Cancelled; an open upload session is given up
    Outcome outcome() const { return m_outcome; }
    const ApiError &error() const { return m_error; }
    QString digest() const { return m_digest; }
    // Uploaded bytes left Berth while the source's were still arriving: the blob was never held
    // whole (QNAM did not buffer the upload body).
    bool overlapped() const { return m_overlapped; }
    qint64 size() const { return m_size; }

Q_SIGNALS:
    void progress(qint64 bytesSent); // of this blob, as the upload reads them
    void finished();

private:
    void mountOrUpload();
    void upload();
    void onSourceReply(QNetworkReply *reply);
    void startPatch();
    void onSourceFinished(RegistryJob *job);
    void maybeCommit();
    void fail(const ApiError &error);
    void finish(Outcome outcome);

    QPointer<RegistryClient> m_source, m_target;
    QString m_sourceRepository, m_targetRepository, m_digest;
    qint64 m_size = 0;
    Outcome m_outcome = Outcome::Pending;
    ApiError m_error;
    QUrl m_location;
    BlobPipe *m_pipe = nullptr;
    QPointer<RegistryJob> m_sourceJob, m_patchJob;
    bool m_patchStarted = false, m_patchDone = false, m_sourceDone = false, m_finished = false;
    bool m_overlapped = false;
};

} // namespace berth
