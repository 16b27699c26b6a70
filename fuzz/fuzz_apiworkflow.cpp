// libFuzzer target: API-format JSON through the reader and the validator.
#include "nodecatalogue.h"
#include "workflowfile.h"
#include "workflowvalidator.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A small fixed catalogue, so that validation runs its range and list checks.
    static const Easel::NodeCatalogue catalogue = Easel::NodeCatalogue::fromJson(
        R"({"N": {"input": {"required": {"i": ["INT", {"min": 0, "max": 10}], "c": [["a", "b"]],
            "s": ["LATENT"]}}, "output": ["LATENT"], "name": "N"}})");
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const Easel::WorkflowFile file = Easel::WorkflowFile::fromJson(bytes, QStringLiteral("fuzz"), &error);
    if (file.format() == Easel::WorkflowFile::Format::Api)
        (void)Easel::WorkflowValidator(catalogue).validate(file.tree());
    return 0;
}
