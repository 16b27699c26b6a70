#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>
#include <QStringList>

namespace Easel {

// One reason the server gave for rejecting a node (an entry of node_errors[id].errors).
struct NodeErrorReason
{
    QString type;      // e.g. "value_bigger_than_max"
    QString message;   // the server's message, e.g. "Value 1000000000 bigger than max of 16384"
    QString details;   // the server's details text
    QString inputName; // extra_info.input_name when the server named one
    QJsonObject extraInfo;
};

// node_errors[id] of a 400 (or of a 200 that dropped some outputs).
struct NodeError
{
    QString nodeId;
    QString classType;
    QList<NodeErrorReason> reasons;
    QStringList dependentOutputs;
};

// The one failure type of the protocol layer. Every request completes with either a
// value or one of these; it says what happened in words a user can act on (message()),
// and keeps the parts a program needs (kind, status, server error, node errors, offset).
class ProtocolError
{
public:
    enum class Kind {
        None,
        ConnectionRefused, // nothing listens there
        HostNotFound,
        Timeout,           // no answer within the transfer timeout
        Tls,
        Network,           // any other transport failure (dropped connection, ...)
        Http,              // the server answered with a status >= 400
        MalformedJson,     // the body is not JSON; jsonOffset says where
        UnexpectedShape,   // JSON, but not the shape the protocol documents
        TooLarge,          // the body passed the size cap and was aborted
        Canceled,
    };

    ProtocolError() = default;
    ProtocolError(Kind kind, QString endpoint, QString message);

    bool isError() const { return m_kind != Kind::None; }
    // No usable answer came back (no connection, timeout, TLS, a dropped or cancelled
    // transfer), as opposed to an answer that refused or could not be read: another server
    // may still take the request.
    bool isTransportFailure() const
    {
        return isError() && m_kind != Kind::Http && m_kind != Kind::MalformedJson
               && m_kind != Kind::UnexpectedShape && m_kind != Kind::TooLarge;
    }
    Kind kind() const { return m_kind; }
    QString endpoint() const { return m_endpoint; }   // e.g. "POST /prompt"
    QString message() const { return m_message; }     // translated, one line
    QString detail() const { return m_detail; }       // extra context (body excerpt, ...)
    int httpStatus() const { return m_httpStatus; }   // 0 when there was no HTTP answer
    QNetworkReply::NetworkError networkError() const { return m_networkError; }
    qint64 jsonOffset() const { return m_jsonOffset; } // -1 unless MalformedJson

    // The parsed {"error": {...}, "node_errors": {...}} body of a rejected prompt.
    QString serverErrorType() const { return m_serverErrorType; }
    QString serverMessage() const { return m_serverMessage; }
    QString serverDetails() const { return m_serverDetails; }
    QList<NodeError> nodeErrors() const { return m_nodeErrors; }
    const NodeError *nodeError(const QString &nodeId) const;

    void setDetail(const QString &detail) { m_detail = detail; }
    void setHttpStatus(int status) { m_httpStatus = status; }
    void setNetworkError(QNetworkReply::NetworkError error) { m_networkError = error; }
    void setJsonOffset(qint64 offset) { m_jsonOffset = offset; }
    void setServerError(const QString &type, const QString &message, const QString &details);
    void setNodeErrors(const QList<NodeError> &errors) { m_nodeErrors = errors; }
    void setMessage(const QString &message) { m_message = message; }

    // A translated sentence for a transport error code (one switch, like qBittorrent's
    // errorCodeToString).
    static QString describeNetworkError(QNetworkReply::NetworkError error);
    static Kind kindForNetworkError(QNetworkReply::NetworkError error);

private:
    Kind m_kind = Kind::None;
    QString m_endpoint;
    QString m_message;
    QString m_detail;
    int m_httpStatus = 0;
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError;
    qint64 m_jsonOffset = -1;
    QString m_serverErrorType;
    QString m_serverMessage;
    QString m_serverDetails;
    QList<NodeError> m_nodeErrors;
};

// Parses node_errors ({id: {errors, dependent_outputs, class_type}}) in any response.
QList<NodeError> parseNodeErrors(const QJsonObject &nodeErrors);

} // namespace Easel

Q_DECLARE_METATYPE(Easel::ProtocolError)
