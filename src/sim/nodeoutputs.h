#pragma once

#include "jsontree.h"

#include <QSize>

namespace Easel::Sim {

// What the simulated nodes produce: image sizes found by walking links upstream, and
// the files SaveImage / PreviewImage write.
class NodeOutputs
{
public:
    struct Geometry
    {
        QSize size{512, 512};
        int batch = 1;
    };
    struct SaveResult
    {
        JsonTree images = JsonTree::array(); // [{filename, subfolder, type}]
        QString errorMessage;                // non-empty: the node raised
    };

    NodeOutputs(const JsonTree &prompt, const JsonTree &extraData, const QString &dataDir);
    Geometry geometry(const QString &nodeId, int depth = 0) const;
    SaveResult saveImages(const QString &nodeId, bool temporary) const;
    static int stepsOf(const QString &classType, const JsonTree &inputs); // 0 = not sampler-like

private:
    JsonTree m_prompt;
    JsonTree m_extraData;
    QString m_dataDir;
};

} // namespace Easel::Sim
