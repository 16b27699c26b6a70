#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QIODevice;

namespace Easel {

// The text entries ComfyUI writes into its outputs (comfyui-protocol.md §6): PNG tEXt,
// iTXt, zTXt and "comf" chunks, and WebP EXIF ASCII tags "key:json". Chunks are read
// from the device one by one; pixel data is skipped, never decoded or loaded.
class ImageMetadata
{
public:
    struct Entry
    {
        QString key;
        QByteArray text; // UTF-8
    };
    // A text chunk larger than this, compressed or not, is refused (not truncated).
    static constexpr qint64 MaxTextBytes = qint64(64) * 1024 * 1024;

    static bool isPng(const QByteArray &head);
    static bool isWebp(const QByteArray &head);

    // Reads the entries; on failure returns false with a message for the user.
    bool readPng(QIODevice *device);
    bool readWebp(QIODevice *device);
    bool readPng(const QByteArray &data);
    bool readWebp(const QByteArray &data);

    const QList<Entry> &entries() const { return m_entries; }
    QByteArray value(const QString &key) const; // the last entry with that key
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);
    bool addPngText(const QByteArray &type, const QByteArray &data);

    QList<Entry> m_entries;
    QString m_error;
};

// zlib data inflated to at most maxBytes; false (and nothing) when it is corrupt or larger.
bool inflateBounded(const QByteArray &compressed, qint64 maxBytes, QByteArray *out);

} // namespace Easel
