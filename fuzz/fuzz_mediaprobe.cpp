// libFuzzer target: the media readers on bytes in memory. FFmpeg's demuxers and decoders
// behind Easel's own I/O and limits (probeMedia: headers, the middle frame, the waveform),
// the container tags the workflow is read from, and the animated WebP chunk walk.
#include "mediaprobe.h"
#include "mediatags.h"

#include <QBuffer>
#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Easel::MediaProbeOptions options;
    options.thumbnailSize = 32;
    options.peakBins = 16;
    options.timeoutMs = 2000;
    options.maxPixels = 4096 * 4096;
    (void)Easel::probeMedia(&buffer, options);
    buffer.seek(0);
    QList<Easel::MediaTag> tags;
    QString error;
    (void)Easel::readMediaTags(&buffer, &tags, &error);
    buffer.seek(0);
    (void)Easel::readWebpAnimation(&buffer);
    return 0;
}
