// ComfyClient::Private: building requests and turning each reply into a body or an error.
#include "comfyclient_p.h"
#include "replyhandler_p.h"

#include <QCoreApplication>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {
using ClientDetail::drain;
using ClientDetail::Incoming;
using ClientDetail::kSinkTrailerBytes;
using ClientDetail::malformedAnswer;
using ClientDetail::openSink;

// The detail of a request that passed its overall deadline: not retried (a trickling
// server would only trickle again).
constexpr char kDeadlineDetail[] = "deadline";
// Set on a reply whose server certificate was refused: its SHA-256 and the reasons.
constexpr char kRejectedCertificateProperty[] = "easelRejectedCertificate";
constexpr char kRejectedReasonsProperty[] = "easelRejectedReasons";
} // namespace

QString ClientDetail::Request::endpoint() const
{
    return (method == Method::Post ? u"POST "_s : u"GET "_s) + path;
}

ComfyClient::Private::Private(ComfyClient *client)
    : q(client), nam(new QNetworkAccessManager(client))
{
}

QNetworkRequest ComfyClient::Private::buildRequest(const Request &request) const
{
    QUrl url = q->baseUrl();
    // Keep any path prefix of the base URL (a reverse proxy's /comfy, say).
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + request.path);
    url.setQuery(request.query);
    QNetworkRequest networkRequest(url);
    // No QNetworkRequest::setTransferTimeout: Qt 6.4 stops its timer and queues a start of
    // it for every chunk it reads (~9 posted events a job for easel-run, one /prompt and one
    // /view); startOnce watches for a stall itself (transferMs, one timer per reply).
    // Only redirects that stay as safe (never https -> http).
    // Only redirects within the same server (scheme, host and port): a 307 on POST /prompt
    // would otherwise resend the workflow, and with a profile its headers and API key, to
    // wherever it points.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::SameOriginRedirectPolicy);
    // A profile's extra headers (a reverse proxy's Authorization, say).
    q->transportOptions().applyTo(networkRequest);
    if (request.urgent)
        networkRequest.setPriority(QNetworkRequest::HighPriority);
    if (!request.contentType.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    // No Origin header on purpose: the server answers 403 when Origin's host differs
    // from Host, and a native client has no origin to claim.
    return networkRequest;
}

bool ComfyClient::Private::isTransient(const ProtocolError &error)
{
    switch (error.kind()) {
    case ProtocolError::Kind::Timeout:
        return error.detail() != QLatin1StringView(kDeadlineDetail);
    case ProtocolError::Kind::Network:
    case ProtocolError::Kind::ConnectionRefused: // a server that is restarting
        return true;
    case ProtocolError::Kind::Http:
        // A proxy's "bad gateway" or an overloaded server; a 500 is a real answer.
        return error.httpStatus() == 502 || error.httpStatus() == 503 || error.httpStatus() == 504;
    default:
        return false;
    }
}

void ComfyClient::Private::start(Request request, std::function<void(Result<QByteArray>)> done)
{
    // Reads are safe to repeat: a transient failure is retried with backoff before the
    // caller hears of it. Writes are not (POST /prompt has its own check, see
    // ComfyClient::queuePrompt).
    if (request.method != Method::Get || q->maxRetries() <= 0) {
        startOnce(std::move(request), std::move(done));
        return;
    }
    startWithRetries(std::move(request), std::move(done), 0);
}

void ComfyClient::Private::startWithRetries(Request request,
                                            std::function<void(Result<QByteArray>)> done,
                                            int attempt)
{
    Request again = request;
    startOnce(std::move(request), [this, again = std::move(again), done = std::move(done),
                                   attempt](Result<QByteArray> result) mutable {
        if (result.isOk() || attempt >= q->maxRetries() || !isTransient(result.error())) {
            done(std::move(result));
            return;
        }
        ++retryCount;
        const int delay = std::min(q->retryDelayMs() << std::min(attempt, 6), 10000);
        QTimer::singleShot(delay, q, [this, again = std::move(again), done = std::move(done),
                                      attempt]() mutable {
            startWithRetries(std::move(again), std::move(done), attempt + 1);
        });
    });
}

