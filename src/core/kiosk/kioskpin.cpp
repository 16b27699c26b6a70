#include "kioskpin.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

constexpr auto scheme = "pbkdf2-sha256"_L1;
constexpr auto argon2Prefix = "$argon2id$"_L1;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// lupdate files tr() calls by the class they are made from; a free helper would file these
// strings under the namespace, where the translation is never looked up.
struct KioskPinText
{
    Q_DECLARE_TR_FUNCTIONS(Easel::KioskPin)
};

// ASCII runs: every character one more (or one less) than the one before.
bool isRun(const QString &pin)
{
    int direction = 0;
    for (qsizetype i = 1; i < pin.size(); ++i) {
        const int step = pin.at(i).toLower().unicode() - pin.at(i - 1).toLower().unicode();
        if (step != 1 && step != -1)
            return false;
        if (direction != 0 && step != direction)
            return false;
        direction = step;
    }
    return true;
}

// A block of one to four characters repeated to fill the PIN: 121212, 123123, abab12ab…
bool isRepeatedBlock(const QString &pin)
{
    for (qsizetype block = 1; block <= 4 && block < pin.size(); ++block) {
        bool repeated = true;
        for (qsizetype i = block; i < pin.size() && repeated; ++i)
            repeated = pin.at(i) == pin.at(i % block);
        if (repeated)
            return true;
    }
    return false;
}

bool isDate(int day, int month)
{
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month >= 1 && month <= 12 && day >= 1 && day <= days[month - 1];
}

// Birthdays and years: DDMMYY, MMDDYY, YYMMDD, DDMMYYYY, MMDDYYYY, YYYYMMDD, a year
// 1900–2099 alone or twice, 19xx/20xx with two more digits.
bool isDateLike(const QString &pin)
{
    for (const QChar c : pin) {
        if (!c.isDigit())
            return false;
    }
    auto n = [&pin](qsizetype from, qsizetype length) { return pin.mid(from, length).toInt(); };
    auto isYear = [&](qsizetype from) { return n(from, 4) >= 1900 && n(from, 4) <= 2099; };
    if (pin.size() == 6) {
        return isDate(n(0, 2), n(2, 2)) || isDate(n(2, 2), n(0, 2)) || isDate(n(4, 2), n(2, 2)) || isYear(0)
               || isYear(2);
    }
    if (pin.size() == 8) {
        return (isYear(4) && (isDate(n(0, 2), n(2, 2)) || isDate(n(2, 2), n(0, 2))))
               || (isYear(0) && isDate(n(6, 2), n(4, 2))) || (isYear(0) && isYear(4));
    }
    return false;
}
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
        return fail(QT_TRANSLATE_NOOP("Easel::KioskPin", "neither an $argon2id$ hash nor of the form pbkdf2-sha256$iterations$salt$hash"));
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

QString KioskPin::hash(const QString &pin, Cost cost)
{
    if (!sodiumReady())
        return {};
    const QByteArray utf8 = pin.toUtf8();
    const unsigned long long ops = cost == Cost::Moderate ? crypto_pwhash_OPSLIMIT_MODERATE
                                                          : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const size_t memory = cost == Cost::Moderate ? crypto_pwhash_MEMLIMIT_MODERATE : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), ops, memory,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    return QString::fromLatin1(out);
}

QString KioskPin::weakness(const QString &pin)
{
    if (pin.size() < minimumLength)
        return KioskPinText::tr("the PIN needs at least %1 characters").arg(minimumLength);
    if (isRun(pin) || pin == "123456"_L1 || pin == "654321"_L1)
        return KioskPinText::tr("the PIN is a run of characters (like 123456)");
    if (isRepeatedBlock(pin))
        return KioskPinText::tr("the PIN repeats a few characters (like 111111 or 121212)");
    if (isDateLike(pin))
        return KioskPinText::tr("the PIN looks like a date or a year");
    static const QStringList common = {u"password"_s, u"qwerty"_s, u"qwertz"_s, u"azerty"_s, u"abc123"_s,
                                       u"letmein"_s, u"admin1"_s, u"administrator"_s, u"kiosk1"_s,
                                       u"easel1"_s, u"passwort"_s, u"changeme"_s, u"iloveyou"_s};
    if (common.contains(pin.toLower()))
        return KioskPinText::tr("the PIN is a common password");
    return {};
}

bool KioskPin::isLegacy(const QString &stored)
{
    return stored.trimmed().startsWith(scheme);
}

QString KioskPin::hashPbkdf2(const QString &pin, int iterations, const QByteArray &salt)
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
    const QString trimmed = stored.trimmed();
    if (trimmed.startsWith(argon2Prefix)) {
        // libsodium reads the parameters; -1 means it cannot.
        const bool ok = sodiumReady()
                        && crypto_pwhash_str_needs_rehash(trimmed.toLatin1().constData(), crypto_pwhash_OPSLIMIT_MIN,
                                                          crypto_pwhash_MEMLIMIT_MIN)
                               >= 0;
        if (!ok && why)
            *why = KioskPinText::tr("not a valid $argon2id$ hash; make a new one with --kiosk-hash-pin");
        return ok;
    }
    Parsed parsed;
    return parse(trimmed, &parsed, why);
}

bool KioskPin::verify(const QString &pin, const QString &stored)
{
    if (pin.isEmpty())
        return false;
    const QString trimmed = stored.trimmed();
    if (trimmed.startsWith(argon2Prefix)) {
        if (!sodiumReady())
            return false;
        const QByteArray utf8 = pin.toUtf8();
        return crypto_pwhash_str_verify(trimmed.toLatin1().constData(), utf8.constData(), quint64(utf8.size())) == 0;
    }
    Parsed parsed;
    if (!parse(trimmed, &parsed, nullptr))
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
