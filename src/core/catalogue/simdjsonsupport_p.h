#pragma once

// Internal helpers shared by the simdjson-based parsers of this library.
#include "jsontree.h"

#include <simdjson.h>

#include <string_view>
#include <unordered_map>

namespace Easel::Detail {

// Object keys repeat ("id", "type", "inputs" ... in every node); one shared QString per
// distinct short key saves an allocation and a UTF-8 conversion per occurrence. The
// string_views point into the parser's string buffer, valid for the whole document.
struct KeyCache
{
    std::unordered_map<std::string_view, QString> keys;
    QString key(std::string_view raw);
};

JsonTree treeFromValue(simdjson::ondemand::value value, int depthLeft = 1024, KeyCache *keys = nullptr);
JsonNumber numberFromValue(simdjson::ondemand::value value);
bool hasTrailingContent(simdjson::ondemand::document &doc);
qint64 errorOffset(simdjson::ondemand::document &doc, const simdjson::padded_string &buffer);

} // namespace Easel::Detail
