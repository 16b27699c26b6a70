#pragma once

#include "protocollimits.h"
#include "result.h"
#include "transportoptions.h"
#include "wiretypes.h"

#include <QFuture>
#include <QImage>
#include <QObject>
#include <QPromise>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
class QThreadPool;
QT_END_NAMESPACE

namespace Easel {

namespace ClientDetail {
struct Request;
}

// The HTTP side of one ComfyUI server, on one QNetworkAccessManager. Every call returns
// at once; its future finishes on the client's thread with a value or a ProtocolError.
// Failures also go out on errorOccurred for the status bar and the log. Big bodies
// (JSON over 64 KiB) are parsed on a worker thread, never on the caller's thread.
class ComfyClient : public QObject
{
    Q_OBJECT
public:
    explicit ComfyClient(const QUrl &baseUrl, QObject *parent = nullptr);
    ~ComfyClient() override;

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &url);

    int transferTimeoutMs() const { return m_transferTimeoutMs; }
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }
    // Bodies above this are aborted with a TooLarge error, whatever the endpoint; the
    // per-endpoint caps and deadlines are limits().
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    const ProtocolLimits &limits() const { return m_limits; }
    void setLimits(const ProtocolLimits &limits) { m_limits = limits; }

    // Reads (GET) that fail for a transient reason (dropped connection, timeout, refused,
    // 502/503/504, a body shorter than its Content-Length) are retried this many times,
    // after retryDelayMs, doubling. POST /prompt is checked against /queue and /history
    // before it is sent again, so a retried prompt is never queued twice.
    int maxRetries() const { return m_maxRetries; }
    void setMaxRetries(int retries) { m_maxRetries = retries; }
    int retryDelayMs() const { return m_retryDelayMs; }
    void setRetryDelayMs(int ms) { m_retryDelayMs = ms; }
    // How many retries this client has made (for tests and the log).
    int retryCount() const;

    // Headers, a pinned certificate and the Comfy API key of a connection profile; applied
    // to every request sent from now on.
    const TransportOptions &transportOptions() const { return m_transport; }
    void setTransportOptions(const TransportOptions &options) { m_transport = options; }

    // A fresh id in the form the server itself uses (uuid4).
    static QString makePromptId();

    QFuture<Result<QueuedPrompt>> queuePrompt(const PromptRequest &request);
    QFuture<Result<int>> queueRemaining();                         // GET /prompt
    QFuture<Result<QueueSnapshot>> queue();                        // GET /queue
    QFuture<Result<Done>> deleteFromQueue(const QStringList &promptIds);
    QFuture<Result<Done>> clearQueue();
    QFuture<Result<QList<HistoryEntry>>> history(int maxItems = -1, int offset = -1);
    // An unknown id gives an empty list (the server answers {}).
    QFuture<Result<QList<HistoryEntry>>> historyEntry(const QString &promptId);
    QFuture<Result<Done>> deleteFromHistory(const QStringList &promptIds);
    QFuture<Result<Done>> clearHistory();
    QFuture<Result<QByteArray>> view(const OutputFile &file);      // raw bytes of the file
    // The file streamed into path as it arrives (limits().viewBytes, viewDeadlineMs): the
    // value is its size and SHA-256. On failure path may hold a partial file; the caller removes it.
    // maxBytes (> 0) lowers the limit for this one file (what is left of a job's total).
    // memoryBytes (> 0): a body of at most that many bytes is kept in memory (SavedFile::bytes)
    // and path is never made; it is made only once the body grows past that.
    QFuture<Result<SavedFile>> viewToFile(const OutputFile &file, const QString &path, qint64 maxBytes = 0,
                                          qint64 memoryBytes = 0);
    // The file an image input's value names, as LoadImage reads it: "name.png" and
    // "sub/name.png" in the input folder, "name.png [output]" in another one.
    static OutputFile inputImageFile(const QString &value);
    // progress: bytes of the request sent so far and its size, as they go (for a bar on
    // the input); called on this client's thread.
    using UploadProgress = std::function<void(qint64 sent, qint64 total)>;
    QFuture<Result<UploadResult>> uploadImage(const QByteArray &bytes, const QString &fileName,
                                              const QString &subfolder = {},
                                              const QString &type = QStringLiteral("input"),
                                              bool overwrite = false, const UploadProgress &progress = {});
    // The mask editor's layers (fields as the web UI sends them: image, original_ref,
    // type=input, subfolder). uploadImage stores the PNG as it is; uploadMask stores
    // originalRef's image with this PNG's alpha (what LoadImage then reads as MASK).
    QFuture<Result<UploadResult>> uploadImage(const QByteArray &png, const QString &fileName,
                                              const OutputFile &originalRef,
                                              const QString &subfolder);
    QFuture<Result<UploadResult>> uploadMask(const QByteArray &png, const QString &fileName,
                                             const OutputFile &originalRef,
                                             const QString &subfolder);
    // Raw JSON text: the catalogue parses it (key order matters, see NodeCatalogue).
    QFuture<Result<QByteArray>> objectInfo();
    QFuture<Result<QByteArray>> objectInfo(const QString &classType);
    QFuture<Result<SystemStats>> systemStats();
    QFuture<Result<Features>> features();
    QFuture<Result<QStringList>> models(const QString &folder);
    QFuture<Result<QStringList>> embeddings();
    // Always targeted: the server's global interrupt would stop somebody else's prompt.
    QFuture<Result<Done>> interrupt(const QString &promptId);
    QFuture<Result<Done>> freeMemory(bool unloadModels, bool freeMemory);

signals:
    void errorOccurred(const Easel::ProtocolError &error);
    // The server's certificate failed verification and is not the pinned one: the UI can
    // show the fingerprint and let the user accept exactly this certificate.
    void certificateRejected(const QByteArray &sha256Hex, const QStringList &reasons);

private:
    void postPrompt(const ClientDetail::Request &request, const QString &promptId,
                    const std::shared_ptr<QPromise<Result<QueuedPrompt>>> &promise, int attempt);
    // found = the prompt is in /queue or /history; answered = both questions were answered.
    void findQueuedPrompt(const QString &promptId,
                          std::function<void(std::optional<QueuedPrompt>, bool)> done);

    class Private;
    Private *d;
    QUrl m_baseUrl;
    int m_transferTimeoutMs = 30000;
    qint64 m_maxBodyBytes = 8192LL * 1024 * 1024;
    ProtocolLimits m_limits;
    int m_maxRetries = 2;
    int m_retryDelayMs = 250;
    TransportOptions m_transport;
};

} // namespace Easel
