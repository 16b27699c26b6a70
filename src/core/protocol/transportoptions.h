#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

QT_BEGIN_NAMESPACE
class QNetworkRequest;
class QSslCertificate;
class QSslError;
QT_END_NAMESPACE

namespace Easel {

// How to reach one server beyond its URL: what a connection profile adds (headers for a
// reverse proxy, one self-signed certificate the user accepted, the Comfy API key).
// ComfyClient and EventStream apply the same options to every HTTP request and to the
// WebSocket upgrade. Holds secrets: never print it.
struct TransportOptions
{
    // Sent on every request, e.g. {"Authorization", "Bearer ..."}.
    QList<std::pair<QByteArray, QByteArray>> headers;
    // SHA-256 of the one certificate accepted despite verification errors, lower-case hex
    // without separators (normalizedFingerprint). Empty = only certificates the system trusts.
    QByteArray pinnedSha256;
    // Sent as extra_data.api_key_comfy_org in POST /prompt (for API nodes of comfy.org).
    QString comfyApiKey;

    // Adds the headers to a request (used for HTTP requests and the WebSocket upgrade).
    void applyTo(QNetworkRequest &request) const;
    // True when every error is about the peer certificate and that certificate is exactly
    // the pinned one. Anything else (no pin, another certificate, a host name mismatch on
    // a different certificate) is refused.
    bool acceptsErrors(const QList<QSslError> &errors) const;

    // SHA-256 of a certificate, lower-case hex without separators.
    static QByteArray fingerprint(const QSslCertificate &certificate);
    // "AB:CD:..." or "abcd..." (spaces, colons allowed) -> "abcd...", or empty if it is
    // not 32 bytes of hex.
    static QByteArray normalizedFingerprint(const QString &text);
    // "AB:CD:..." for showing to a person.
    static QString displayFingerprint(const QByteArray &sha256Hex);
};

} // namespace Easel
