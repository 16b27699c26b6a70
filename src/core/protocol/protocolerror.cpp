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

// lupdate files tr() calls by the class they are made from; a free helper would file these
// strings under the namespace, where the translation is never looked up.
struct ProtocolErrorText
{
    Q_DECLARE_TR_FUNCTIONS(Easel::ProtocolError)
};

// One switch for every transport error, so the wording stays consistent everywhere.
QString ProtocolError::describeNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError:
        return ProtocolErrorText::tr("No error");
    case QNetworkReply::ConnectionRefusedError:
        return ProtocolErrorText::tr("The server refused the connection (is ComfyUI running on that port?)");
    case QNetworkReply::RemoteHostClosedError:
        return ProtocolErrorText::tr("The server closed the connection prematurely");
    case QNetworkReply::HostNotFoundError:
        return ProtocolErrorText::tr("The server's host name was not found");
    case QNetworkReply::TimeoutError:
        return ProtocolErrorText::tr("The connection to the server timed out");
    case QNetworkReply::OperationCanceledError:
        return ProtocolErrorText::tr("The request was canceled or timed out");
    case QNetworkReply::SslHandshakeFailedError:
        return ProtocolErrorText::tr("The TLS handshake with the server failed");
    case QNetworkReply::TemporaryNetworkFailureError:
        return ProtocolErrorText::tr("The network connection was temporarily broken");
    case QNetworkReply::NetworkSessionFailedError:
        return ProtocolErrorText::tr("The network session failed");
    case QNetworkReply::BackgroundRequestNotAllowedError:
        return ProtocolErrorText::tr("Background requests are not allowed");
    case QNetworkReply::TooManyRedirectsError:
        return ProtocolErrorText::tr("The server redirected too many times");
    case QNetworkReply::InsecureRedirectError:
        return ProtocolErrorText::tr("The server redirected from https to http");
    case QNetworkReply::ProxyConnectionRefusedError:
        return ProtocolErrorText::tr("The proxy refused the connection");
    case QNetworkReply::ProxyConnectionClosedError:
        return ProtocolErrorText::tr("The proxy closed the connection prematurely");
    case QNetworkReply::ProxyNotFoundError:
        return ProtocolErrorText::tr("The proxy host name was not found");
    case QNetworkReply::ProxyTimeoutError:
        return ProtocolErrorText::tr("The connection to the proxy timed out");
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return ProtocolErrorText::tr("The proxy requires authentication");
    case QNetworkReply::ContentAccessDenied:
        return ProtocolErrorText::tr("Access to the resource was denied (403)");
    case QNetworkReply::ContentOperationNotPermittedError:
        return ProtocolErrorText::tr("The operation is not permitted on the server");
    case QNetworkReply::ContentNotFoundError:
        return ProtocolErrorText::tr("The resource was not found on the server (404)");
    case QNetworkReply::AuthenticationRequiredError:
        return ProtocolErrorText::tr("The server requires authentication");
    case QNetworkReply::ContentReSendError:
        return ProtocolErrorText::tr("The request had to be sent again but could not be");
    case QNetworkReply::ContentConflictError:
        return ProtocolErrorText::tr("The request conflicts with the current state of the resource");
    case QNetworkReply::ContentGoneError:
        return ProtocolErrorText::tr("The resource is no longer available on the server");
    case QNetworkReply::InternalServerError:
        return ProtocolErrorText::tr("The server reported an internal error");
    case QNetworkReply::OperationNotImplementedError:
        return ProtocolErrorText::tr("The server does not implement this operation");
    case QNetworkReply::ServiceUnavailableError:
        return ProtocolErrorText::tr("The server is unavailable");
    case QNetworkReply::ProtocolUnknownError:
        return ProtocolErrorText::tr("The URL uses an unknown protocol");
    case QNetworkReply::ProtocolInvalidOperationError:
        return ProtocolErrorText::tr("The operation is invalid for this protocol");
    case QNetworkReply::ProtocolFailure:
        return ProtocolErrorText::tr("The server's answer broke the HTTP protocol");
    case QNetworkReply::UnknownNetworkError:
        return ProtocolErrorText::tr("An unknown network error occurred");
    case QNetworkReply::UnknownProxyError:
        return ProtocolErrorText::tr("An unknown proxy error occurred");
    case QNetworkReply::UnknownContentError:
        return ProtocolErrorText::tr("The server answered with an unknown error");
    case QNetworkReply::UnknownServerError:
        return ProtocolErrorText::tr("An unknown server error occurred");
    }
    return ProtocolErrorText::tr("An unknown network error occurred");
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
