#include "connectionprofile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Easel {

QUrl ConnectionProfile::serverUrl() const
{
    QUrl result = url;
    if (result.scheme().isEmpty() || result.host().isEmpty())
        result = QUrl::fromUserInput(url.toString());
    result.setScheme(tls ? u"https"_s : u"http"_s);
    if (result.path().isEmpty())
        result.setPath(u"/"_s);
    result.setQuery(QString());
    result.setFragment(QString());
    return result;
}

TransportOptions ConnectionProfile::transportOptions() const
{
    TransportOptions options;
    options.headers = headers;
    options.pinnedSha256 = tls ? pinnedSha256 : QByteArray();
    options.comfyApiKey = comfyApiKey;
    return options;
}

bool ConnectionProfile::hasSecrets() const
{
    return !headers.isEmpty() || !comfyApiKey.isEmpty();
}

bool ConnectionProfile::isValidHeaderName(const QByteArray &name)
{
    if (name.isEmpty())
        return false;
    static const QByteArray extra = QByteArrayLiteral("!#$%&'*+-.^_`|~");
    for (const char c : name) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && !extra.contains(c))
            return false;
    }
    return true;
}

QString ConnectionProfile::validationError() const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("Easel::ConnectionProfile", "The profile needs a name.");
    const QUrl server = serverUrl();
    if (!server.isValid() || server.host().isEmpty()) {
        return QCoreApplication::translate("Easel::ConnectionProfile",
                                           "“%1” is not a server address.")
            .arg(url.toString());
    }
    if (!pinnedSha256.isEmpty() && pinnedSha256.size() != 64) {
        return QCoreApplication::translate("Easel::ConnectionProfile",
                                           "The certificate fingerprint is not a SHA-256 digest.");
    }
    for (const auto &[header, value] : headers) {
        if (!isValidHeaderName(header)) {
            return QCoreApplication::translate("Easel::ConnectionProfile",
                                               "“%1” is not a valid header name.")
                .arg(QString::fromLatin1(header));
        }
        if (value.contains('\r') || value.contains('\n')) {
            return QCoreApplication::translate("Easel::ConnectionProfile",
                                               "The value of header “%1” contains a line break.")
                .arg(QString::fromLatin1(header));
        }
    }
    return {};
}

} // namespace Easel
