// The simdjson parts ServerEventReader shares between its files (text messages in
// servereventreader.cpp, preview headers in servereventreaderpreview.cpp). Private: not
// part of the protocol library's interface.
#pragma once

#include "servereventreader.h"

#include <simdjson.h>

#include <QString>
#include <QVarLengthArray>

#include <algorithm>
#include <string>
#include <string_view>

namespace Easel {

namespace ReaderDetail {

using simdjson::dom::element;
using simdjson::dom::element_type;

// A running prompt's messages nest four levels (progress_state: root, data, nodes, node);
// anything deeper is left to ServerEvents::parse, whose nesting limit is its own.
constexpr size_t maxDepth = 8;

// What simdjson reads here must be what ServerEvents::parse (QJsonValue's conversions)
// makes of the same frame; where the two could differ, `false` leaves the frame to it:
// a number where an id is expected (QString::number's formatting), a fractional number
// where an integer is (QJsonValue::toInt's rules), a repeated key (QJsonObject keeps the
// last), a non-ASCII key of progress_state's nodes (QJsonObject orders its keys).

inline QString fromUtf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// The short strings a stream repeats in every message (its prompt id, node ids, "running",
// "finished") are made once and shared: a job's ~30 messages would otherwise allocate each
// of them again, on the socket's thread, and free them on the owner's.
class StringCache
{
public:
    QString get(std::string_view s)
    {
        if (s.size() > maxLength)
            return fromUtf8(s);
        for (const Entry &entry : m_entries) {
            if (entry.key == s)
                return entry.value;
        }
        Entry &slot = m_entries[m_next];
        m_next = (m_next + 1) % std::size(m_entries);
        slot.key.assign(s);
        slot.value = fromUtf8(s);
        return slot.value;
    }

private:
    static constexpr size_t maxLength = 64;
    struct Entry
    {
        std::string key;
        QString value;
    };
    Entry m_entries[16];
    size_t m_next = 0;
};

// QJsonValue::toString: a string, else empty.
inline bool readString(StringCache &cache, element e, QString *out)
{
    if (e.type() != element_type::STRING) {
        *out = QString();
        return true;
    }
    std::string_view s;
    if (e.get_string().get(s) != simdjson::SUCCESS)
        return false;
    *out = cache.get(s);
    return true;
}

// The object's fields, each read once: false when a key repeats.
template<typename Visit>
inline bool forEachField(element e, Visit visit)
{
    simdjson::dom::object object;
    if (e.get_object().get(object) != simdjson::SUCCESS)
        return false;
    QVarLengthArray<std::string_view, 16> seen; // no allocation for a message's few keys
    for (const simdjson::dom::key_value_pair field : object) {
        if (std::find(seen.cbegin(), seen.cend(), field.key) != seen.cend())
            return false;
        seen.append(field.key);
        if (!visit(field.key, field.value))
            return false;
    }
    return true;
}

} // namespace ReaderDetail

using namespace ReaderDetail;

struct ServerEventReader::Private
{
    simdjson::dom::parser parser{size_t(maxCommonBytes)};
    std::string padded; // the frame and simdjson's padding, kept from frame to frame
    StringCache strings;

    // The first `size` bytes of `padded` as a document.
    bool parse(size_t size, element *root)
    {
        const std::string_view frame(padded.data(), size);
        // Escaped code points: QJsonDocument takes a lone surrogate that simdjson refuses.
        if (size > size_t(maxCommonBytes) || frame.find("\\u") != std::string_view::npos)
            return false;
        if ((size > parser.capacity() || parser.max_depth() != maxDepth)
            && parser.allocate(std::max(size, parser.capacity()), maxDepth) != simdjson::SUCCESS)
            return false;
        // Malformed, too deep, not UTF-8: the reference says why.
        return parser.parse(padded.data(), size, false).get(*root) == simdjson::SUCCESS;
    }
};

} // namespace Easel
