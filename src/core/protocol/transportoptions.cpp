#include "transportoptions.h"

#include <QCryptographicHash>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>

namespace Easel {

void TransportOptions::applyTo(QNetworkRequest &request) const
{
    for (const auto &[name, value] : headers) {
        if (!name.isEmpty())
            request.setRawHeader(name, value);
    }
}

bool TransportOptions::acceptsErrors(const QList<QSslError> &errors) const
{
    if (pinnedSha256.isEmpty() || errors.isEmpty())
        return false;
    for (const QSslError &error : errors) {
        // Errors that carry no certificate (e.g. no peer certificate at all) are never
        // covered by a pin.
        if (error.certificate().isNull() || fingerprint(error.certificate()) != pinnedSha256)
            return false;
    }
    return true;
}

QByteArray TransportOptions::fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return certificate.digest(QCryptographicHash::Sha256).toHex();
}

QByteArray TransportOptions::normalizedFingerprint(const QString &text)
{
    QByteArray hex;
    for (const QChar c : text) {
        if (c == u':' || c.isSpace())
            continue;
        if (!c.isDigit() && !(c.toLower() >= u'a' && c.toLower() <= u'f'))
            return {};
        hex += char(c.toLower().unicode());
    }
    return hex.size() == 64 ? hex : QByteArray();
}

QString TransportOptions::displayFingerprint(const QByteArray &sha256Hex)
{
    QString text;
    for (qsizetype i = 0; i < sha256Hex.size(); i += 2) {
        if (!text.isEmpty())
            text += u':';
        text += QString::fromLatin1(sha256Hex.mid(i, 2)).toUpper();
    }
    return text;
}

} // namespace Easel
