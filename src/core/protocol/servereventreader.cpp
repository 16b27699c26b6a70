#include "servereventreader.h"

#include <simdjson.h>

#include <QVarLengthArray>
#include <QtEndian>

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;
using Type = ServerEvent::Type;

// A running prompt's messages nest four levels (progress_state: root, data, nodes, node);
// anything deeper is left to ServerEvents::parse, whose nesting limit is its own.
constexpr size_t maxDepth = 8;

// What simdjson reads here must be what ServerEvents::parse (QJsonValue's conversions)
// makes of the same frame; where the two could differ, `false` leaves the frame to it:
// a number where an id is expected (QString::number's formatting), a fractional number
// where an integer is (QJsonValue::toInt's rules), a repeated key (QJsonObject keeps the
// last), a non-ASCII key of progress_state's nodes (QJsonObject orders its keys).

QString fromUtf8(std::string_view s)
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

bool isNumber(element_type type)
{
    return type == element_type::INT64 || type == element_type::UINT64 || type == element_type::DOUBLE;
}

// QJsonValue::toString: a string, else empty.
bool readString(StringCache &cache, element e, QString *out)
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

// ServerEvents' idString: a string, a number as QString::number (left to the reference),
// else empty.
bool readId(StringCache &cache, element e, QString *out)
{
    return !isNumber(e.type()) && readString(cache, e, out);
}

// QJsonValue::toDouble: a number, else 0.
bool readDouble(element e, double *out)
{
    *out = 0;
    return !isNumber(e.type()) || e.get_double().get(*out) == simdjson::SUCCESS;
}

// QJsonValue::toInteger(): an integer literal within qint64, else 0 (fractions are left to
// the reference).
bool readInteger(element e, qint64 *out)
{
    *out = 0;
    switch (e.type()) {
    case element_type::INT64: {
        int64_t value = 0;
        if (e.get_int64().get(value) != simdjson::SUCCESS)
            return false;
        *out = value;
        return true;
    }
    case element_type::UINT64:
    case element_type::DOUBLE:
        return false;
    default:
        return true;
    }
}

// The object's fields, each read once: false when a key repeats.
template<typename Visit>
bool forEachField(element e, Visit visit)
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

// status.exec_info.queue_remaining, as toObject() and toInt(-1) read it.
bool readQueueRemaining(element status, int *out)
{
    *out = -1;
    if (status.type() != element_type::OBJECT)
        return true;
    return forEachField(status, [&](std::string_view key, element execInfo) {
        if (key != "exec_info" || execInfo.type() != element_type::OBJECT)
            return true;
        return forEachField(execInfo, [&](std::string_view name, element value) {
            if (name != "queue_remaining")
                return true;
            qint64 remaining = -1;
            if (value.type() == element_type::DOUBLE)
                return false;
            if (value.type() == element_type::INT64 && readInteger(value, &remaining)
                && remaining >= INT_MIN && remaining <= INT_MAX)
                *out = int(remaining);
            return true;
        });
    });
}

bool readCachedNodes(StringCache &cache, element nodes, QStringList *out)
{
    if (nodes.type() != element_type::ARRAY)
        return true;
    simdjson::dom::array array;
    if (nodes.get_array().get(array) != simdjson::SUCCESS)
        return false;
    for (const element node : array) {
        QString id;
        if (!readId(cache, node, &id))
            return false;
        out->append(id);
    }
    return true;
}

