// OutputStore's placement of a checked download: identical bytes stored once per library,
// one placement per content at a time across every store of the process (ContentClaims).

#include "outputstore.h"

#include "contentclaims.h"
#include "futurecallback.h"
#include "libraryindex.h"
#include "outputstorefiles.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Easel {

using namespace StoreFiles;

void OutputStore::place(const OutputRecord &record, const QString &part, const QByteArray &sha256,
                        qint64 size)
{
    // One placement per content and library at a time, across every store of the process
    // (a farm has one per server, all writing into the same folder): a second identical
    // download waits for the first to be stored, then shares its file instead of making a
    // second copy.
    if (m_libraryKey.isEmpty())
        m_libraryKey = ContentClaims::libraryKey(libraryDirectory());
    if (!ContentClaims::instance()->claim(m_libraryKey, sha256)) {
        m_waitingToPlace.append({record, part, sha256, size});
        return;
    }
    m_claimed.insert(sha256);
    const QString shared = m_index->storedWithHash(sha256, size);
    const FileDigest digest{sha256, size};
    onFinished(QtConcurrent::run([record, part, digest, shared] { return placeOrShare(record, part, digest, shared); }),
               this, [this, record, sha256, shared](const WriteResult &written) {
                   --m_inFlight;
                   if (written.staleShared) {
                       qCInfo(lcOutputs) << "not sharing" << shared << "- it changed or went away since it was stored";
                       m_index->forgetHash(shared);
                   }
                   if (written.size < 0)
                       failed(record, written.error);
                   else
                       stored(record, written.size, &written.media, sha256, written.path);
                   // Released once the row is Stored (committed): those that waited for
                   // these bytes, in this store or another, now find the stored file.
                   m_claimed.remove(sha256);
                   ContentClaims::instance()->release(m_libraryKey, sha256);
                   pump();
               });
}

void OutputStore::placeWaiting(const QString &library, const QByteArray &sha256)
{
    if (library != m_libraryKey)
        return;
    QList<WaitingPlacement> waiting;
    for (qsizetype i = 0; i < m_waitingToPlace.size();) {
        if (m_waitingToPlace.at(i).sha256 == sha256)
            waiting.append(m_waitingToPlace.takeAt(i));
        else
            ++i;
    }
    // The first claims the bytes again; the rest wait for that placement.
    for (const WaitingPlacement &w : std::as_const(waiting))
        place(w.record, w.part, w.sha256, w.size);
}

} // namespace Easel
