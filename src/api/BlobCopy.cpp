#include "BlobCopy.h"

#include "core/StreamHash.h"
#include "RegistryClient.h"
#include "RegistryJob.h"

#include <QIODevice>
#include <QNetworkReply>

namespace berth {

// The upload body: a sequential device that reads from the source's reply only when the upload
// side asks (QNAM reads an upload device as it sends), so a slow target leaves the bytes in the
// reply's bounded read buffer and the source's socket stops. Hashes what it hands on.
class BlobPipe : public QIODevice
{
public:
    BlobPipe(qint64 size, StreamHash::Algorithm algorithm, QObject *parent)
        : QIODevice(parent)
        , m_size(size)
        , m_hash(algorithm)
    {
        open(QIODevice::ReadOnly);
    }

    void attach(QNetworkReply *reply)
    {
        m_reply = reply;
        connect(reply, &QNetworkReply::readyRead, this, [this] { Q_EMIT readyRead(); });
    }
    // The source ended: what its job read last (at most the reply's buffer) is still to go.
    void sourceEnded(const QByteArray &rest)
    {
        m_reply.clear();
        m_tail = rest;
        Q_EMIT readyRead();
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return (m_reply ? m_reply->bytesAvailable() : 0) + (m_tail.size() - m_tailPos) + QIODevice::bytesAvailable();
    }
    bool atEnd() const override { return m_delivered >= m_size && QIODevice::bytesAvailable() == 0; }
    qint64 delivered() const { return m_delivered; }
    QByteArray result() { return m_hash.hexResult(); }
    std::function<void(qint64)> onProgress;

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 want = qMin(maxSize, m_size - m_delivered);
        if (want <= 0)
            return m_delivered >= m_size ? -1 : 0;
        qint64 n = 0;
        if (m_reply && m_reply->isOpen())
            n = qMax<qint64>(0, m_reply->read(data, want));
        if (n == 0 && m_tailPos < m_tail.size()) {
            n = qMin<qint64>(want, m_tail.size() - m_tailPos);
            memcpy(data, m_tail.constData() + m_tailPos, size_t(n));
            m_tailPos += int(n);
        }
        if (n > 0) {
            m_hash.addData(QByteArrayView(data, n));
            m_delivered += n;
            if (onProgress)
                onProgress(m_delivered);
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QPointer<QNetworkReply> m_reply;
    QByteArray m_tail;
    int m_tailPos = 0;
    qint64 m_size = 0;
    qint64 m_delivered = 0;
    StreamHash m_hash;
};

namespace {

StreamHash::Algorithm algorithmOf(const QString &digest)
{
    return digest.startsWith(QLatin1String("sha512:")) ? StreamHash::Algorithm::Sha512 : StreamHash::Algorithm::Sha256;
}

} // namespace

BlobCopy::BlobCopy(RegistryClient *source, QString sourceRepository, RegistryClient *target, QString targetRepository,
    QString digest, qint64 size, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_target(target)
    , m_sourceRepository(std::move(sourceRepository))
    , m_targetRepository(std::move(targetRepository))
    , m_digest(std::move(digest))
    , m_size(size)
{ }

BlobCopy::~BlobCopy()
{
    if (m_sourceJob)
        m_sourceJob->abort();
    if (m_patchJob)
        m_patchJob->abort();
}

void BlobCopy::start()
{
    m_target->headBlob(m_targetRepository, m_digest, this, [this](bool present, const ApiError &e) {
        if (e.isError())
            fail(e);
        else if (present)
            finish(Outcome::Present); // a resumed copy skips what arrived
        else
            mountOrUpload();
    });
}

void BlobCopy::cancel()
{
    if (m_finished)
        return;
    ApiError e;
    e.kind = ApiError::Kind::Cancelled;
    e.transportMessage = QStringLiteral("cancelled");
    fail(e);
}

void BlobCopy::mountOrUpload()
{
    if (m_source != m_target || m_sourceRepository == m_targetRepository) {
        upload();
        return;
    }
    m_target->mountBlob(
        m_targetRepository, m_digest, m_sourceRepository, this, [this](bool mounted, const ApiError &e) {
            if (e.isError())
                fail(e);
            else if (mounted)
                finish(Outcome::Mounted);
            else
                upload(); // not mountable (e.g. the source repository is not readable): send the bytes
        });
}

void BlobCopy::upload()
{
    m_target->startUpload(m_targetRepository, this, [this](const QUrl &location, const ApiError &e) {
        if (e.isError()) {
            fail(e);
            return;
        }
        m_location = location;
        m_pipe = new BlobPipe(m_size, algorithmOf(m_digest), this);
        m_pipe->onProgress = [this](qint64 sent) { Q_EMIT progress(sent); };
        RegistryJob *job = m_source->streamBlob(m_sourceRepository, m_digest, m_size, kBufferBytes);
        m_sourceJob = job;
        connect(job, &RegistryJob::replyStarted, this, &BlobCopy::onSourceReply);
        connect(job, &RegistryJob::finished, this, [this, job] { onSourceFinished(job); });
        if (m_size == 0)
            m_patchDone = true; // nothing to send: the commit alone creates the blob
    });
}

void BlobCopy::onSourceReply(QNetworkReply *reply)
{
    // Only the answer with the content: a 401 before the token, or an error, is left to the job.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200 || m_patchStarted)
            return;
        m_pipe->attach(reply);
        startPatch();
    });
}

void BlobCopy::startPatch()
{
    if (m_patchStarted || m_size == 0)
        return;
    m_patchStarted = true;
    m_patchJob = m_target->uploadChunk(
        m_targetRepository, m_location, m_pipe, m_size, this, [this](const QUrl &next, const ApiError &e) {
            if (e.isError()) {
                fail(e);
                return;
            }
            m_location = next;
            m_patchDone = true;
            maybeCommit();
        });
    connect(m_patchJob.data(), &RegistryJob::replyStarted, this, [this](QNetworkReply *reply) {
        connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) {
            if (sent > 0 && !m_sourceDone)
                m_overlapped = true;
        });
    });
}

