#include "jsontree.h"

#include <QJsonArray>
#include <QJsonObject>

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

} // namespace Easel
