#pragma once

// Reads one node class of an /object_info answer (simdjson, on demand) into its parts;
// strings, options and inputs are interned through the CatalogueBuilder.
#include "cataloguebuilder.h"
#include "simdjsonsupport_p.h"

namespace Easel::Detail {

// A class as read, before what it shares with others is looked up.
struct ClassParts
{
    QString name;
    QString displayName;
    QString description;
    NodeClassShared shared;
    InputList inputs;
    bool outputNode = false;
    bool deprecated = false;
    bool experimental = false;
};

struct ClassReadResult
{
    ClassParts parts;
    bool ok = true;
};

ClassReadResult readClass(CatalogueBuilder &b, const QString &className, simdjson::ondemand::value v);

} // namespace Easel::Detail
