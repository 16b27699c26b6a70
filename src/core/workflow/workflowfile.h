#pragma once

#include "jsontree.h"

#include <QString>

class QIODevice;

namespace Easel {

// A workflow as read from disk, whatever its extension: API JSON, a saved (UI) workflow,
// or a PNG/WebP output of ComfyUI carrying one (comfyui-protocol.md §6). The format is
// sniffed from the content.
class WorkflowFile
{
public:
    enum class Format { None, Api, Saved };
    enum class Container { Json, Png, Webp, Media }; // Media: MP4, WebM, FLAC, MP3, Ogg...
    // Larger JSON files are refused before reading: a workflow with 10,000 nodes is
    // about 10 MB.
    static constexpr qint64 MaxJsonBytes = qint64(128) * 1024 * 1024;

    static WorkflowFile fromFile(const QString &path, QString *error);
    static WorkflowFile fromData(const QByteArray &data, const QString &sourceName, QString *error);
    // Only JSON text (no image sniffing); used by the fuzzers and by fromData.
    static WorkflowFile fromJson(const QByteArray &json, const QString &sourceName, QString *error);

    bool isNull() const { return m_format == Format::None; }
    Format format() const { return m_format; }
    Container container() const { return m_container; }
    QString sourceName() const { return m_sourceName; }
    // The saved workflow, or the API prompt when that is all the file has.
    const JsonTree &tree() const { return m_tree; }
    // An image's "prompt" entry next to its "workflow" (null when absent).
    const JsonTree &embeddedPrompt() const { return m_embeddedPrompt; }

private:
    static WorkflowFile fromImage(QIODevice *device, Container container, const QString &sourceName,
                                  QString *error);

    Format m_format = Format::None;
    Container m_container = Container::Json;
    QString m_sourceName;
    JsonTree m_tree;
    JsonTree m_embeddedPrompt;
};

} // namespace Easel
