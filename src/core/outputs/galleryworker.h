#pragma once

#include "galleryquery.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace Easel {

// The gallery's queries on a thread of their own, over a connection of their own to the
// library's index (connections never cross threads; WAL lets it read while the GUI thread's
// connection writes). A text search over a year's library scans the table, and a session's
// page may wait for another process's write: neither may hold the GUI thread.
// One connection for the worker's life, opened at its first query (a page is a fraction
// of a millisecond; opening the file and its pragmas again for each cost more). Queries
// run one at a time, in the order asked; each answer comes back on the worker's own thread
// (the GUI thread), never after the worker is destroyed.
class GalleryWorker : public QObject
{
    Q_OBJECT
public:
    using Answer = std::function<void(const QList<GalleryRow> &)>;

    // What an edit of the index did: written or not (and the index's message), and the
    // tags of the outputs it tagged, as the index now has them.
    struct EditResult
    {
        bool ok = true;
        QString error;
        QHash<qint64, QStringList> tags;
        QVariantList values; // what else an edit reports, its own way
    };
    // Runs on the worker's connection: it writes, and records what it did in the result.
    using Edit = std::function<void(LibraryIndex &index, EditResult &result)>;
    using Edited = std::function<void(const EditResult &result)>;

    GalleryWorker(QString libraryDirectory, QString databasePath, QObject *parent = nullptr);
    // Waits for a query being read to end; answers not delivered yet are dropped.
    ~GalleryWorker() override;

    void run(const GalleryQuery &query, Answer answer);
    // An artist's edit (favourite, tags) written on the worker's connection, in order with
    // its queries: another process holding the index's write lock (busy_timeout 10 s) never
    // holds the GUI thread. Edits asked are written even if the worker is destroyed first
    // (its destructor waits for them); done is called only while the worker lives.
    void edit(Edit edit, Edited done);
    // Queries asked and not answered yet.
    int pending() const { return m_pending; }

private:
    QString m_directory;
    QString m_database;
    QThread *m_thread = nullptr;      // started at the first query
    QObject *m_connection = nullptr;  // lives on m_thread and holds its LibraryIndex
    int m_pending = 0;
    int m_pendingEdits = 0;

    void start();
};

} // namespace Easel
