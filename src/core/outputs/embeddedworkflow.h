#pragma once

#include <QByteArray>
#include <QString>

namespace Easel {

// The workflow ComfyUI writes into its PNG outputs (tEXt "prompt": API format, "workflow":
// saved format), read without decoding pixels. Both empty when the file has none.
struct EmbeddedWorkflow
{
    QByteArray apiJson;
    QByteArray workflowJson;
    bool isEmpty() const { return apiJson.isEmpty() && workflowJson.isEmpty(); }
};

EmbeddedWorkflow readEmbeddedWorkflow(const QString &path);

} // namespace Easel