bool readNodeProgress(StringCache &cache, element nodes, QList<NodeProgress> *out)
{
    if (nodes.type() != element_type::OBJECT)
        return true;
    std::vector<std::pair<std::string_view, NodeProgress>> entries;
    const bool read = forEachField(nodes, [&](std::string_view key, element value) {
        if (std::any_of(key.cbegin(), key.cend(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
            return false;
        NodeProgress progress;
        bool hasNodeId = false;
        if (value.type() == element_type::OBJECT) {
            const bool fields = forEachField(value, [&](std::string_view name, element field) {
                if (name == "node_id") {
                    hasNodeId = true;
                    return readId(cache, field, &progress.nodeId);
                }
                if (name == "display_node_id")
                    return readId(cache, field, &progress.displayNodeId);
                if (name == "state")
                    return readString(cache, field, &progress.state);
                if (name == "value")
                    return readDouble(field, &progress.value);
                if (name == "max")
                    return readDouble(field, &progress.max);
                return true;
            });
            if (!fields)
                return false;
        }
        if (!hasNodeId)
            progress.nodeId = cache.get(key);
        entries.emplace_back(key, std::move(progress));
        return true;
    });
    if (!read)
        return false;
    // QJsonObject iterates its keys in order (ASCII here: byte order).
    std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    out->reserve(qsizetype(entries.size()));
    for (auto &entry : entries)
        out->append(std::move(entry.second));
    return true;
}

// The types read here, with their wire names (shared, never allocated per frame).
bool commonType(std::string_view name, Type *type, QString *typeName)
{
    static const std::pair<std::string_view, std::pair<Type, QString>> types[] = {
        {"progress_state", {Type::ProgressState, u"progress_state"_s}},
        {"progress", {Type::Progress, u"progress"_s}},
        {"executing", {Type::Executing, u"executing"_s}},
        {"execution_start", {Type::ExecutionStart, u"execution_start"_s}},
        {"execution_cached", {Type::ExecutionCached, u"execution_cached"_s}},
        {"execution_success", {Type::ExecutionSuccess, u"execution_success"_s}},
        {"status", {Type::Status, u"status"_s}},
    };
    for (const auto &[wire, known] : types) {
        if (wire == name) {
            *type = known.first;
            *typeName = known.second;
            return true;
        }
    }
    return false;
}

} // namespace

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

ServerEventReader::ServerEventReader()
    : d(std::make_unique<Private>())
{
}

ServerEventReader::~ServerEventReader() = default;

Result<ServerEvent> ServerEventReader::read(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (std::optional<ServerEvent> event = readCommon(utf8)) {
        ++m_common;
        return std::move(*event);
    }
    return ServerEvents::parse(utf8);
}

std::optional<ServerEvent> ServerEventReader::readCommon(const QByteArray &utf8)
{
    if (utf8.size() > maxCommonBytes)
        return std::nullopt;
    d->padded.assign(utf8.constData(), size_t(utf8.size()));
    d->padded.resize(size_t(utf8.size()) + simdjson::SIMDJSON_PADDING);
    return readPadded(size_t(utf8.size()));
}

std::optional<ServerEvent> ServerEventReader::readPadded(size_t size)
{
    element root;
    if (!d->parse(size, &root))
        return std::nullopt;
    std::optional<element> typeValue, dataValue;
    const bool rootRead = forEachField(root, [&](std::string_view key, element value) {
        if (key == "type")
            typeValue = value;
        else if (key == "data")
            dataValue = value;
        return true;
    });
    std::string_view typeName;
    ServerEvent event;
    if (!rootRead || !typeValue || typeValue->get_string().get(typeName) != simdjson::SUCCESS
        || !commonType(typeName, &event.type, &event.typeName))
        return std::nullopt;
    if (!dataValue)
        return event; // every field empty, as toObject() of nothing gives
    if (dataValue->type() != element_type::OBJECT)
        return std::nullopt;
    const Type type = event.type;
    const bool dataRead = forEachField(*dataValue, [&](std::string_view key, element value) {
        if (key == "prompt_id")
            return readId(d->strings, value, &event.promptId);
        if (key == "timestamp")
            return readInteger(value, &event.timestampMs);
        switch (type) {
        case Type::Status:
            if (key == "sid")
                return readString(d->strings, value, &event.sid);
            if (key == "status")
                return readQueueRemaining(value, &event.queueRemaining);
            return true;
        case Type::ExecutionCached:
            return key != "nodes" || readCachedNodes(d->strings, value, &event.nodes);
        case Type::Executing:
            if (key == "node")
                return readId(d->strings, value, &event.node);
            if (key == "display_node")
                return readId(d->strings, value, &event.displayNode);
            return true;
        case Type::Progress:
            if (key == "node")
                return readId(d->strings, value, &event.node);
            if (key == "value")
                return readDouble(value, &event.value);
            if (key == "max")
                return readDouble(value, &event.max);
            return true;
        case Type::ProgressState:
            return key != "nodes" || readNodeProgress(d->strings, value, &event.nodeProgress);
        default:
            return true;
        }
    });
    if (!dataRead)
        return std::nullopt;
    return event;
}

std::optional<BinaryFrame> ServerEventReader::readPreviewHeader(const QByteArray &frame, qsizetype *imageOffset)
{
    if (frame.size() < 8)
        return std::nullopt;
    BinaryFrame result;
    result.rawType = qFromBigEndian<quint32>(frame.constData());
    const quint32 second = qFromBigEndian<quint32>(frame.constData() + 4);
    if (result.rawType == quint32(BinaryFrame::Type::PreviewImage)) {
        result.type = BinaryFrame::Type::PreviewImage;
        result.imageFormat = second == 2 ? BinaryFrame::ImageFormat::Png : BinaryFrame::ImageFormat::Jpeg;
        *imageOffset = 8;
        return result;
    }
    if (result.rawType != quint32(BinaryFrame::Type::PreviewImageWithMetadata) || qint64(second) > frame.size() - 8
        || qint64(second) > maxCommonBytes)
        return std::nullopt;
    result.type = BinaryFrame::Type::PreviewImageWithMetadata;
    d->padded.assign(frame.constData() + 8, second);
    d->padded.resize(size_t(second) + simdjson::SIMDJSON_PADDING);
    element root;
    if (!d->parse(second, &root) || root.type() != element_type::OBJECT)
        return std::nullopt;
    // As BinaryFrames::parse reads it: a string or empty; image_type "image/png" or JPEG.
    StringCache &strings = d->strings;
    const bool read = forEachField(root, [&](std::string_view key, element value) {
        if (key == "node_id")
            return readString(strings, value, &result.nodeId);
        if (key == "prompt_id")
            return readString(strings, value, &result.promptId);
        if (key == "display_node_id")
            return readString(strings, value, &result.displayNodeId);
        if (key == "parent_node_id")
            return readString(strings, value, &result.parentNodeId);
        if (key == "real_node_id")
            return readString(strings, value, &result.realNodeId);
        if (key == "image_type") {
            std::string_view type;
            const bool png = value.type() == element_type::STRING && value.get_string().get(type) == simdjson::SUCCESS
                             && type == "image/png";
            result.imageFormat = png ? BinaryFrame::ImageFormat::Png : BinaryFrame::ImageFormat::Jpeg;
        }
        return true;
    });
    if (!read)
        return std::nullopt;
    *imageOffset = 8 + qsizetype(second);
    return result;
}

bool ServerEventReader::sameAsReference(const BinaryFrame &a, const BinaryFrame &b)
{
    return a.rawType == b.rawType && a.type == b.type && a.imageFormat == b.imageFormat && a.nodeId == b.nodeId
           && a.promptId == b.promptId && a.displayNodeId == b.displayNodeId && a.parentNodeId == b.parentNodeId
           && a.realNodeId == b.realNodeId && a.text == b.text;
}

bool ServerEventReader::sameAsReference(const ServerEvent &a, const ServerEvent &b)
{
    const auto sameNode = [](const NodeProgress &x, const NodeProgress &y) {
        return x.nodeId == y.nodeId && x.displayNodeId == y.displayNodeId && x.state == y.state
               && x.value == y.value && x.max == y.max;
    };
    return a.type == b.type && a.typeName == b.typeName && a.promptId == b.promptId && a.node == b.node
           && a.displayNode == b.displayNode && a.sid == b.sid && a.queueRemaining == b.queueRemaining
           && a.timestampMs == b.timestampMs && a.value == b.value && a.max == b.max && a.nodes == b.nodes
           && std::equal(a.nodeProgress.cbegin(), a.nodeProgress.cend(), b.nodeProgress.cbegin(),
                         b.nodeProgress.cend(), sameNode)
           && a.output.nodeId == b.output.nodeId && a.output.files == b.output.files
           && a.output.raw == b.output.raw && a.nodeType == b.nodeType && a.exceptionType == b.exceptionType
           && a.exceptionMessage == b.exceptionMessage && a.traceback == b.traceback && a.blocked == b.blocked;
}

} // namespace Easel
