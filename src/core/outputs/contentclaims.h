#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QString>

namespace Easel {

// Which bytes (by SHA-256) are being placed into which library right now, for the whole
// process. Identical bytes are stored once: the store that places them first claims them,
// and every other store writing into the same library (a farm has one store per server,
// each with its own index connection, possibly on its own thread) waits for the release,
// then finds the stored file in the index and shares it. A guard inside one store would
// let two servers that finish the same picture at once both write a copy.
//
// Libraries are told apart by their folder's canonical path (symlinks resolved), so two
// spellings of one folder are one library. Thread-safe; released() is emitted on the
// releasing thread: connect with a context object (queued across threads).
class ContentClaims : public QObject
{
    Q_OBJECT
public:
    // The one registry of the process (never destroyed: stores may outlive statics).
    static ContentClaims *instance();

    // The key for a library folder: its canonical path, or its absolute path while it
    // does not exist yet.
    static QString libraryKey(const QString &libraryDirectory);

    // True when the caller now places these bytes (and must release them); false when
    // someone else is placing them: wait for released() with this library and hash.
    bool claim(const QString &library, const QByteArray &sha256);
    void release(const QString &library, const QByteArray &sha256);
    bool isClaimed(const QString &library, const QByteArray &sha256) const;

signals:
    // Only for bytes a claim was refused for while they were held: nobody else waits for
    // the rest, and every store of the process hears each release (a queued call per store
    // and per output stored, for nothing).
    void released(const QString &library, const QByteArray &sha256);

private:
    ContentClaims() = default;

    mutable QMutex m_mutex;
    QHash<QString, QSet<QByteArray>> m_claims; // library key -> hashes being placed
    QHash<QString, QSet<QByteArray>> m_waited; // of those, the ones a claim was refused for
};

} // namespace Easel
