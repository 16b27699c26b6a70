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
    // When set, the body goes to this file as it arrives (never whole in memory) and the
    // result carries no bytes.
    QString sinkPath;
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

    template<typename T>
    QFuture<Result<T>> send(Request request, Parser<T> parser)
    {
        auto promise = std::make_shared<QPromise<Result<T>>>();
        promise->start();
        QFuture<Result<T>> future = promise->future();
        const QString endpoint = request.endpoint();
        ComfyClient *client = q;
        start(std::move(request), [client, promise, parser, endpoint](Result<QByteArray> raw) {
            if (!raw.isOk()) {
                finish(client, promise, Result<T>(raw.error()));
                return;
            }
            const QByteArray body = raw.value();
            if (body.size() <= workerParseThreshold) {
                finish(client, promise, parser(body, endpoint));
                return;
            }
            // Capture values only: the worker never touches the client.
            onFinished(QtConcurrent::run([parser, body, endpoint] { return parser(body, endpoint); }),
                       client, [client, promise](Result<T> result) {
                           finish(client, promise, std::move(result));
                       });
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

    template<typename T>
    static void finish(ComfyClient *client, const std::shared_ptr<QPromise<Result<T>>> &promise,
                       Result<T> result)
    {
        if (!result.isOk())
            emit client->errorOccurred(result.error());
        promise->addResult(std::move(result));
        promise->finish();
    }
};

// Parsers for bodies whose content is not JSON.
Result<Done> ignoreBody(const QByteArray &body, const QString &endpoint);
Result<QByteArray> rawBody(const QByteArray &body, const QString &endpoint);
// {id: entry} of /history/{id}; {} (unknown id) is an empty list.
inline Result<QList<HistoryEntry>> parseHistoryBody(const QByteArray &body, const QString &endpoint)
{
    return WireParsers::parseHistory(body, endpoint);
}

} // namespace Easel
