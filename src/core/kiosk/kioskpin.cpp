#include "kioskpin.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

constexpr auto scheme = "pbkdf2-sha256"_L1;
constexpr int keyLength = 32;

struct Parsed
{
    int iterations = 0;
    QByteArray salt;
    QByteArray key;
};

bool parse(const QString &stored, Parsed *out, QString *why)
{
    auto fail = [why](const char *text) {
        if (why)
            *why = QCoreApplication::translate("Easel::KioskPin", text);
        return false;
    };
    const QStringList parts = stored.trimmed().split(u'$');
    if (parts.size() != 4 || parts.at(0) != scheme)
        return fail(QT_TRANSLATE_NOOP("Easel::KioskPin", "not of the form pbkdf2-sha256$iterations$salt$hash"));
    bool ok = false;
    out->iterations = parts.at(1).toInt(&ok);
    if (!ok || out->iterations < KioskPin::minimumIterations || out->iterations > KioskPin::maximumIterations)
        return fail(QT_TRANSLATE_NOOP("Easel::KioskPin", "the iteration count is missing or out of range"));
    const auto salt = QByteArray::fromBase64Encoding(parts.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto key = QByteArray::fromBase64Encoding(parts.at(3).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !key || salt.decoded.size() < 8 || key.decoded.size() != keyLength)
        return fail(QT_TRANSLATE_NOOP("Easel::KioskPin", "the salt or the hash is not valid base64 of the right length"));
    out->salt = salt.decoded;
    out->key = key.decoded;
    return true;
}

QByteArray derive(const QString &pin, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt, iterations,
                                              keyLength);
}

} // namespace

QString KioskPin::hash(const QString &pin, int iterations, const QByteArray &salt)
{
    QByteArray useSalt = salt;
    if (useSalt.isEmpty()) {
        useSalt.resize(16);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(useSalt.data()), 4);
    }
    const QByteArray key = derive(pin, useSalt, iterations);
    return u"%1$%2$%3$%4"_s.arg(scheme)
        .arg(iterations)
        .arg(QString::fromLatin1(useSalt.toBase64()), QString::fromLatin1(key.toBase64()));
}

bool KioskPin::isWellFormed(const QString &stored, QString *why)
{
    Parsed parsed;
    return parse(stored, &parsed, why);
}

bool KioskPin::verify(const QString &pin, const QString &stored)
{
    Parsed parsed;
    if (!parse(stored, &parsed, nullptr))
        return false;
    return constantTimeEquals(derive(pin, parsed.salt, parsed.iterations), parsed.key);
}

bool KioskPin::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    // Every byte is looked at, so the time does not tell where the first difference is.
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace Easel
