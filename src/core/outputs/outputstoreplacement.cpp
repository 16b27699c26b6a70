// OutputStore's placement of a checked download: identical bytes stored once per library.
// Within the process, one placement per content at a time across every store
// (ContentClaims); across processes, the claim is made in the index when the row is
// recorded (LibraryIndex::claimContent), and a process that finds itself second shares the
// first one's file and removes its own copy.
//
// Why a claim at record time and not a lock held from look-up to record (a claims table
// with a lease, or a lock file per hash): the bytes are downloaded before their hash is
// known, so a lock would save only a rename; waiting on another process's lock needs
// polling; and a lock outlives a killed process, to be expired by a guess (a process id
// says nothing across machines sharing a folder; a timeout either blocks long after a
// crash or is taken from a slow live holder, who then keeps a copy anyway). The claim
// here is one SQLite transaction: a process killed at any step leaves no claim, no Stored
// row whose file is missing (a copy is removed only while its own row is still Pending,
// which the next start fetches again), at worst one unrecorded file at its reserved path,
// which the next start records (OutputStore::pump).

#include "outputstore.h"

#include "contentclaims.h"
#include "futurecallback.h"
#include "libraryindex.h"
#include "outputstorefiles.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Easel {

using namespace StoreFiles;

namespace {

// Another process storing the same bytes again and again while this one checks its file
// (each time changed on disk) would otherwise keep the placement going: after this many
// rounds the output keeps its own copy.
constexpr int maxClaimRounds = 3;

} // namespace

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
    placeAt(record, part, sha256, size, m_index->storedWithHash(sha256, size), 0);
}

void OutputStore::placeAt(const OutputRecord &record, const QString &part, const QByteArray &sha256,
                          qint64 size, const QString &shared, int rounds)
{
    const FileDigest digest{sha256, size};
    onFinished(QtConcurrent::run([record, part, digest, shared] { return placeOrShare(record, part, digest, shared); }),
               this, [this, record, sha256, size, shared, rounds](const WriteResult &written) {
                   if (written.staleShared) {
                       qCInfo(lcOutputs) << "not sharing" << shared << "- it changed or went away since it was stored";
                       m_index->forgetHash(shared);
                   }
                   if (written.size < 0) {
                       failed(record, written.error);
                       placed(sha256);
                       return;
                   }
                   if (written.path != record.path) {
                       // Sharing: recorded only if that file is still on record with these
                       // bytes. Else (removed meanwhile, perhaps by another process) this
                       // copy is gone: the row stays Pending and is fetched again.
                       if (m_index->shareContent(record.id, size, sha256, written.path, &written.media))
                           stored(record, written.size, &written.media, sha256, written.path, true);
                       else
                           failed(record, tr("%1 was removed from the library while it was being shared")
                                              .arg(written.path));
                       placed(sha256);
                       return;
                   }
                   const std::optional<QString> holder = m_index->claimContent(record.id, size, sha256, record.path, &written.media);
                   if (holder && !holder->isEmpty() && rounds < maxClaimRounds) {
                       // Another process stored the same bytes after this one looked: check
                       // its file on the worker and share it, removing this copy.
                       qCInfo(lcOutputs) << "another process stored these bytes at" << *holder;
                       placeAt(record, record.path, sha256, size, *holder, rounds + 1);
                       return;
                   }
                   // holder empty: this row now holds the bytes (marked by the claim).
                   // nullopt (the index failed) or too many rounds: marked here, as before.
                   stored(record, written.size, &written.media, sha256, record.path,
                          holder && holder->isEmpty());
                   placed(sha256);
               });
}

void OutputStore::placed(const QByteArray &sha256)
{
    --m_inFlight;
    // Released once the row is Stored (committed): those that waited for these bytes, in
    // this store or another, now find the stored file.
    m_claimed.remove(sha256);
    ContentClaims::instance()->release(m_libraryKey, sha256);
    pump();
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
