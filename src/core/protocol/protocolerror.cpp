#include "protocolerror.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Easel {

ProtocolError::ProtocolError(Kind kind, QString endpoint, QString message)
    : m_kind(kind), m_endpoint(std::move(endpoint)), m_message(std::move(message))
{
}

const NodeError *ProtocolError::nodeError(const QString &nodeId) const
{
    for (const NodeError &error : m_nodeErrors) {
        if (error.nodeId == nodeId)
            return &error;
    }
    return nullptr;
}

void ProtocolError::setServerError(const QString &type, const QString &message,
                                   const QString &details)
{
    m_serverErrorType = type;
    m_serverMessage = message;
    m_serverDetails = details;
}

static QString tr(const char *text)
{
    return QCoreApplication::translate("Easel::ProtocolError", text);
}

// One switch for every transport error, so the wording stays consistent everywhere.
QString ProtocolError::describeNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError:
        return tr("No error");
    case QNetworkReply::ConnectionRefusedError:
        return tr("The server refused the connection (is ComfyUI running on that port?)");
    case QNetworkReply::RemoteHostClosedError:
        return tr("The server closed the connection prematurely");
    case QNetworkReply::HostNotFoundError:
        return tr("The server's host name was not found");
    case QNetworkReply::TimeoutError:
        return tr("The connection to the server timed out");
    case QNetworkReply::OperationCanceledError:
        return tr("The request was canceled or timed out");
    case QNetworkReply::SslHandshakeFailedError:
        return tr("The TLS handshake with the server failed");
    case QNetworkReply::TemporaryNetworkFailureError:
        return tr("The network connection was temporarily broken");
    case QNetworkReply::NetworkSessionFailedError:
        return tr("The network session failed");
    case QNetworkReply::BackgroundRequestNotAllowedError:
        return tr("Background requests are not allowed");
    case QNetworkReply::TooManyRedirectsError:
        return tr("The server redirected too many times");
    case QNetworkReply::InsecureRedirectError:
        return tr("The server redirected from https to http");
    case QNetworkReply::ProxyConnectionRefusedError:
        return tr("The proxy refused the connection");
    case QNetworkReply::ProxyConnectionClosedError:
        return tr("The proxy closed the connection prematurely");
    case QNetworkReply::ProxyNotFoundError:
        return tr("The proxy host name was not found");
    case QNetworkReply::ProxyTimeoutError:
        return tr("The connection to the proxy timed out");
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("The proxy requires authentication");
    case QNetworkReply::ContentAccessDenied:
        return tr("Access to the resource was denied (403)");
    case QNetworkReply::ContentOperationNotPermittedError:
        return tr("The operation is not permitted on the server");
    case QNetworkReply::ContentNotFoundError:
        return tr("The resource was not found on the server (404)");
    case QNetworkReply::AuthenticationRequiredError:
        return tr("The server requires authentication");
    case QNetworkReply::ContentReSendError:
        return tr("The request had to be sent again but could not be");
    case QNetworkReply::ContentConflictError:
        return tr("The request conflicts with the current state of the resource");
    case QNetworkReply::ContentGoneError:
        return tr("The resource is no longer available on the server");
    case QNetworkReply::InternalServerError:
        return tr("The server reported an internal error");
    case QNetworkReply::OperationNotImplementedError:
        return tr("The server does not implement this operation");
    case QNetworkReply::ServiceUnavailableError:
        return tr("The server is unavailable");
    case QNetworkReply::ProtocolUnknownError:
        return tr("The URL uses an unknown protocol");
    case QNetworkReply::ProtocolInvalidOperationError:
        return tr("The operation is invalid for this protocol");
    case QNetworkReply::ProtocolFailure:
        return tr("The server's answer broke the HTTP protocol");
    case QNetworkReply::UnknownNetworkError:
        return tr("An unknown network error occurred");
    case QNetworkReply::UnknownProxyError:
        return tr("An unknown proxy error occurred");
    case QNetworkReply::UnknownContentError:
        return tr("The server answered with an unknown error");
    case QNetworkReply::UnknownServerError:
        return tr("An unknown server error occurred");
    }
    return tr("An unknown network error occurred");
}

ProtocolError::Kind ProtocolError::kindForNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError:
        return Kind::None;
    case QNetworkReply::ConnectionRefusedError:
        return Kind::ConnectionRefused;
    case QNetworkReply::HostNotFoundError:
        return Kind::HostNotFound;
    case QNetworkReply::TimeoutError:
        return Kind::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return Kind::Tls;
    case QNetworkReply::OperationCanceledError:
        return Kind::Canceled;
    default:
        return Kind::Network;
    }
}

QList<NodeError> parseNodeErrors(const QJsonObject &nodeErrors)
{
    QList<NodeError> result;
    for (auto it = nodeErrors.begin(); it != nodeErrors.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        NodeError error;
        error.nodeId = it.key();
        error.classType = entry.value("class_type"_L1).toString();
        const QJsonArray reasons = entry.value("errors"_L1).toArray();
        for (const QJsonValue &value : reasons) {
            const QJsonObject r = value.toObject();
            NodeErrorReason reason;
            reason.type = r.value("type"_L1).toString();
            reason.message = r.value("message"_L1).toString();
            reason.details = r.value("details"_L1).toString();
            reason.extraInfo = r.value("extra_info"_L1).toObject();
            reason.inputName = reason.extraInfo.value("input_name"_L1).toString();
            error.reasons.append(reason);
        }
        const QJsonArray dependents = entry.value("dependent_outputs"_L1).toArray();
        for (const QJsonValue &value : dependents)
            error.dependentOutputs.append(value.isString() ? value.toString()
                                                           : QString::number(value.toDouble()));
        result.append(error);
    }
    return result;
}

} // namespace Easel
