#include "jsonnumber.h"

#include <QByteArray>
#include <QLocale>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Easel {

JsonNumber JsonNumber::fromInt(qint64 v)
{
    JsonNumber n;
    n.m_kind = Kind::Signed;
    n.m_negative = v < 0;
    n.m_magnitude = v < 0 ? quint64(0) - quint64(v) : quint64(v);
    return n;
}

JsonNumber JsonNumber::fromUInt(quint64 v)
{
    JsonNumber n;
    n.m_kind = v > quint64(std::numeric_limits<qint64>::max()) ? Kind::Unsigned : Kind::Signed;
    n.m_magnitude = v;
    return n;
}

JsonNumber JsonNumber::fromDouble(double v)
{
    JsonNumber n;
    n.m_kind = Kind::Real;
    n.m_real = v;
    return n;
}

JsonNumber JsonNumber::fromText(QStringView text, bool *ok)
{
    const QStringView t = text.trimmed();
    auto fail = [ok] {
        if (ok)
            *ok = false;
        return JsonNumber();
    };
    if (t.isEmpty())
        return fail();
    qsizetype i = 0;
    const bool negative = t.at(0) == u'-';
    if (negative)
        ++i;
    if (i >= t.size())
        return fail();
    bool isIntegerText = true;
    for (qsizetype j = i; j < t.size(); ++j) {
        const QChar c = t.at(j);
        if (c.isDigit())
            continue;
        if (c == u'.' || c == u'e' || c == u'E' || c == u'+' || c == u'-') {
            isIntegerText = false;
            continue;
        }
        return fail();
    }
    if (!t.at(i).isDigit())
        return fail();
    if (isIntegerText) {
        quint64 magnitude = 0;
        bool overflow = false;
        for (qsizetype j = i; j < t.size(); ++j) {
            const quint64 digit = quint64(t.at(j).unicode() - u'0');
            if (magnitude > (std::numeric_limits<quint64>::max() - digit) / 10) {
                overflow = true;
                break;
            }
            magnitude = magnitude * 10 + digit;
        }
        if (!overflow) {
            if (ok)
                *ok = true;
            JsonNumber n;
            n.m_magnitude = magnitude;
            n.m_negative = negative && magnitude != 0;
            constexpr quint64 int64Max = quint64(std::numeric_limits<qint64>::max());
            if (!n.m_negative)
                n.m_kind = magnitude > int64Max ? Kind::Unsigned : Kind::Signed;
            else
                n.m_kind = magnitude > int64Max + 1 ? Kind::Negative128 : Kind::Signed;
            return n;
        }
    }
    bool converted = false;
    const double d = QLocale::c().toDouble(t, &converted);
    if (!converted || !std::isfinite(d))
        return fail();
    if (ok)
        *ok = true;
    return fromDouble(d);
}

double JsonNumber::toDouble() const
{
    switch (m_kind) {
    case Kind::None:
        return 0;
    case Kind::Real:
        return m_real;
    default:
        return m_negative ? -double(m_magnitude) : double(m_magnitude);
    }
}

qint64 JsonNumber::toInt64(qint64 fallback) const
{
    switch (m_kind) {
    case Kind::Signed:
    case Kind::Unsigned:
        if (!m_negative)
            return m_magnitude <= quint64(std::numeric_limits<qint64>::max()) ? qint64(m_magnitude) : fallback;
        if (m_magnitude <= quint64(std::numeric_limits<qint64>::max()))
            return -qint64(m_magnitude);
        return m_magnitude == quint64(std::numeric_limits<qint64>::max()) + 1 ? std::numeric_limits<qint64>::min()
                                                                              : fallback;
    case Kind::Real:
        // 2^63 is exactly representable; anything at or beyond it (and NaN) is out of range.
        if (!(m_real > -9223372036854775808.0 && m_real < 9223372036854775808.0))
            return fallback;
        return qint64(m_real);
    case Kind::Negative128:
    case Kind::None:
        break;
    }
    return fallback;
}

int JsonNumber::toInt(int fallback) const
{
    const qint64 v = toInt64(std::numeric_limits<qint64>::min());
    if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max())
        return fallback;
    return int(v);
}

QString JsonNumber::toText() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Real: {
        if (!std::isfinite(m_real))
            return m_real != m_real ? u"NaN"_s : (m_real > 0 ? u"Infinity"_s : u"-Infinity"_s);
        // Python repr(): shortest round-trip digits, fixed notation for exponents in
        // [-4, 16), always with a '.' or an exponent.
        const QString scientific = QString::number(m_real, 'e', QLocale::FloatingPointShortest);
        const qsizetype e = scientific.indexOf(u'e');
        const int exponent = e < 0 ? 0 : scientific.mid(e + 1).toInt();
        if (exponent < -4 || exponent >= 16)
            return scientific;
        QString s = QString::number(m_real, 'f', QLocale::FloatingPointShortest);
        if (!s.contains(u'.'))
            s += ".0"_L1;
        return s;
    }
    default:
        return (m_negative ? u"-"_s : QString()) + QString::number(m_magnitude);
    }
}

int JsonNumber::compare(const JsonNumber &other) const
{
    if (isInteger() && other.isInteger()) {
        if (m_negative != other.m_negative)
            return m_negative ? -1 : 1;
        if (m_magnitude == other.m_magnitude)
            return 0;
        const bool smallerMagnitude = m_magnitude < other.m_magnitude;
        return (smallerMagnitude != m_negative) ? -1 : 1;
    }
    const double a = toDouble();
    const double b = other.toDouble();
    return a < b ? -1 : (a > b ? 1 : 0);
}

} // namespace Easel
