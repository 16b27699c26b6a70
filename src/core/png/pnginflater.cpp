#include "pnginflater.h"

#include <QIODevice>
#include <QtEndian>

#include <isa-l/igzip_lib.h>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {
constexpr qint64 inputChunk = 256 * 1024; // compressed bytes read from the file at a time

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

struct PngInflater::Snapshot
{
    inflate_state state;  // next_in / next_out are not used on resume
    qint64 offset = 0;    // the file position of the first byte the state has not taken
    quint32 remaining = 0; // of its IDAT chunk, from there
    bool finished = false;
};

PngInflater::PngInflater(QIODevice *device)
    : m_device(device)
    , m_input(size_t(inputChunk))
    , m_state(std::make_unique<inflate_state>())
{
}

PngInflater::PngInflater(QIODevice *device, qint64 offset, quint32 length)
    : PngInflater(device)
{
    isal_inflate_init(m_state.get());
    m_state->crc_flag = ISAL_ZLIB;
    m_state->next_in = m_input.data();
    m_state->avail_in = 0;
    m_offset = offset;
    m_remaining = length;
}

PngInflater::~PngInflater() = default;

bool PngInflater::refill()
{
    // Another reader of the device (the other stage, a tile read) may have moved it.
    if (!m_positioned) {
        if (!m_device->seek(m_offset))
            return false;
        m_positioned = true;
    }
    while (m_remaining == 0) {
        char chunk[12]; // the CRC of the chunk just read, then the next chunk's header
        if (m_device->read(chunk, 12) != 12 || std::memcmp(chunk + 8, "IDAT", 4) != 0)
            return false;
        m_offset += 12;
        m_remaining = qFromBigEndian<quint32>(chunk + 4);
        if (m_remaining > 0x7fffffffU)
            return false;
    }
    const qint64 got = m_device->read(reinterpret_cast<char *>(m_input.data()), std::min<qint64>(m_remaining, inputChunk));
    if (got <= 0)
        return false;
    m_offset += got;
    m_remaining -= quint32(got);
    m_state->next_in = m_input.data();
    m_state->avail_in = quint32(got);
    return true;
}

bool PngInflater::inflate(uchar *out, size_t length, QString *error)
{
    m_state->next_out = out;
    m_state->avail_out = quint32(length);
    while (m_state->avail_out > 0) {
        if (m_finished)
            return fail(error, u"the PNG has fewer rows than its header says"_s);
        // ISA-L decodes up to 32 KiB ahead of what is asked: output can come with no input
        // left, so the file is read only when a call gave nothing (near the end of the
        // pixels there may be nothing more to read while rows are still owed).
        const quint32 inBefore = m_state->avail_in;
        const quint32 outBefore = m_state->avail_out;
        if (isal_inflate(m_state.get()) != ISAL_DECOMP_OK)
            return fail(error, u"the PNG's pixel data is damaged"_s);
        if (m_state->block_state == ISAL_BLOCK_FINISH)
            m_finished = true;
        if (m_state->avail_out == outBefore && m_state->avail_in == inBefore && !m_finished) {
            if (m_state->avail_in > 0)
                return fail(error, u"the PNG's pixel data is damaged"_s); // stuck with input left
            if (!refill())
                return fail(error, u"the file ends early"_s);
        }
    }
    return true;
}

std::shared_ptr<const PngInflater::Snapshot> PngInflater::snapshot() const
{
    auto saved = std::make_shared<Snapshot>();
    std::memcpy(static_cast<void *>(&saved->state), m_state.get(), sizeof(inflate_state));
    saved->offset = m_offset - m_state->avail_in;
    saved->remaining = m_remaining + m_state->avail_in;
    saved->finished = m_finished;
    return saved;
}

std::unique_ptr<PngInflater> PngInflater::resume(QIODevice *device, const Snapshot &snapshot)
{
    std::unique_ptr<PngInflater> inflater(new PngInflater(device));
    std::memcpy(static_cast<void *>(inflater->m_state.get()), &snapshot.state, sizeof(inflate_state));
    inflater->m_state->next_in = inflater->m_input.data();
    inflater->m_state->avail_in = 0;
    inflater->m_offset = snapshot.offset;
    inflater->m_remaining = snapshot.remaining;
    inflater->m_finished = snapshot.finished;
    return inflater;
}

} // namespace Easel
