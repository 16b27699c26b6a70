#pragma once

#include "mediakind.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Easel {

// One output as the library index knows it. Paths are absolute here; the index stores them
// relative to the library folder so a library can be moved as a whole.
struct OutputRecord
{
    enum class State { Pending = 0, Stored = 1 };

    qint64 id = 0;
    State state = State::Pending;
    QString server;       // the server's base URL
    QString promptId;
    QString nodeId;
    QString serverFileName; // as the server named it, never used as a path
    QString subfolder;
    QString type;         // output, temp or input
    QString path;         // where it is (Stored) or will be written (Pending)
    qint64 size = 0;      // bytes on disk
    QDateTime createdAt;  // when the job finished (the server's execution start, else now)
    QDateTime storedAt;   // when the file was written
    bool favourite = false;
    QStringList tags;
    QString seed;         // as text: seeds are unsigned 64-bit
    QString promptText;   // the positive prompt, when one was found
    QString workflowName;
    int attempts = 0;     // failed downloads so far
    // What it is and, once its file was read (mediaState), what it holds.
    enum class MediaState { Unread = 0, Read = 1, Unreadable = 2 };
    MediaKind kind = MediaKind::Still;
    MediaState mediaState = MediaState::Unread;
    int width = 0;
    int height = 0;
    int frameCount = 0;   // 1 for stills; 0 unknown
    qint64 durationMs = 0;
    QString codec;        // e.g. "h264", "vp9", "opus"
    QString text;         // Text outputs: the text itself
    QString mediaError;   // why the file could not be read (Unreadable)
};

// What the index keeps per job: the workflow that made the outputs.
struct JobRecord
{
    QString promptId;
    QString server;
    QByteArray apiJson;       // exactly the text that was queued
    QByteArray workflowJson;  // saved (UI) format, may be empty
    QByteArray changedInputs; // JSON {node: {input: value}} that differ from the base workflow
    QString workflowName;
    QDateTime submittedAt;
    bool fetched = false;     // its history entry was read and its outputs recorded
};

} // namespace Easel

Q_DECLARE_METATYPE(Easel::OutputRecord)
