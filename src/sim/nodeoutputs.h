#pragma once

#include "jsontree.h"

#include <QImage>
#include <QList>
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
        JsonTree ui;                         // media nodes: the whole UI entry
    };

    NodeOutputs(const JsonTree &prompt, const JsonTree &extraData, const QString &dataDir);
    Geometry geometry(const QString &nodeId, int depth = 0) const;
    SaveResult saveImages(const QString &nodeId, bool temporary) const;
    // SaveAnimatedWEBP, SaveAnimatedPNG, SaveWEBM, SaveVideo, SaveAudio(+MP3/Opus),
    // PreviewAudio: real media (MediaSynth) with the captures' UI shapes; frames from the
    // upstream batch, fps and codec from the node. False: not a media node.
    static bool isMediaSaver(const QString &classType);
    SaveResult saveMedia(const QString &nodeId) const;
    // PreviewAny: {"text": [str(source)]}.
    JsonTree previewText(const QString &nodeId) const;
    static int stepsOf(const QString &classType, const JsonTree &inputs); // 0 = not sampler-like

private:
    QList<QImage> framesOf(const QString &nodeId, int depth = 0) const;
    struct AudioSource;
    QString audioPath(const QString &nodeId, int depth = 0) const;
    JsonTree m_prompt;
    JsonTree m_extraData;
    QString m_dataDir;
};

} // namespace Easel::Sim
