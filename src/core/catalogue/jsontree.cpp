#include "jsontree.h"

#include "simdjsonsupport_p.h"

#include <QJsonArray>
#include <QJsonObject>

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
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        if (m_keys.at(i) == key)
            return &m_values[size_t(i)];
    }
    return nullptr;
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
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"': out += "\\\""; break;
        case u'\\': out += "\\\\"; break;
        case u'\n': out += "\\n"; break;
        case u'\r': out += "\\r"; break;
        case u'\t': out += "\\t"; break;
        case u'\b': out += "\\b"; break;
        case u'\f': out += "\\f"; break;
        default:
            if (u < 0x20 || u > 0x7e) {
                out += "\\u";
                out += hex[(u >> 12) & 0xf];
                out += hex[(u >> 8) & 0xf];
                out += hex[(u >> 4) & 0xf];
                out += hex[u & 0xf];
            } else {
                out += char(u);
            }
        }
    }
    out += '"';
}

void JsonTree::writePython(QByteArray &out) const
{
    switch (m_type) {
    case Type::Null: out += "null"; break;
    case Type::Bool: out += m_bool ? "true" : "false"; break;
    case Type::Number: out += m_number.toText().toLatin1(); break;
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
    const qint64 end = qBound<qint64>(0, offset, text.size());
    int line = 1;
    qint64 lineStart = 0;
    for (qint64 i = 0; i < end; ++i) {
        if (text.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return u"line %1, column %2"_s.arg(line).arg(end - lineStart + 1);
}

namespace Detail {

JsonTree treeFromValue(simdjson::ondemand::value value)
{
    using simdjson::ondemand::json_type;
    const json_type type = value.type();
    switch (type) {
    case json_type::object: {
        JsonTree t = JsonTree::object();
        simdjson::ondemand::object obj = value.get_object();
        for (auto fieldResult : obj) {
            auto &field = fieldResult;
            const std::string_view key = field.unescaped_key();
            t.insert(QString::fromUtf8(key.data(), qsizetype(key.size())), treeFromValue(field.value()));
        }
        return t;
    }
    case json_type::array: {
        JsonTree t = JsonTree::array();
        simdjson::ondemand::array arr = value.get_array();
        for (auto element : arr)
            t.append(treeFromValue(element.value()));
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
    const std::string_view token = value.raw_json_token();
    bool ok = false;
    const JsonNumber n = JsonNumber::fromText(QString::fromLatin1(token.data(), qsizetype(token.size())), &ok);
    if (!ok)
        throw simdjson::simdjson_error(simdjson::NUMBER_ERROR);
    // Consume the value so the iterator moves on.
    double ignored = 0;
    const auto consumed = value.get_double().get(ignored);
    Q_UNUSED(consumed);
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

JsonTree JsonTree::parse(const QByteArray &json, JsonParseError *error)
{
    simdjson::padded_string buffer(json.constData(), size_t(json.size()));
    simdjson::ondemand::parser parser;
    simdjson::ondemand::document doc;
    auto fail = [&](simdjson::error_code code, qint64 offset) {
        if (error) {
            error->offset = offset;
            error->message = describeJsonOffset(json, offset) + ": "_L1
                + QString::fromLatin1(simdjson::error_message(code));
        }
        return JsonTree();
    };
    if (auto code = parser.iterate(buffer).get(doc); code != simdjson::SUCCESS)
        return fail(code, 0);
    try {
        JsonTree result;
        using simdjson::ondemand::json_type;
        const json_type type = doc.type();
        if (type == json_type::object || type == json_type::array) {
            simdjson::ondemand::value root = doc.get_value();
            result = Detail::treeFromValue(root);
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
                return fail(simdjson::NUMBER_ERROR, 0);
            double ignored = 0;
            const auto consumed = doc.get_double().get(ignored);
            Q_UNUSED(consumed);
        } else if (!bool(doc.is_null())) {
            return fail(simdjson::INCORRECT_TYPE, 0);
        }
        if (Detail::hasTrailingContent(doc))
            return fail(simdjson::TRAILING_CONTENT, Detail::errorOffset(doc, buffer));
        if (error)
            *error = {};
        return result;
    } catch (const simdjson::simdjson_error &e) {
        return fail(e.error(), Detail::errorOffset(doc, buffer));
    }
}

} // namespace Easel
