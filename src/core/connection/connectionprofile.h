#pragma once

#include "transportoptions.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace Easel {

// One named way to reach a ComfyUI server: address, TLS, the one self-signed certificate
// the user accepted, extra headers for a reverse proxy and the Comfy API key. Header values
// and the API key are secrets: ProfileStore keeps them in the keychain, never in QSettings.
struct ConnectionProfile
{
    QString name;
    QUrl url;                  // as entered; the scheme follows `tls` (serverUrl)
    bool tls = false;
    QByteArray pinnedSha256;   // TransportOptions::normalizedFingerprint form, or empty
    QList<std::pair<QByteArray, QByteArray>> headers; // name (not secret), value (secret)
    QString comfyApiKey;       // secret

    // The address requests go to: http(s)://host:port/prefix.
    QUrl serverUrl() const;
    TransportOptions transportOptions() const;
    bool hasSecrets() const;
    // Empty when the profile can be saved, else a translated sentence saying what is wrong.
    QString validationError() const;
    // RFC 9110 token characters only, so a header cannot smuggle a line break.
    static bool isValidHeaderName(const QByteArray &name);

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

} // namespace Easel
