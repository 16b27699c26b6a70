#pragma once

#include <QByteArray>
#include <QString>

namespace Easel {

// The administrator's PIN, stored only as a slow salted hash (docs/kiosk.md):
//  - Argon2id (libsodium's crypto_pwhash_str, "$argon2id$v=19$m=…,t=…,p=1$salt$hash"),
//    what --kiosk-hash-pin writes: memory-hard, so a stolen config costs an attacker
//    a quarter gigabyte and a good part of a second per guess;
//  - the older "pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>", still
//    verified so an installed kiosk keeps working; the policy reports it as one to re-hash.
class KioskPin
{
public:
    static constexpr int minimumLength = 6;
    static constexpr int defaultIterations = 120000; // PBKDF2 (older hashes)
    static constexpr int minimumIterations = 1000;  // below this a PBKDF2 hash is refused as weak
    static constexpr int maximumIterations = 10000000; // a typo must not freeze the kiosk

    // Argon2id's cost: Moderate (3 passes over 256 MiB) for kiosks; Interactive (2 over
    // 64 MiB) for tests.
    enum class Cost { Interactive, Moderate };
    // A new Argon2id hash with a random salt; empty when libsodium fails (out of memory).
    static QString hash(const QString &pin, Cost cost = Cost::Moderate);
    // An older-format hash (for tests of that format and tools that still make it).
    static QString hashPbkdf2(const QString &pin, int iterations = defaultIterations, const QByteArray &salt = {});
    // Why a PIN is too easy to guess (shorter than minimumLength, one character repeated,
    // a run like 123456 or fedcba, a repeated block like 121212, a date or a year like
    // 010190, 19900101, common words), or empty when it is not.
    static QString weakness(const QString &pin);

    // Is stored a well-formed hash? why says what is wrong when not.
    static bool isWellFormed(const QString &stored, QString *why = nullptr);
    static bool isLegacy(const QString &stored);
    // Does pin match stored? False for an empty PIN or a malformed hash. Slow by design:
    // call it off the GUI thread.
    static bool verify(const QString &pin, const QString &stored);
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
};

} // namespace Easel
