#pragma once

#include <QtGlobal>

namespace Easel {

// Every bound Easel puts on what a server may send, in one place. A server Easel does not
// control (a shared studio box, a rented GPU behind a proxy, a misbehaving custom node)
// must not be able to make it eat memory, wait forever or fill the disk. Exceeding a limit
// fails that one request or job with a message that names the limit; the rest of the
// queue goes on. docs/reliability.md gives the reason for each number.
struct ProtocolLimits
{
    static constexpr qint64 MiB = 1024 * 1024;

    // One WebSocket message. Qt keeps a text message as the frame bytes plus its UTF-16
    // copy (~4x its size in RSS), so text is held to what the biggest legitimate message
    // needs: progress_state of a 10,000-node workflow is ~2 MB, an `executed` with a few
    // thousand file names well under 1 MB.
    qint64 webSocketTextMessageBytes = 8 * MiB;
    // Binary messages are preview frames (a JPEG/PNG of at most a few MB at 1024^2) and
    // the occasional text frame; the socket limit is this one (Qt has one limit for both
    // kinds), text over its own limit is dropped on arrival.
    qint64 webSocketBinaryMessageBytes = 16 * MiB;
    // ComfyUI (aiohttp) sends each message in one frame, so a frame may be a whole message.
    qint64 webSocketFrameBytes = 16 * MiB;

    // JSON bodies. /object_info of a server with many custom node packs is ~100 MB; the
    // catalogue's parse peaks at 1.1-3.4x its size (docs/benchmarks.md), so 192 MiB keeps a
    // hostile one near 660 MB.
    qint64 objectInfoBytes = 192 * MiB;
    // Everything else (/history/{id}, /queue, /prompt's answer, /system_stats, ...): a
    // long /history page of big workflows is a few MB.
    qint64 jsonBytes = 64 * MiB;
    // One /view download: a long video at high bitrate. Read in pieces as it arrives (Qt
    // never buffers more than readBufferBytes), so this bounds time and disk, not memory.
    qint64 viewBytes = 4096 * MiB;
    qint64 readBufferBytes = 1 * MiB;
    // A /view body up to this size is kept in memory for the output store (hashed as it
    // arrives, then written once to its place, or not at all when the library already holds
    // the bytes); a larger one streams to a part file on disk. Still pictures (a 1024^2 PNG
    // is 1-2 MB, a 2048^2 one up to ~8 MB of noise, most far less) stay in memory; videos and
    // giants stream. The store runs two downloads at a time per server, so this bounds the
    // memory to about twice this per server: the cost of the part file (a second file made,
    // opened twice, renamed, and unlinked again for a duplicate) is per output, the memory
    // per download in flight.
    qint64 viewInMemoryBytes = 4 * MiB;

    // A job: how many files its history entry may list, and their total size. A real
    // batch of 64 images with previews lists ~130; a sweep node can list a few hundred.
    int outputsPerJob = 2000;
    qint64 bytesPerJob = 16384 * MiB;

    // The whole of one request, first byte to last: a server trickling one byte a second
    // resets the transfer (inactivity) timeout forever but not this.
    int requestDeadlineMs = 120'000;
    int objectInfoDeadlineMs = 300'000;
    // /view: long enough for viewBytes at ~8 MB/s.
    int viewDeadlineMs = 600'000;
};

} // namespace Easel
