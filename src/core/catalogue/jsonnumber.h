#pragma once

#include <QString>
#include <QtGlobal>

namespace Easel {

// A JSON number kept exactly as the server wrote it: seeds are unsigned 64-bit
// (max 18446744073709551615) and some bounds are below int64's range, which a double or
// QJsonValue would round. isInteger() numbers compare exactly.
class JsonNumber
{
public:
    enum class Kind { None, Signed, Unsigned, Negative128, Real };

    JsonNumber() = default;
    static JsonNumber fromInt(qint64 v);
    static JsonNumber fromUInt(quint64 v);
    static JsonNumber fromDouble(double v);
    // Parses JSON number text ("-18446744073709551615", "1e9", "0.5").
    static JsonNumber fromText(QStringView text, bool *ok = nullptr);

    bool isValid() const { return m_kind != Kind::None; }
    bool isInteger() const { return m_kind != Kind::Real && m_kind != Kind::None; }
    double toDouble() const;
    QString toText() const; // JSON text, exact for integers
    // The value as a signed 64-bit integer, truncating a fraction; fallback when it is
    // outside int64's range or not finite (a cast would be undefined behaviour there).
    qint64 toInt64(qint64 fallback = 0) const;
    // The same, bounded to int.
    int toInt(int fallback = 0) const;

    // -1, 0, 1; exact for integers, by double otherwise.
    int compare(const JsonNumber &other) const;
    bool operator==(const JsonNumber &other) const { return compare(other) == 0; }
    bool operator<(const JsonNumber &other) const { return compare(other) < 0; }

private:
    Kind m_kind = Kind::None;
    bool m_negative = false; // with magnitude, for integers
    quint64 m_magnitude = 0;
    double m_real = 0;
};

} // namespace Easel
