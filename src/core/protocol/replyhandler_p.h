#pragma once

// A reply's body as it arrives: shared by startOnce (replyhandler.cpp) and replyhandlerbody.cpp.
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkReply>

#include <memory>

namespace Easel {

namespace ClientDetail {

// The trailer packSinkResult appends: SHA-256, size, and whether the body precedes it.
constexpr qsizetype kSinkTrailerBytes = 32 + qsizetype(sizeof(qint64)) + 1;

// What one reply has read so far, kept beside it (the reply owns nothing of ours).
struct Incoming
{
    QByteArray body;
    // A sink request: the body goes to sinkPath, opened as sink once the body is longer
    // than sinkMemoryBytes (at once when that is 0). Until then it stays in body: a small
    // output the store finds it already holds then never touches the disk, and a new one
    // is written once, straight to its place, by the store's writer.
    QString sinkPath;
    qint64 sinkMemoryBytes = 0;
    std::unique_ptr<QFile> sink; // when the body streams to disk
    // The sink's bytes hashed as they are written: the output store needs the SHA-256 of
    // every download, and reading the file back for it cost a second pass over the disk
    // and a worker-thread hop per file.
    std::unique_ptr<QCryptographicHash> sinkHash;
    qint64 received = 0;
    qint64 maxBytes = 0;
    int deadlineMs = 0;
    // The longest a reply may go without a byte either way (ComfyClient::transferTimeoutMs,
    // 0: no limit): QNetworkRequest::setTransferTimeout's rule, kept here.
    int transferMs = 0;
    QElapsedTimer onWire;       // since the request went on the wire (the deadline's start)
    QElapsedTimer lastActivity; // since the last byte sent or received
    bool tooLarge = false;
    bool deadlinePassed = false;
    bool deadlineStarted = false;
    QString sinkError;
};

bool openSink(Incoming &in);
void drain(QNetworkReply *reply, Incoming &in);
QString malformedAnswer(QNetworkReply *reply);

} // namespace ClientDetail

} // namespace Easel
