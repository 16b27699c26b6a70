#include "servereventreader_p.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

using Type = ServerEvent::Type;

bool isNumber(element_type type)
{
    return type == element_type::INT64 || type == element_type::UINT64 || type == element_type::DOUBLE;
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