void ComfyClient::Private::startOnce(Request request, std::function<void(Result<QByteArray>)> done)
{
    const QNetworkRequest networkRequest = buildRequest(request);
    const QString endpoint = request.endpoint();
    const ProtocolLimits &limits = q->limits();
    auto in = std::make_shared<Incoming>();
    in->maxBytes = std::min(q->maxBodyBytes(), request.maxBytes > 0 ? request.maxBytes : limits.jsonBytes);
    in->deadlineMs = request.deadlineMs > 0 ? request.deadlineMs : limits.requestDeadlineMs;
    in->transferMs = std::max(q->transferTimeoutMs(), 0);
    if (!request.sinkPath.isEmpty()) {
        in->sinkPath = request.sinkPath;
        in->sinkMemoryBytes = request.sinkMemoryBytes;
        // Nothing may stay in memory: the file is made now, so a path that cannot be
        // written fails at once.
        if (in->sinkMemoryBytes <= 0 && !openSink(*in)) {
            const QString why = in->sinkError;
            QTimer::singleShot(0, q, [endpoint, why, path = request.sinkPath, done = std::move(done)] {
                done(ProtocolError(ProtocolError::Kind::Network, endpoint,
                                   QCoreApplication::translate("Easel::ProtocolError", "%1: cannot write %2: %3")
                                       .arg(endpoint, path, why)));
            });
            return;
        }
        in->sinkHash = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
    }
    QNetworkReply *reply = nullptr;
    if (request.method == Method::Get) {
        reply = nam->get(networkRequest);
    } else if (request.multiPart) {
        reply = nam->post(networkRequest, request.multiPart);
        request.multiPart->setParent(reply);
    } else {
        reply = nam->post(networkRequest, request.body);
    }
    reply->setReadBufferSize(limits.readBufferBytes);
    if (request.uploadProgress) {
        QObject::connect(reply, &QNetworkReply::uploadProgress, q,
                         [progress = request.uploadProgress, in](qint64 sent, qint64 total) {
                             in->lastActivity.start(); // bytes sent: not a stall
                             if (total > 0) // 0 and -1 before the body's size is known
                                 progress(sent, total);
                         });
    } else if (request.method == Method::Post && in->transferMs > 0) {
        QObject::connect(reply, &QNetworkReply::uploadProgress, q, [in] { in->lastActivity.start(); });
    }

    // The deadline is the whole request, not the gap between two bytes: a trickle cannot
    // extend it. It starts when the request goes on the wire (or its connection is being
    // made), not when it is queued: QNAM sends six at a time per host, and a POST waiting
    // behind 10,000 others must not expire in the queue. Only replies on the wire hold a
    // timer, so thousands of queued requests do not make every timer start and stop cost
    // O(n).
    // The same timer watches for a stall (transferMs without a byte sent or received: a
    // server that stops answering, a connection that hangs): it fires at the nearer of the
    // two limits and, when bytes came meanwhile, waits the rest. A stalled reply is aborted,
    // which reads as a timeout below (retried, as any transient failure, for a GET).
    const auto startDeadline = [reply, in] {
        in->lastActivity.start(); // connecting or the request sent: activity
        if (in->deadlineStarted)
            return;
        in->deadlineStarted = true;
        in->onWire.start();
        auto *deadline = new QTimer(reply);
        deadline->setSingleShot(true);
        QObject::connect(deadline, &QTimer::timeout, reply, [reply, in, deadline] {
            const qint64 sinceStart = in->onWire.elapsed();
            if (sinceStart >= in->deadlineMs) {
                in->deadlinePassed = true;
                reply->abort();
                return;
            }
            const qint64 quiet = in->lastActivity.elapsed();
            if (in->transferMs > 0 && quiet >= in->transferMs) {
                reply->abort();
                return;
            }
            qint64 next = in->deadlineMs - sinceStart;
            if (in->transferMs > 0)
                next = std::min(next, in->transferMs - quiet);
            deadline->start(int(std::max<qint64>(next, 1)));
        });
        deadline->start(in->transferMs > 0 ? std::min(in->deadlineMs, in->transferMs) : in->deadlineMs);
    };
    QObject::connect(reply, &QNetworkReply::socketStartedConnecting, q, startDeadline);
    QObject::connect(reply, &QNetworkReply::requestSent, q, startDeadline);

    QObject::connect(reply, &QNetworkReply::readyRead, q, [reply, in] { drain(reply, *in); });
    QObject::connect(reply, &QNetworkReply::metaDataChanged, q, [reply, in, startDeadline] {
        startDeadline(); // and the headers are activity
        // Content-Length known up front: refuse before a byte of the body is read.
        bool known = false;
        const qint64 total = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (known && total > in->maxBytes) {
            in->tooLarge = true;
            reply->abort();
        } else if (known && !in->sink && !in->sinkPath.isEmpty() && total <= in->sinkMemoryBytes) {
            in->body.reserve(total + kSinkTrailerBytes); // kept whole, trailer appended in place
        }
    });
    // Exactly the certificate the user accepted gets through, nothing else: the errors are
    // ignored by list, so a different certificate fails the handshake. (Only https has
    // certificates; redirects stay within the same scheme.)
    if (networkRequest.url().scheme() == "https"_L1) {
        QObject::connect(reply, &QNetworkReply::sslErrors, q, [client = q, reply](const QList<QSslError> &errors) {
            if (client->transportOptions().acceptsErrors(errors)) {
                reply->ignoreSslErrors(errors);
                return;
            }
            QSslCertificate presented = reply->sslConfiguration().peerCertificate();
            if (presented.isNull() && !errors.isEmpty())
                presented = errors.constFirst().certificate();
            const QByteArray sha256 = TransportOptions::fingerprint(presented);
            QStringList reasons;
            for (const QSslError &error : errors)
                reasons.append(error.errorString());
            reply->setProperty(kRejectedCertificateProperty, sha256);
            reply->setProperty(kRejectedReasonsProperty, reasons.join(u"; "_s));
            emit client->certificateRejected(sha256, reasons);
        });
    }
    QObject::connect(reply, &QNetworkReply::finished, q, [reply, endpoint, in,
                                                          done = std::move(done)] {
        // The one place replies are released.
        reply->deleteLater();
        if (reply->isOpen() && !in->tooLarge && !in->deadlinePassed)
            drain(reply, *in); // what arrived after the last readyRead (an error page too)
        if (in->sink)
            in->sink->close();
        if (in->tooLarge) {
            ProtocolError error(ProtocolError::Kind::TooLarge, endpoint,
                                QCoreApplication::translate("Easel::ProtocolError", "%1: the answer is larger than the %2 bytes allowed")
                                    .arg(endpoint)
                                    .arg(in->maxBytes));
            done(error);
            return;
        }
        if (in->deadlinePassed) {
            ProtocolError error(ProtocolError::Kind::Timeout, endpoint,
                                QCoreApplication::translate("Easel::ProtocolError", "%1: the answer did not complete within the %2 s allowed for a request")
                                    .arg(endpoint)
                                    .arg(in->deadlineMs / 1000));
            error.setDetail(QString::fromLatin1(kDeadlineDetail));
            done(error);
            return;
        }
        if (!in->sinkError.isEmpty()) {
            done(ProtocolError(ProtocolError::Kind::Network, endpoint,
                               QCoreApplication::translate("Easel::ProtocolError", "%1: cannot write %2: %3")
                                   .arg(endpoint, in->sinkPath, in->sinkError)));
            return;
        }
        if (const QString malformed = malformedAnswer(reply); !malformed.isEmpty()) {
            ProtocolError error(ProtocolError::Kind::Network, endpoint,
                                QCoreApplication::translate("Easel::ProtocolError", "%1: the server's answer is not valid HTTP: %2")
                                    .arg(endpoint, malformed));
            error.setNetworkError(QNetworkReply::ProtocolFailure);
            done(error);
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray &body = in->body; // not a copy: a sink body below is moved out whole
        if (status >= 400) {
            done(WireParsers::httpError(
                status, body, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                endpoint));
            return;
        }
        const QNetworkReply::NetworkError networkError = reply->error();
        if (networkError != QNetworkReply::NoError) {
            ProtocolError::Kind kind = ProtocolError::kindForNetworkError(networkError);
            QString description = ProtocolError::describeNetworkError(networkError);
            // Nobody else aborts our replies: a cancel here is the transfer timeout firing.
            if (kind == ProtocolError::Kind::Canceled) {
                kind = ProtocolError::Kind::Timeout;
                description = QCoreApplication::translate("Easel::ProtocolError", "The server did not answer in time");
            }
            if (networkError == QNetworkReply::InsecureRedirectError) {
                // SameOriginRedirectPolicy refused it: the prompt, the profile's headers and
                // API key never go to another host without the user's say.
                description = QCoreApplication::translate("Easel::ProtocolError",
                                                          "the server redirected to another address (%1); "
                                                          "Easel follows redirects only within the same server")
                                  .arg(reply->url()
                                           .resolved(QUrl::fromEncoded(reply->rawHeader("Location")))
                                           .toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
            }
            const QByteArray rejected = reply->property(kRejectedCertificateProperty).toByteArray();
            if (!rejected.isEmpty()) {
                kind = ProtocolError::Kind::Tls;
                description = QCoreApplication::translate(
                                  "Easel::ProtocolError",
                                  "the server's certificate is not trusted (%1); its SHA-256 "
                                  "fingerprint is %2")
                                  .arg(reply->property(kRejectedReasonsProperty).toString(),
                                       TransportOptions::displayFingerprint(rejected));
            }
            ProtocolError error(kind, endpoint, QCoreApplication::translate("Easel::ProtocolError", "%1: %2").arg(endpoint, description));
            error.setNetworkError(networkError);
            error.setHttpStatus(status);
            error.setDetail(reply->errorString());
            done(error);
            return;
        }
        // A server that closes mid-body can make Qt report the short body as a success:
        // a body shorter than the Content-Length it announced is a dropped connection.
        bool lengthKnown = false;
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&lengthKnown);
        const bool encoded = reply->hasRawHeader("Content-Encoding");
        if (lengthKnown && !encoded && announced >= 0 && in->received < announced) {
            ProtocolError error(ProtocolError::Kind::Network, endpoint,
                                QCoreApplication::translate("Easel::ProtocolError", "%1: the answer was cut off after %2 of %3 bytes")
                                    .arg(endpoint)
                                    .arg(in->received)
                                    .arg(announced));
            error.setNetworkError(QNetworkReply::RemoteHostClosedError);
            error.setHttpStatus(status);
            done(error);
            return;
        }
        if (!in->sinkPath.isEmpty()) {
            // The bytes and their hash (viewToFile unpacks them): no stat of the file, no
            // second read of it.
            const bool inMemory = !in->sink;
            done(packSinkResult(inMemory ? std::exchange(in->body, {}) : QByteArray(), inMemory, in->received,
                                in->sinkHash->result()));
            return;
        }
        done(body);
    });
}

} // namespace Easel
