#include "jsontree.h"

#include "jsonbreak.h"

#include "textposition.h"

#include "simdjsonsupport_p.h"

#include <QJsonArray>
#include <QJsonObject>

#include <charconv>
#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Easel {

JsonTree JsonTree::fromBool(bool v)
{
    JsonTree t;
    t.m_type = Type::Bool;
    t.m_bool = v;
    return t;
}

JsonTree JsonTree::fromNumber(const JsonNumber &v)
{
    JsonTree t;
    t.m_type = Type::Number;
    t.m_number = v;
    return t;
}

JsonTree JsonTree::fromString(const QString &v)
{
    JsonTree t;
    t.m_type = Type::String;
    t.m_string = v;
    return t;
}

JsonTree JsonTree::array()
{
    JsonTree t;
    t.m_type = Type::Array;
    return t;
}

JsonTree JsonTree::object()
{
    JsonTree t;
    t.m_type = Type::Object;
    return t;
}

JsonTree JsonTree::fromStringList(const QStringList &list)
{
    JsonTree t = array();
    for (const QString &s : list)
        t.append(fromString(s));
    return t;
}

JsonTree JsonTree::fromQJsonValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return fromBool(value.toBool());
    case QJsonValue::Double: {
        const double d = value.toDouble();
        const qint64 i = value.toInteger();
        if (double(i) == d && value.toVariant().typeId() != QMetaType::Double)
            return fromInt(i);
        return fromDouble(d);
    }
    case QJsonValue::String:
        return fromString(value.toString());
    case QJsonValue::Array: {
        JsonTree t = array();
        const QJsonArray a = value.toArray();
        for (const QJsonValue &v : a)
            t.append(fromQJsonValue(v));
        return t;
    }
    case QJsonValue::Object: {
        JsonTree t = object();
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            t.insert(it.key(), fromQJsonValue(it.value()));
        return t;
    }
    default:
        return {};
    }
}

const JsonTree *JsonTree::find(QStringView key) const
{
    if (m_type != Type::Object)
        return nullptr;
    // From the back: with duplicate keys the last one wins, as in JSON.parse.
    for (qsizetype i = m_keys.size() - 1; i >= 0; --i) {
        if (m_keys.at(i) == key)
            return &m_values[size_t(i)];
    }
    return nullptr;
}

JsonTree *JsonTree::findMutable(QStringView key)
{
    return const_cast<JsonTree *>(std::as_const(*this).find(key));
}

void JsonTree::appendMember(const QString &key, JsonTree value)
{
    m_keys.append(key);
    m_values.push_back(std::move(value));
}

void JsonTree::reserve(int n)
{
    if (m_type == Type::Object)
        m_keys.reserve(n);
    m_values.reserve(size_t(n));
}

JsonTree JsonTree::value(QStringView key) const
{
    const JsonTree *v = find(key);
    return v ? *v : JsonTree();
}

void JsonTree::insert(const QString &key, JsonTree value)
{
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        if (m_keys.at(i) == key) {
            m_values[size_t(i)] = std::move(value);
            return;
        }
    }
    m_keys.append(key);
    m_values.push_back(std::move(value));
}

bool JsonTree::remove(QStringView key)
{
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        if (m_keys.at(i) == key) {
            m_keys.removeAt(i);
            m_values.erase(m_values.begin() + i);
            return true;
        }
    }
    return false;
}

void JsonTree::append(JsonTree value)
{
    m_values.push_back(std::move(value));
}

void JsonTree::removeAt(int i)
{
    if (i < 0 || size_t(i) >= m_values.size())
        return;
    if (m_type == Type::Object)
        m_keys.removeAt(i);
    m_values.erase(m_values.begin() + i);
}

QJsonValue JsonTree::toQJsonValue() const
{
    switch (m_type) {
    case Type::Null:
        return QJsonValue(QJsonValue::Null);
    case Type::Bool:
        return m_bool;
    case Type::Number:
        if (m_number.isInteger() && m_number.compare(JsonNumber::fromInt(std::numeric_limits<qint64>::max())) <= 0
            && m_number.compare(JsonNumber::fromInt(std::numeric_limits<qint64>::min())) >= 0)
            return qint64(m_number.toText().toLongLong());
        return m_number.toDouble();
    case Type::String:
        return m_string;
    case Type::Array: {
        QJsonArray a;
        for (const JsonTree &v : m_values)
            a.append(v.toQJsonValue());
        return a;
    }
    case Type::Object: {
        QJsonObject o;
        for (qsizetype i = 0; i < m_keys.size(); ++i)
            o.insert(m_keys.at(i), m_values[size_t(i)].toQJsonValue());
        return o;
    }
    }
    return {};
}

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

