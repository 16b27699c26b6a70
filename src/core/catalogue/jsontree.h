#pragma once

#include "jsonnumber.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <vector>

namespace Easel {

struct JsonParseError
{
    QString message; // "line L, column C: reason"
    qint64 offset = -1;
};

// Bounds for text from outside (workflow files, metadata in images): deeper or larger
// input is refused with a message instead of exhausting the stack or memory.
struct JsonParseLimits
{
    qint64 maxBytes = qint64(256) * 1024 * 1024;
    int maxDepth = 512;
    // Python's json.dumps writes bare NaN, Infinity and -Infinity (workflows embedded in
    // images carry them); when set they are read as null instead of failing.
    bool allowNonFinite = false;
};

// A JSON value that keeps object key order and exact integers (simdjson On-Demand
// underneath), and writes itself back like Python's json.dumps (", " and ": ").
class JsonTree
{
public:
    enum class Type { Null, Bool, Number, String, Array, Object };

    JsonTree() = default;
    static JsonTree fromBool(bool v);
    static JsonTree fromNumber(const JsonNumber &v);
    static JsonTree fromInt(qint64 v) { return fromNumber(JsonNumber::fromInt(v)); }
    static JsonTree fromDouble(double v) { return fromNumber(JsonNumber::fromDouble(v)); }
    static JsonTree fromString(const QString &v);
    static JsonTree array();
    static JsonTree object();
    static JsonTree fromStringList(const QStringList &list);
    static JsonTree fromQJsonValue(const QJsonValue &value);

    // Parses a complete JSON text; on failure returns null and fills error.
    static JsonTree parse(const QByteArray &json, JsonParseError *error = nullptr);
    static JsonTree parse(const QByteArray &json, JsonParseError *error, const JsonParseLimits &limits);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    bool toBool() const { return m_bool; }
    JsonNumber toNumber() const { return m_number; }
    QString toString() const { return m_string; }

    int size() const { return int(m_values.size()); }
    const JsonTree &at(int i) const { return m_values[size_t(i)]; }
    JsonTree &at(int i) { return m_values[size_t(i)]; }
    const QStringList &keys() const { return m_keys; }
    bool contains(QStringView key) const { return find(key) != nullptr; }
    const JsonTree *find(QStringView key) const;
    JsonTree value(QStringView key) const; // null when absent
    void insert(const QString &key, JsonTree value); // replaces in place, else appends
    bool remove(QStringView key);
    void append(JsonTree value);
    void removeAt(int i); // arrays: drops one element
    // Appends without looking for an existing key: for building large objects whose keys
    // are known to be new (insert() is linear in the number of keys).
    void appendMember(const QString &key, JsonTree value);
    JsonTree *findMutable(QStringView key);
    void reserve(int n);

    QJsonValue toQJsonValue() const;
    QByteArray toPython() const; // json.dumps(): ", " ": ", ensure_ascii
    QString toPythonString() const { return QString::fromLatin1(toPython()); }

    bool operator==(const JsonTree &other) const;

private:
    void writePython(QByteArray &out) const;

    Type m_type = Type::Null;
    bool m_bool = false;
    JsonNumber m_number;
    QString m_string;
    QStringList m_keys;             // objects
    std::vector<JsonTree> m_values; // objects (parallel to m_keys) and arrays
};

// "line L, column C" for a byte offset into text.
QString describeJsonOffset(const QByteArray &text, qint64 offset);

} // namespace Easel
