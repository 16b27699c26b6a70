// ComfyClient::Private: reading a reply's body (its cap, the sink file, sound HTTP) and packing it.
#include "comfyclient_p.h"
#include "replyhandler_p.h"

#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>
#include <utility>

namespace Easel {

namespace ClientDetail {

// Opens the sink file. Not opened with O_TRUNC: ext4 writes a file truncated to nothing
// out to disk when it is closed (auto_da_alloc), on this thread. A leftover of an earlier
// attempt is emptied here instead.
bool openSink(Incoming &in)
{
    in.sink = std::make_unique<QFile>(in.sinkPath);
    if (!in.sink->open(QIODevice::ReadWrite) || (in.sink->size() > 0 && !in.sink->resize(0))) {
        in.sinkError = in.sink->errorString();
        return false;
    }
    return true;
}

// Moves what Qt has buffered into the body or the sink, and stops the reply at the cap.
// Qt buffers at most readBufferBytes ahead of this (setReadBufferSize), so a giant body
// costs that much memory, not its size.
void drain(QNetworkReply *reply, Incoming &in)
{
    in.lastActivity.start(); // a clock read (vDSO): no timer restarted per chunk
    while (reply->bytesAvailable() > 0 && !in.tooLarge && in.sinkError.isEmpty()) {
        const QByteArray chunk = reply->read(std::min<qint64>(reply->bytesAvailable(), 1 << 20));
        if (chunk.isEmpty())
            break;
        in.received += chunk.size();
        if (in.received > in.maxBytes) {
            in.tooLarge = true;
            reply->abort();
            return;
        }
        if (in.sinkHash)
            in.sinkHash->addData(chunk);
        if (!in.sink && !in.sinkPath.isEmpty() && in.received > in.sinkMemoryBytes) {
            // Past what stays in memory: to disk from here on, what was kept first.
            if (!openSink(in) || in.sink->write(in.body) != in.body.size()) {
                if (in.sinkError.isEmpty())
                    in.sinkError = in.sink->errorString();
                reply->abort();
                return;
            }
            in.body = QByteArray();
        }
        if (in.sink) {
            if (in.sink->write(chunk) != chunk.size()) {
                in.sinkError = in.sink->errorString();
                reply->abort();
                return;
            }
        } else {
            in.body.append(chunk);
        }
    }
}

// Answers Qt passes through that HTTP forbids: a status outside 100–599 (a "-200"), or
// Content-Length headers that disagree (RFC 9110 §8.6: unrecoverable; Qt reads by one
// of them, which let a 5-byte "PNG" through). Empty when the reply is sound.
QString malformedAnswer(QNetworkReply *reply)
{
    const QVariant statusValue = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (statusValue.isValid()) {
        const int status = statusValue.toInt();
        if (status < 100 || status > 599)
            return QCoreApplication::translate("Easel::ProtocolError", "status %1 is not an HTTP status").arg(statusValue.toString());
    }
    QByteArray length;
    for (const QNetworkReply::RawHeaderPair &header : reply->rawHeaderPairs()) {
        if (header.first.compare("Content-Length", Qt::CaseInsensitive) != 0)
            continue;
        // Qt joins repeated headers with ", ".
        for (const QByteArray &value : header.second.split(',')) {
            const QByteArray trimmed = value.trimmed();
            if (length.isEmpty())
                length = trimmed;
            else if (trimmed != length)
                return QCoreApplication::translate("Easel::ProtocolError", "conflicting Content-Length headers (%1)").arg(QString::fromLatin1(header.second.left(80)));
        }
    }
    return {};
}

} // namespace ClientDetail

using ClientDetail::kSinkTrailerBytes;

Result<Done> ignoreBody(const QByteArray &, const QString &)
{
    // These endpoints answer 200 with an empty application/octet-stream body.
    return Done{};
}

Result<QByteArray> rawBody(const QByteArray &body, const QString &)
{
    return body;
}

QByteArray packSinkResult(QByteArray body, bool inMemory, qint64 size, const QByteArray &sha256)
{
    Q_ASSERT(sha256.size() == 32);
    char trailer[kSinkTrailerBytes];
    std::copy_n(sha256.constData(), 32, trailer);
    qToLittleEndian<qint64>(size, trailer + 32);
    trailer[kSinkTrailerBytes - 1] = inMemory ? 1 : 0;
    body.append(trailer, kSinkTrailerBytes);
    return body;
}

SavedFile unpackSinkResult(QByteArray packed)
{
    SavedFile saved;
    if (packed.size() < kSinkTrailerBytes)
        return saved;
    const char *trailer = packed.constData() + packed.size() - kSinkTrailerBytes;
    saved.sha256 = QByteArray(trailer, 32);
    saved.size = qFromLittleEndian<qint64>(trailer + 32);
    saved.inMemory = trailer[kSinkTrailerBytes - 1] != 0;
    if (saved.inMemory) {
        packed.chop(kSinkTrailerBytes); // in place: the body is not copied
        saved.bytes = std::move(packed);
    }
    return saved;
}

} // namespace Easel
