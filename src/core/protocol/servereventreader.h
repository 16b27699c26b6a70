#pragma once

#include "binaryframe.h"
#include "serverevent.h"

#include <QByteArray>

#include <cstddef>

#include <memory>
#include <optional>

namespace Easel {

// Reads the text frames of one WebSocket, on its thread, reusing its buffers from frame to
// frame. The messages a running prompt repeats (status, execution_start, execution_cached,
// executing, progress, progress_state, execution_success: all but one or two of a job's
// messages) are read with simdjson over the frame's UTF-8 bytes; every other frame, and
// any frame simdjson would read differently from QJsonDocument (see readCommon()), goes
// through ServerEvents::parse, which stays the reference. The result is then the same as
// ServerEvents::parse(text.toUtf8()), except that `data` (the whole data object, which
// only feature_flags is read for) is left empty for the types read here.
// Not thread-safe: one reader per thread.
class ServerEventReader
{
public:
    ServerEventReader();
    ~ServerEventReader();
    ServerEventReader(const ServerEventReader &) = delete;
    ServerEventReader &operator=(const ServerEventReader &) = delete;

    Result<ServerEvent> read(const QString &text);
    // simdjson's part alone (for tests and the fuzz target): the event, or nothing when
    // the frame is left to ServerEvents::parse.
    std::optional<ServerEvent> readCommon(const QByteArray &utf8);
    // Whether an event read here says what the reference's event of the same frame says:
    // every field but `data`, values compared exactly (for tests and the fuzz target).
    static bool sameAsReference(const ServerEvent &read, const ServerEvent &reference);
    // A preview frame's header (type 1; type 4 and its metadata, read with simdjson) as
    // BinaryFrames::parse gives it but without its image: imageBytes stays empty and the
    // image starts at *imageOffset in `frame`, so a frame that is replaced before anyone
    // decodes it is never copied. Nothing for other types, and for metadata left to
    // BinaryFrames::parse (malformed, or read differently by simdjson: as readCommon()).
    std::optional<BinaryFrame> readPreviewHeader(const QByteArray &frame, qsizetype *imageOffset);
    // Every field but imageBytes equal (for tests and the fuzz target).
    static bool sameAsReference(const BinaryFrame &read, const BinaryFrame &reference);
    // Frames read by simdjson so far.
    qint64 commonCount() const { return m_common; }

    // Larger frames are left to ServerEvents::parse: simdjson's parser keeps buffers of
    // the largest document it has read, and a running prompt's messages are a few hundred
    // bytes.
    static constexpr qsizetype maxCommonBytes = 64 * 1024;

private:
    std::optional<ServerEvent> readPadded(size_t size);

    struct Private;
    std::unique_ptr<Private> d;
    qint64 m_common = 0;
};

} // namespace Easel
