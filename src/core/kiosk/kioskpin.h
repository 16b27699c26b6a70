#pragma once

#include <QByteArray>
#include <QString>

namespace Easel {

// The administrator's PIN, stored only as a salted PBKDF2-HMAC-SHA256 hash in the form
// "pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>" (docs/kiosk.md). The
// iteration count travels with the hash so it can be raised later without breaking
// existing configurations.
class KioskPin
{
public:
    static constexpr int defaultIterations = 120000;
    static constexpr int minimumIterations = 1000;  // below this a hash is refused as weak
    static constexpr int maximumIterations = 10000000; // a typo must not freeze the kiosk

    // A new hash with a random 16-byte salt (or the given one, for reproducible tests).
    static QString hash(const QString &pin, int iterations = defaultIterations, const QByteArray &salt = {});
    // Is stored a well-formed hash? why says what is wrong when not.
    static bool isWellFormed(const QString &stored, QString *why = nullptr);
    // Does pin match stored? False for a malformed hash. The comparison of the derived
    // keys takes the same time wherever they differ.
    static bool verify(const QString &pin, const QString &stored);
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
};

} // namespace Easel