void BlobCopy::onSourceFinished(RegistryJob *job)
{
    if (!job->ok()) {
        fail(job->error());
        return;
    }
    m_sourceDone = true;
    m_pipe->sourceEnded(job->body());
    if (!m_patchStarted && m_size > 0)
        startPatch(); // headers and body arrived in one go, before metaDataChanged was seen
    maybeCommit();
}

void BlobCopy::maybeCommit()
{
    if (!m_sourceDone || !m_patchDone || m_finished)
        return;
    const QString got
        = m_digest.section(QLatin1Char(':'), 0, 0) + QLatin1Char(':') + QString::fromLatin1(m_pipe->result());
    if (m_pipe->delivered() != m_size || got != m_digest) {
        ApiError e;
        e.kind = ApiError::Kind::DigestMismatch;
        e.method = "GET";
        e.detail = tr("the blob read from the source does not match its digest: expected %1 (%2 bytes), read %3 "
                      "bytes whose digest is %4")
                       .arg(m_digest)
                       .arg(m_size)
                       .arg(m_pipe->delivered())
                       .arg(got);
        fail(e);
        return;
    }
    m_target->commitUpload(m_targetRepository, m_location, m_digest, this, [this](const ApiError &e) {
        m_location.clear();
        if (e.isError())
            fail(e);
        else
            finish(Outcome::Uploaded);
    });
}

void BlobCopy::fail(const ApiError &error)
{
    if (m_finished)
        return;
    // Settled before the aborts below: their jobs report back at once, and the first cause stays.
    m_finished = true;
    m_outcome = Outcome::Failed;
    m_error = error;
    if (m_sourceJob)
        m_sourceJob->abort();
    if (m_patchJob)
        m_patchJob->abort();
    if (m_location.isValid() && m_target)
        m_target->cancelUpload(m_targetRepository, m_location); // nothing half-written is left open
    Q_EMIT finished();
}

void BlobCopy::finish(Outcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_outcome = outcome;
    Q_EMIT finished();
}

} // namespace berth
