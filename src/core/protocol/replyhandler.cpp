// ComfyClient::Private: building requests and turning each reply into a body or an error.
#include "comfyclient_p.h"

#include <QCoreApplication>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {
// Set on a reply we aborted because its body passed maxBodyBytes.
constexpr char kTooLargeProperty[] = "easelTooLarge";
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
    networkRequest.setTransferTimeout(q->transferTimeoutMs());
    // Only redirects that stay as safe (never https -> http).
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::NoLessSafeRedirectPolicy);
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
    case ProtocolError::Kind::Network:
    case ProtocolError::Kind::Timeout:
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
    QNetworkReply *reply = nullptr;
    if (request.method == Method::Get) {
        reply = nam->get(networkRequest);
    } else if (request.multiPart) {
        reply = nam->post(networkRequest, request.multiPart);
        request.multiPart->setParent(reply);
    } else {
        reply = nam->post(networkRequest, request.body);
    }

    const qint64 maxBytes = q->maxBodyBytes();
    QObject::connect(reply, &QNetworkReply::downloadProgress, q,
                     [reply, maxBytes](qint64 received, qint64 total) {
                         // Content-Length known up front, or the body grew past the cap.
                         if (received > maxBytes || total > maxBytes) {
                             reply->setProperty(kTooLargeProperty, true);
                             reply->abort();
                         }
                     });
    // Exactly the certificate the user accepted gets through, nothing else: the errors are
    // ignored by list, so a different certificate fails the handshake.
    QObject::connect(reply, &QNetworkReply::sslErrors, q,
                     [client = q, reply](const QList<QSslError> &errors) {
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
    QObject::connect(reply, &QNetworkReply::finished, q, [reply, endpoint, maxBytes,
                                                          done = std::move(done)] {
        // The one place replies are released.
        reply->deleteLater();
        if (reply->property(kTooLargeProperty).toBool()) {
            ProtocolError error(ProtocolError::Kind::TooLarge, endpoint,
                                QCoreApplication::translate("Easel::ProtocolError", "%1: the answer is larger than the %2 bytes allowed")
                                    .arg(endpoint)
                                    .arg(maxBytes));
            done(error);
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
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
        if (lengthKnown && !encoded && announced >= 0 && body.size() < announced) {
            ProtocolError error(ProtocolError::Kind::Network, endpoint,
                                QCoreApplication::translate("Easel::ProtocolError", "%1: the answer was cut off after %2 of %3 bytes")
                                    .arg(endpoint)
                                    .arg(body.size())
                                    .arg(announced));
            error.setNetworkError(QNetworkReply::RemoteHostClosedError);
            error.setHttpStatus(status);
            done(error);
            return;
        }
        done(body);
    });
}

Result<Done> ignoreBody(const QByteArray &, const QString &)
{
    // These endpoints answer 200 with an empty application/octet-stream body.
    return Done{};
}

Result<QByteArray> rawBody(const QByteArray &body, const QString &)
{
    return body;
}

} // namespace Easel
