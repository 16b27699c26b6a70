#pragma once

#include "jsontree.h"

namespace Easel::Sim::Detail {

// An integer input of a node, or fallback when it is missing or a link.
inline int intInput(const JsonTree &inputs, QStringView name, int fallback)
{
    const JsonTree v = inputs.value(name);
    return v.isNumber() ? v.toNumber().toInt(fallback) : fallback;
}

} // namespace Easel::Sim::Detail
