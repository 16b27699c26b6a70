#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>

namespace Easel::Sim {

// What server.py's upload_mask does with a resolved original_ref: open the original,
// keep its PNG text, convert it to RGBA, put the uploaded mask's alpha into it and save
// it as PNG. The same pixels and text, made fast enough for a 4096² picture:
//  - the original and the mask are decoded side by side;
//  - the last decoded originals are kept (by path, size and modification time): the web
//    UI's editor applies masks to the same original again and again;
//  - the PNG is written by easel_png (rows deflated on every core at zlib level 1)
//    instead of PIL's compress_level=4 — the pixels and text are what LoadImage reads.
class MaskCompositor
{
public:
    enum class Result { Written, OriginalUnreadable, MaskUnreadable, SizeMismatch, WriteFailed };

    Result compose(const QString &originalPath, const QByteArray &maskBytes, const QString &outputPath);

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

    QMutex m_mutex;
    QList<Decoded> m_cache; // most recent first; two 4096² pictures are 128 MB
};

} // namespace Easel::Sim
