#pragma once

// The shared fixtures the workflow tests read: the catalogue recorded from a real ComfyUI
// (captures/object_info.json), the sample workflows and the prompts they convert to
// (workflows/expected/), so every test reads them the same way.

#include "nodecatalogue.h"
#include "workflowdocument.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace WorkflowFixtures {

// Null when the capture cannot be read.
inline std::shared_ptr<const Easel::NodeCatalogue> recordedCatalogue()
{
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/captures/object_info.json"));
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    return std::make_shared<Easel::NodeCatalogue>(Easel::NodeCatalogue::fromJson(file.readAll()));
}

// A file of workflows/, e.g. "ui/basic-subgraph-zero-uuid.json", with the catalogue set.
inline Easel::WorkflowDocument openWorkflow(const QString &relative,
                                            const std::shared_ptr<const Easel::NodeCatalogue> &catalogue)
{
    QString error;
    Easel::WorkflowDocument doc =
        Easel::WorkflowDocument::fromFile(QStringLiteral(EASEL_SHARED_DIR "/workflows/") + relative, &error);
    doc.setCatalogue(catalogue);
    return doc;
}

// A prompt of workflows/expected/; empty when the file is missing.
inline QJsonObject expectedPrompt(const QString &name)
{
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/workflows/expected/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline QJsonObject apiPrompt(const Easel::WorkflowDocument &doc)
{
    return doc.toApiPrompt().prompt.toQJsonValue().toObject();
}

} // namespace WorkflowFixtures
