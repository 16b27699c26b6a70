#pragma once

#include "galleryquery.h"

#include <QObject>
#include <QString>

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

    GalleryWorker(QString libraryDirectory, QString databasePath, QObject *parent = nullptr);
    // Waits for a query being read to end; answers not delivered yet are dropped.
    ~GalleryWorker() override;

    void run(const GalleryQuery &query, Answer answer);
    // Queries asked and not answered yet.
    int pending() const { return m_pending; }

private:
    QString m_directory;
    QString m_database;
    QThread *m_thread = nullptr;      // started at the first query
    QObject *m_connection = nullptr;  // lives on m_thread and holds its LibraryIndex
    int m_pending = 0;
};

} // namespace Easel
