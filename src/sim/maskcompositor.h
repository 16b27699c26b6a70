#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>
#include <QWaitCondition>

#include <memory>

class QThread;

namespace Easel::Sim {

// What server.py's upload_mask does with a resolved original_ref: open the original,
// keep its PNG text, convert it to RGBA, put the uploaded mask's alpha into it and save
// it as PNG. The same pixels and text, made fast enough for a 4096² picture:
//  - the original and the mask are decoded side by side;
//  - the last decoded originals are kept (by path, size and modification time): the web
//    UI's editor applies masks to the same original again and again;
//  - the PNG is written by easel_png (rows deflated on every core at zlib level 1)
//    instead of PIL's compress_level=4 — the pixels and text are what LoadImage reads;
//  - defer() answers once the headers show what server.py would refuse, and writes the
//    file later: on a background thread of idle priority, or at once (on the caller's
//    thread) when anything needs it — settle(path) before reading or writing a path.
//    The mask editor's save makes two such uploads of a 64 MB composite each; written in
//    line, they were most of a save's time and all of the simulator's event loop.
class MaskCompositor
{
public:
    enum class Result { Written, OriginalUnreadable, MaskUnreadable, SizeMismatch, WriteFailed };

    MaskCompositor();
    ~MaskCompositor(); // writes what is still pending
    MaskCompositor(const MaskCompositor &) = delete;
    MaskCompositor &operator=(const MaskCompositor &) = delete;

    Result compose(const QString &originalPath, const QByteArray &maskBytes, const QString &outputPath);

    // Written (meaning "will be written") or the refusal compose() would give from the
    // headers; a mask whose pixels then fail to decode writes nothing (logged).
    Result defer(const QString &originalPath, const QByteArray &maskBytes, const QString &outputPath);
    // Writes (here, if no thread has started it) every pending composite that reads or
    // writes `path`, and waits for those already being written.
    void settle(const QString &path);
    void settleAll();
    int pendingCount() const;

private:
    struct Decoded
    {
        QString path;
        qint64 size = -1;
        QDateTime modified;
        QImage image; // ARGB32, straight alpha
        QList<QPair<QString, QString>> text;
    };
    Decoded decodeOriginal(const QString &path);

    struct Job
    {
        QString original;
        QString output;
        QByteArray mask;
        bool running = false;
    };
    // Runs here the first pending job that reads or writes `path` (any job when empty), or
    // waits for one being written elsewhere; false when none is left.
    bool settleOne(const QString &path);
    void run(const std::shared_ptr<Job> &job);
    void backgroundLoop();

    QMutex m_mutex;
    QList<Decoded> m_cache; // most recent first; two 4096² pictures are 128 MB

    mutable QMutex m_jobsMutex;
    QWaitCondition m_jobsChanged; // a job queued, taken or finished; or stop
    QList<std::shared_ptr<Job>> m_jobs; // oldest first
    bool m_stopping = false;
    QThread *m_background = nullptr; // started with the first deferred job
};

} // namespace Easel::Sim