bool JsonTree::operator==(const JsonTree &other) const
{
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Null: return true;
    case Type::Bool: return m_bool == other.m_bool;
    case Type::Number: return m_number == other.m_number;
    case Type::String: return m_string == other.m_string;
    case Type::Array: return m_values == other.m_values;
    case Type::Object: return m_keys == other.m_keys && m_values == other.m_values;
    }
    return false;
}

QString describeJsonOffset(const QByteArray &text, qint64 offset)
{
    return describeTextPosition(text, offset);
}

namespace Detail {

QString KeyCache::key(std::string_view raw)
{
    if (raw.size() > 32)
        return QString::fromUtf8(raw.data(), qsizetype(raw.size()));
    auto it = keys.find(raw);
    if (it == keys.end())
        it = keys.emplace(raw, QString::fromUtf8(raw.data(), qsizetype(raw.size()))).first;
    return it->second;
}

JsonTree treeFromValue(simdjson::ondemand::value value, int depthLeft, KeyCache *keys)
{
    using simdjson::ondemand::json_type;
    const json_type type = value.type();
    switch (type) {
    case json_type::object: {
        if (depthLeft <= 0)
            throw simdjson::simdjson_error(simdjson::DEPTH_ERROR);
        JsonTree t = JsonTree::object();
        simdjson::ondemand::object obj = value.get_object();
        for (auto fieldResult : obj) {
            auto &field = fieldResult;
            const std::string_view key = field.unescaped_key();
            // Appended: duplicate keys are kept and find() returns the last, like JSON.parse.
            t.appendMember(keys ? keys->key(key) : QString::fromUtf8(key.data(), qsizetype(key.size())),
                           treeFromValue(field.value(), depthLeft - 1, keys));
        }
        return t;
    }
    case json_type::array: {
        if (depthLeft <= 0)
            throw simdjson::simdjson_error(simdjson::DEPTH_ERROR);
        JsonTree t = JsonTree::array();
        simdjson::ondemand::array arr = value.get_array();
        for (auto element : arr)
            t.append(treeFromValue(element.value(), depthLeft - 1, keys));
        return t;
    }
    case json_type::number:
        return JsonTree::fromNumber(numberFromValue(value));
    case json_type::string: {
        const std::string_view s = value.get_string();
        return JsonTree::fromString(QString::fromUtf8(s.data(), qsizetype(s.size())));
    }
    case json_type::boolean:
        return JsonTree::fromBool(bool(value.get_bool()));
    case json_type::null:
        if (!bool(value.is_null()))
            throw simdjson::simdjson_error(simdjson::INCORRECT_TYPE);
        return {};
    }
    return {};
}

JsonNumber numberFromValue(simdjson::ondemand::value value)
{
    // The token is read first: get_number() consumes the value, even when it fails.
    const std::string_view token = value.raw_json_token();
    simdjson::ondemand::number number;
    if (value.get_number().get(number) == simdjson::SUCCESS) {
        switch (number.get_number_type()) {
        case simdjson::ondemand::number_type::signed_integer:
            return JsonNumber::fromInt(number.get_int64());
        case simdjson::ondemand::number_type::unsigned_integer:
            return JsonNumber::fromUInt(number.get_uint64());
        case simdjson::ondemand::number_type::floating_point_number:
            // Integer text beyond 64 bits (-18446744073709551615) arrives here as a
            // double; the text path keeps it exact.
            if (token.find_first_of(".eE") != std::string_view::npos)
                return JsonNumber::fromDouble(number.get_double());
            break;
        }
    }
    // Slow path: raw_json_token() may carry trailing whitespace, which fromText trims.
    bool ok = false;
    const JsonNumber n = JsonNumber::fromText(QString::fromLatin1(token.data(), qsizetype(token.size())), &ok);
    if (!ok)
        throw simdjson::simdjson_error(simdjson::NUMBER_ERROR);
    return n;
}

qint64 errorOffset(simdjson::ondemand::document &doc, const simdjson::padded_string &buffer)
{
    const char *location = nullptr;
    if (doc.current_location().get(location) == simdjson::SUCCESS && location)
        return qint64(location - buffer.data());
    return qint64(buffer.size());
}

bool hasTrailingContent(simdjson::ondemand::document &doc)
{
    // After the root value is consumed, current_location() fails (OUT_OF_BOUNDS) unless
    // something follows it.
    const char *location = nullptr;
    return doc.current_location().get(location) == simdjson::SUCCESS;
}

} // namespace Detail

