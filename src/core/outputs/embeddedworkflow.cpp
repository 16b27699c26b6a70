#include "embeddedworkflow.h"

#include "mediatags.h"
#include "pngchunkscreen.h"

#include <QFile>
#include <QImageReader>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

// SaveAnimatedWEBP's EXIF chunk holds ASCII entries "prompt:<json>" and "workflow:<json>",
// each ending in NUL (see the run_media_animated_webp capture): the chunk is found by
// walking the RIFF chunks, its entries by their "key:" prefix.
EmbeddedWorkflow readWebpExif(QFile *file)
{
    EmbeddedWorkflow workflow;
    const QByteArray head = file->read(12);
    const qint64 end = std::min<qint64>(file->size(), qint64(qFromLittleEndian<quint32>(head.constData() + 4)) + 8);
    qint64 position = 12;
    while (position + 8 <= end && file->seek(position)) {
        const QByteArray chunk = file->read(8);
        if (chunk.size() < 8)
            break;
        const quint32 size = qFromLittleEndian<quint32>(chunk.constData() + 4);
        if (chunk.startsWith("EXIF") && size <= 64 * 1024 * 1024) {
            const QByteArray exif = file->read(size);
            auto entry = [&exif](const QByteArray &key) {
                const qsizetype start = exif.indexOf(QByteArray(key + ':'));
                if (start < 0)
                    return QByteArray();
                const qsizetype from = start + key.size() + 1;
                const qsizetype nul = exif.indexOf('\0', from);
                return exif.mid(from, nul < 0 ? -1 : nul - from);
            };
            workflow.apiJson = entry("prompt");
            workflow.workflowJson = entry("workflow");
            break;
        }
        position += 8 + qint64(size) + (size & 1);
    }
    return workflow;
}

// PNG text chunks anywhere in the file: SaveAnimatedPNG writes its "comf" chunks after the
// frames (run_media_animated_png), where QImageReader::text() does not look. tEXt, comf and
// uncompressed iTXt are read here; compressed ones are left to QImageReader.
EmbeddedWorkflow readPngChunks(QFile *file)
{
    EmbeddedWorkflow workflow;
    qint64 position = 8;
    while (file->seek(position)) {
        const QByteArray head = file->read(8);
        if (head.size() < 8)
            break;
        const quint32 length = qFromBigEndian<quint32>(head.constData());
        const QByteArray type = head.mid(4, 4);
        if (type == "IEND")
            break;
        if ((type == "tEXt" || type == "comf" || type == "iTXt") && length <= 64 * 1024 * 1024) {
            const QByteArray data = file->read(length);
            const qsizetype nul = data.indexOf('\0');
            const QByteArray key = data.left(nul);
            QByteArray text;
            if (nul >= 0 && type != "iTXt") {
                text = data.mid(nul + 1);
            } else if (nul >= 0 && data.size() > nul + 2 && data.at(nul + 1) == 0) {
                const qsizetype language = data.indexOf('\0', nul + 3);
                const qsizetype translated = language < 0 ? -1 : data.indexOf('\0', language + 1);
                if (translated >= 0)
                    text = data.mid(translated + 1);
            }
            if (key == "prompt")
                workflow.apiJson = text;
            else if (key == "workflow")
                workflow.workflowJson = text;
        }
        position += 12 + qint64(length);
    }
    return workflow;
}

} // namespace

EmbeddedWorkflow readEmbeddedWorkflow(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray head = file.peek(16);
        if (head.startsWith("RIFF") && head.mid(8, 4) == "WEBP")
            return readWebpExif(&file);
        if (head.startsWith("\x89PNG\r\n\x1a\n")) {
            const EmbeddedWorkflow chunks = readPngChunks(&file);
            if (!chunks.isEmpty())
                return chunks;
        }
        if (looksLikeMediaContainer(head)) {
            // Video and sound: the "prompt"/"workflow" tags of the container or a stream.
            QList<MediaTag> tags;
            QString error;
            EmbeddedWorkflow workflow;
            if (readMediaTags(&file, &tags, &error)) {
                workflow.apiJson = mediaTagValue(tags, u"prompt"_s);
                workflow.workflowJson = mediaTagValue(tags, u"workflow"_s);
            }
            return workflow;
        }
    }
    if (!PngChunkScreen::fileProblem(path).isEmpty())
        return {};
    QImageReader reader(path);
    EmbeddedWorkflow workflow;
    // text() reads only the header chunks before the image data.
    workflow.apiJson = reader.text(u"prompt"_s).toUtf8();
    workflow.workflowJson = reader.text(u"workflow"_s).toUtf8();
    return workflow;
}

} // namespace Easel
