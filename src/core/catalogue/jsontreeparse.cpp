// Parsing text into a JsonTree (simdjson, on demand), within limits of size and depth, and
// the messages that say where a text is broken.
#include "jsontree.h"

#include "jsonbreak.h"

#include "textposition.h"

#include "simdjsonsupport_p.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace Easel {

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
