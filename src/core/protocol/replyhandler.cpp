// ComfyClient::Private: building requests and turning each reply into a body or an error.
#include "comfyclient_p.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {
QString trError(const char *text)
{
    return QCoreApplication::translate("Easel::ProtocolError", text);
}
// Set on a reply we aborted because its body passed maxBodyBytes.
constexpr char kTooLargeProperty[] = "easelTooLarge";
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
    if (request.urgent)
        networkRequest.setPriority(QNetworkRequest::HighPriority);
    if (!request.contentType.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    // No Origin header on purpose: the server answers 403 when Origin's host differs
    // from Host, and a native client has no origin to claim.
    return networkRequest;
}

void ComfyClient::Private::start(Request request, std::function<void(Result<QByteArray>)> done)
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
    QObject::connect(reply, &QNetworkReply::finished, q, [reply, endpoint, maxBytes,
                                                          done = std::move(done)] {
        // The one place replies are released.
        reply->deleteLater();
        if (reply->property(kTooLargeProperty).toBool()) {
            ProtocolError error(ProtocolError::Kind::TooLarge, endpoint,
                                trError("%1: the answer is larger than the %2 bytes allowed")
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
                description = trError("The server did not answer in time");
            }
            ProtocolError error(kind, endpoint, trError("%1: %2").arg(endpoint, description));
            error.setNetworkError(networkError);
            error.setHttpStatus(status);
            error.setDetail(reply->errorString());
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