namespace {

// Python's json.dumps writes NaN, Infinity and -Infinity as bare words; outside strings
// they become null. (Offsets in later error messages then count the rewritten text.)
QByteArray withNonFiniteAsNull(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size() + 64);
    bool inString = false;
    const qsizetype n = text.size();
    const char *d = text.constData();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = d[i];
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < n)
                out += d[++i];
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == 'N' && i + 3 <= n && std::memcmp(d + i, "NaN", 3) == 0) {
            out += "null";
            i += 2;
            continue;
        } else if (c == 'I' && i + 8 <= n && std::memcmp(d + i, "Infinity", 8) == 0) {
            out += "null";
            i += 7;
            continue;
        } else if (c == '-' && i + 9 <= n && std::memcmp(d + i + 1, "Infinity", 8) == 0) {
            out += "null";
            i += 8;
            continue;
        }
        out += c;
    }
    return out;
}

} // namespace

JsonTree JsonTree::parse(const QByteArray &json, JsonParseError *error)
{
    return parse(json, error, JsonParseLimits{});
}

JsonTree JsonTree::parse(const QByteArray &input, JsonParseError *error, const JsonParseLimits &limits)
{
    constexpr bool lenientRetry = false;
    auto fail = [&](const QByteArray &text, simdjson::error_code code, qint64 offset) {
        if (error) {
            error->offset = offset;
            QString reason = QString::fromLatin1(simdjson::error_message(code));
            if (code == simdjson::DEPTH_ERROR)
                reason = u"nested deeper than %1 levels"_s.arg(limits.maxDepth);
            error->message = describeJsonOffset(text, offset) + ": "_L1 + reason;
            // Strings and brackets point at the character that broke the text (where an
            // unclosed string opened), which simdjson's first pass cannot.
            if (code != simdjson::DEPTH_ERROR) {
                if (const std::optional<JsonBreak> found = locateJsonBreak(text)) {
                    error->offset = found->offset;
                    error->message = found->message;
                }
            }
        }
        return JsonTree();
    };
    if (input.size() > limits.maxBytes) {
        if (error) {
            error->offset = 0;
            error->message = u"the text is %1 MB, more than the %2 MB allowed"_s
                                 .arg(input.size() / (1024 * 1024))
                                 .arg(limits.maxBytes / (1024 * 1024));
        }
        return {};
    }
    // Strict first: the lenient rewrite costs a copy, and only Python-written metadata
    // needs it.
    QByteArray lenient;
    if (limits.allowNonFinite && !lenientRetry) {
        JsonParseLimits strict = limits;
        strict.allowNonFinite = false;
        JsonParseError strictError;
        JsonTree tree = parse(input, &strictError, strict);
        if (strictError.message.isEmpty() || !(input.contains("NaN") || input.contains("Infinity"))) {
            if (error)
                *error = strictError;
            return tree;
        }
        lenient = withNonFiniteAsNull(input);
    }
    const QByteArray &json = lenient.isNull() ? input : lenient;
    simdjson::padded_string buffer(json.constData(), size_t(json.size()));
    simdjson::ondemand::parser parser;
    simdjson::ondemand::document doc;
    if (auto code = parser.iterate(buffer).get(doc); code != simdjson::SUCCESS)
        return fail(json, code, 0);
    try {
        JsonTree result;
        using simdjson::ondemand::json_type;
        const json_type type = doc.type();
        if (type == json_type::object || type == json_type::array) {
            simdjson::ondemand::value root = doc.get_value();
            Detail::KeyCache keys;
            result = Detail::treeFromValue(root, limits.maxDepth, &keys);
        } else if (type == json_type::string) {
            const std::string_view s = doc.get_string();
            result = fromString(QString::fromUtf8(s.data(), qsizetype(s.size())));
        } else if (type == json_type::boolean) {
            result = fromBool(bool(doc.get_bool()));
        } else if (type == json_type::number) {
            const std::string_view token = doc.raw_json_token();
            bool ok = false;
            result = fromNumber(JsonNumber::fromText(QString::fromLatin1(token.data(), qsizetype(token.size())), &ok));
            if (!ok)
                return fail(json, simdjson::NUMBER_ERROR, 0);
            double ignored = 0;
            const auto consumed = doc.get_double().get(ignored);
            Q_UNUSED(consumed);
        } else if (!bool(doc.is_null())) {
            return fail(json, simdjson::INCORRECT_TYPE, 0);
        }
        if (Detail::hasTrailingContent(doc))
            return fail(json, simdjson::TRAILING_CONTENT, Detail::errorOffset(doc, buffer));
        if (error)
            *error = {};
        return result;
    } catch (const simdjson::simdjson_error &e) {
        return fail(json, e.error(), Detail::errorOffset(doc, buffer));
    }
}

} // namespace Easel
