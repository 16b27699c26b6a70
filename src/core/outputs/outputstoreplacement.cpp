// OutputStore's placement of a checked download: identical bytes stored once per library.
// Within the process, one placement per content at a time across every store
// (ContentClaims, taken here on the store's thread); across processes, the claim is made in
// the index when the row is recorded (LibraryIndex::claimContent, on the writer thread:
// OutputStoreWriter::place), and a process that finds itself second shares the first one's
// file and removes its own copy.
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

namespace Easel {

void OutputStore::place(const Fetched &fetched)
{
    // One placement per content and library at a time, across every store of the process
    // (a farm has one per server, all writing into the same folder): a second identical
    // download waits for the first to be stored, then shares its file instead of making a
    // second copy.
    if (m_libraryKey.isEmpty())
        m_libraryKey = ContentClaims::libraryKey(libraryDirectory());
    // (A download kept in memory needs no claim across processes: its writer looks up and
    // records the bytes in one index transaction, OutputStoreWriter::placeBytes.)
    const QByteArray &sha256 = fetched.sha256;
    if (!ContentClaims::instance()->claim(m_libraryKey, sha256)) {
        m_waitingToPlace.append(fetched);
        return;
    }
    m_claimed.insert(sha256);
    // The file checked, put in place or shared, and its row marked Stored, on the writer:
    // one answer back here.
    const OutputRecord &record = fetched.record;
    const auto done = [this, record, sha256](const OutputStoreWriter::Placed &result) { placed(record, result, sha256); };
    if (fetched.inMemory) {
        onWriter([record, bytes = fetched.bytes, sha256](OutputStoreWriter &writer) {
            return writer.placeBytes(record, bytes, sha256);
        }, done);
        return;
    }
    onWriter([record, part = fetched.part, sha256, size = fetched.size](OutputStoreWriter &writer) {
        return writer.place(record, part, sha256, size);
    }, done);
}

void OutputStore::placed(const OutputRecord &record, const OutputStoreWriter::Placed &result, const QByteArray &sha256)
{
    --m_inFlight;
    if (result.size < 0)
        failed(record, result.error);
    else
        stored(record, result.size, &result.media, result.path);
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
    QList<Fetched> waiting;
    for (qsizetype i = 0; i < m_waitingToPlace.size();) {
        if (m_waitingToPlace.at(i).sha256 == sha256)
            waiting.append(m_waitingToPlace.takeAt(i));
        else
            ++i;
    }
    // The first claims the bytes again; the rest wait for that placement.
    for (const Fetched &w : std::as_const(waiting))
        place(w);
}

} // namespace Easel
