#include "typerules.h"

#include "nodecatalogue.h"

using namespace Qt::StringLiterals;

namespace Easel::TypeRules {

namespace {

// The V3 "match type" sockets: the server leaves their check to the frontend.
constexpr QStringView matchType = u"COMFY_MATCHTYPE_V3";

} // namespace

bool isCompatible(const QString &outputType, const QString &inputType)
{
    if (outputType == inputType || outputType == anyType || inputType == anyType)
        return true;
    if (outputType == matchType || inputType == matchType)
        return true;
    // A combo input takes a list-typed output (the catalogue names those "COMBO"); the
    // server compares the lists themselves, which a client cannot know in advance.
    if (inputType == "COMBO"_L1)
        return outputType == "COMBO"_L1;
    const QStringList received = outputType.split(u',');
    const QStringList expected = inputType.split(u',');
    for (const QString &r : received) {
        const QString type = r.trimmed();
        if (type == anyType)
            return true;
        for (const QString &e : expected) {
            if (e.trimmed() == anyType || e.trimmed() == type)
                return true;
        }
    }
    return false;
}

bool isExact(const QString &outputType, const QString &inputType)
{
    return outputType == inputType;
}

bool isOutputNode(const NodeCatalogue &catalogue, const QString &classType)
{
    const NodeClass *cls = catalogue.nodeClass(classType);
    return cls && cls->outputNode;
}

} // namespace Easel::TypeRules
