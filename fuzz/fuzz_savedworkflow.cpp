// libFuzzer target: saved (UI) workflow JSON through the reader and the conversion to an
// API prompt (subgraphs, group nodes, bypass and reroute chains), then validation.
#include "nodecatalogue.h"
#include "promptconverter.h"
#include "savedworkflow.h"
#include "workflowfile.h"
#include "workflowvalidator.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Easel::NodeCatalogue catalogue = Easel::NodeCatalogue::fromJson(
        R"({"KSampler": {"input": {"required": {"seed": ["INT", {"min": 0, "max": 18446744073709551615,
              "control_after_generate": true}], "model": ["MODEL"], "c": [["a", "b"]]},
              "optional": {"f": ["FLOAT", {"forceInput": true}]}}, "output": ["LATENT"], "name": "KSampler"},
            "LoadImage": {"input": {"required": {"image": [["x.png"], {"image_upload": true}]}},
              "output": ["IMAGE", "MASK"], "name": "LoadImage"}})");
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const Easel::WorkflowFile file = Easel::WorkflowFile::fromJson(bytes, QStringLiteral("fuzz"), &error);
    if (file.format() != Easel::WorkflowFile::Format::Saved)
        return 0;
    Easel::WorkflowDiagnostics diagnostics;
    const Easel::SavedWorkflow saved = Easel::SavedWorkflow::fromTree(file.tree(), &diagnostics);
    const Easel::PromptConverter::Result result = Easel::PromptConverter(catalogue).convert(saved);
    (void)Easel::WorkflowValidator(catalogue).validate(result.prompt);
    (void)result.prompt.toPython();
    return 0;
}
