// The tree as text in the form Python's json.dumps writes (", " and ": " between items,
// non-ASCII as \u escapes): the form the server and the web UI write.
#include "jsontree.h"

#include <charconv>
#include <cmath>

namespace Easel {

static void writePythonString(QByteArray &out, const QString &s)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const QChar *text = s.constData();
    const qsizetype size = s.size();
    qsizetype i = 0;
    while (i < size) {
        // Printable ASCII other than '"' and '\\' goes as it is, a run at a time: most text
        // (keys, class names, prompts) is all that, and a byte at a time cost more than the
        // rest of writing a prompt.
        qsizetype end = i;
        while (end < size) {
            const char16_t c = text[end].unicode();
            if (c < 0x20 || c > 0x7e || c == u'"' || c == u'\\')
                break;
            ++end;
        }
        if (end > i) {
            const qsizetype at = out.size();
            out.resize(at + (end - i)); // grows geometrically
            char *to = out.data() + at;
            for (qsizetype k = i; k < end; ++k)
                *to++ = char(text[k].unicode());
            i = end;
            if (i == size)
                break;
        }
        const char16_t u = text[i++].unicode();
        switch (u) {
        case u'"': out += "\\\""; break;
        case u'\\': out += "\\\\"; break;
        case u'\n': out += "\\n"; break;
        case u'\r': out += "\\r"; break;
        case u'\t': out += "\\t"; break;
        case u'\b': out += "\\b"; break;
        case u'\f': out += "\\f"; break;
        default: {
            const char escaped[6] = {'\\', 'u', hex[(u >> 12) & 0xf], hex[(u >> 8) & 0xf], hex[(u >> 4) & 0xf],
                                     hex[u & 0xf]};
            out.append(escaped, 6);
        }
        }
    }
    out += '"';
}

// JsonNumber::toText() appended, an integer within int64 without making a QString (every
// integer of a prompt is written once per job: seeds, sizes, steps).
static void writeNumber(QByteArray &out, const JsonNumber &number)
{
    const qint64 value = number.toInt64(0);
    // In range when the same whatever the fallback; "-0" (as read) keeps its sign.
    if (number.isInteger() && value == number.toInt64(1) && (value != 0 || !std::signbit(number.toDouble()))) {
        char text[24];
        const char *end = std::to_chars(text, text + sizeof text, value).ptr;
        out.append(text, end - text);
        return;
    }
    out += number.toText().toLatin1();
}

void JsonTree::writePython(QByteArray &out) const
{
    switch (m_type) {
    case Type::Null: out += "null"; break;
    case Type::Bool: out += m_bool ? "true" : "false"; break;
    case Type::Number: writeNumber(out, m_number); break;
    case Type::String: writePythonString(out, m_string); break;
    case Type::Array:
        out += '[';
        for (size_t i = 0; i < m_values.size(); ++i) {
            if (i)
                out += ", ";
            m_values[i].writePython(out);
        }
        out += ']';
        break;
    case Type::Object:
        out += '{';
        for (qsizetype i = 0; i < m_keys.size(); ++i) {
            if (i)
                out += ", ";
            writePythonString(out, m_keys.at(i));
            out += ": ";
            m_values[size_t(i)].writePython(out);
        }
        out += '}';
        break;
    }
}

QByteArray JsonTree::toPython() const
{
    QByteArray out;
    writePython(out);
    return out;
}

} // namespace Easel
