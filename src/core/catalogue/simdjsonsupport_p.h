#pragma once

// Internal helpers shared by the simdjson-based parsers of this library.
#include "jsontree.h"

#include <simdjson.h>

namespace Easel::Detail {

JsonTree treeFromValue(simdjson::ondemand::value value);
JsonNumber numberFromValue(simdjson::ondemand::value value);
bool hasTrailingContent(simdjson::ondemand::document &doc);
qint64 errorOffset(simdjson::ondemand::document &doc, const simdjson::padded_string &buffer);

} // namespace Easel::Detail
