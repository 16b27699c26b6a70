#pragma once

#include "futurecallback.h"

// Internals of ComfyClient: building requests and turning replies into results. Not
// installed; only comfyclient*.cpp include it.

#include "comfyclient.h"
#include "wireparsers.h"

#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

namespace Easel {

namespace ClientDetail {
enum class Method { Get, Post };

struct Request
{
    Method method = Method::Get;
    QString path;       // e.g. "/history/abc"
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;              // empty for GET and multipart
    QHttpMultiPart *multiPart = nullptr; // takes precedence over body; reparented
    // Ahead of the normal requests waiting for a connection (at most six are in flight
    // per host); see ComfyClient::historyEntry().
    bool urgent = false;
    // ProtocolLimits for this endpoint (0 = the JSON defaults).
    qint64 maxBytes = 0;
    int deadlineMs = 0;
    // When set, the body goes to this file as it arrives (never whole in memory), and the
    // result is packed by packSinkResult. A body of at most sinkMemoryBytes stays in memory
    // instead: the file is made only once the body grows past it (0: made at the start).
    QString sinkPath;
    qint64 sinkMemoryBytes = 0;
    // Bytes of the body sent so far (QNetworkReply::uploadProgress), on the client's thread.
    std::function<void(qint64 sent, qint64 total)> uploadProgress;
    QString endpoint() const;            // "POST /prompt"
};
} // namespace ClientDetail

class ComfyClient::Private
{
public:
    using Method = ClientDetail::Method;
    using Request = ClientDetail::Request;

    // Bodies above this are parsed on a worker thread (qt64-notes §9: ~9 ms for 324 KB).
    static constexpr qsizetype workerParseThreshold = 64 * 1024;

    Private(ComfyClient *client);

    // The one place a QNetworkRequest is made: timeout, content type, redirect policy.
    QNetworkRequest buildRequest(const Request &request) const;
    // Starts the request and calls done once with the body (status < 400) or the error.
    // GETs that fail for a transient reason are retried (maxRetries, backoff).
    void start(Request request, std::function<void(Result<QByteArray>)> done);
    static bool isTransient(const ProtocolError &error);
    int retryCount = 0;

    template<typename T>
    using Parser = Result<T> (*)(const QByteArray &, const QString &);

    // Starts the request and calls done(result) once, on the client's thread: the body
    // parsed here when small, on a worker when big. No future, no watcher: a call inside
    // the client chains on without a round of events (POST /prompt's retry check).
    template<typename T>
    void sendTo(Request request, Parser<T> parser, std::function<void(Result<T>)> done)
    {
        const QString endpoint = request.endpoint();
        ComfyClient *client = q;
        start(std::move(request), [client, parser, endpoint, done = std::move(done)](Result<QByteArray> raw) {
            if (!raw.isOk()) {
                emit client->errorOccurred(raw.error());
                done(Result<T>(raw.error()));
                return;
            }
            const QByteArray body = raw.value();
            if (body.size() <= workerParseThreshold) {
                Result<T> result = parser(body, endpoint);
                if (!result.isOk())
                    emit client->errorOccurred(result.error());
                done(std::move(result));
                return;
            }
            // Capture values only: the worker never touches the client.
            onFinished(QtConcurrent::run([parser, body, endpoint] { return parser(body, endpoint); }),
                       client, [client, done](Result<T> result) {
                           if (!result.isOk())
                               emit client->errorOccurred(result.error());
                           done(std::move(result));
                       });
        });
    }

    template<typename T>
    QFuture<Result<T>> send(Request request, Parser<T> parser)
    {
        auto promise = std::make_shared<QPromise<Result<T>>>();
        promise->start();
        QFuture<Result<T>> future = promise->future();
        sendTo<T>(std::move(request), parser, [promise](Result<T> result) {
            promise->addResult(std::move(result));
            promise->finish();
        });
        return future;
    }

    template<typename T>
    static QFuture<Result<T>> failed(ComfyClient *client, const ProtocolError &error)
    {
        QPromise<Result<T>> promise;
        promise.start();
        promise.addResult(Result<T>(error));
        promise.finish();
        emit client->errorOccurred(error);
        return promise.future();
    }

    ComfyClient *q;
    QNetworkAccessManager *nam;

private:
    void startOnce(Request request, std::function<void(Result<QByteArray>)> done);
    void startWithRetries(Request request, std::function<void(Result<QByteArray>)> done,
                          int attempt);
};

// Parsers for bodies whose content is not JSON.
Result<Done> ignoreBody(const QByteArray &body, const QString &endpoint);
Result<QByteArray> rawBody(const QByteArray &body, const QString &endpoint);
// A sink request's result (Request::sinkPath) through the client's QByteArray callback: the
// body when it stayed in memory, then a trailer (SHA-256, size, whether the body is there).
// The trailer is appended, so the body is not copied on either side.
QByteArray packSinkResult(QByteArray body, bool inMemory, qint64 size, const QByteArray &sha256);
SavedFile unpackSinkResult(QByteArray packed);
// {id: entry} of /history/{id}; {} (unknown id) is an empty list.
inline Result<QList<HistoryEntry>> parseHistoryBody(const QByteArray &body, const QString &endpoint)
{
    return WireParsers::parseHistory(body, endpoint);
}

} // namespace Easel
