// /object_info into the node catalogue: any bytes give a catalogue or a parse error.
#include "fuzzsupport.h"
#include "nodecatalogue.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    easelFuzzInit();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Easel::NodeCatalogue::ParseError error;
    const Easel::NodeCatalogue catalogue = Easel::NodeCatalogue::fromJson(fuzzBytes(data, size), &error);
    for (const QString &name : catalogue.classNames())
        (void)catalogue.nodeClass(name);
    return 0;
}
