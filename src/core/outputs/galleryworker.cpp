#include "galleryworker.h"

#include "libraryindex.h"

#include <QThread>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

// Lives on the worker's thread: the index is opened, used and closed there.
class Connection : public QObject
{
public:
    Connection(QString directory, QString database)
        : m_directory(std::move(directory))
        , m_database(std::move(database))
    {}

    // Null when the index cannot be opened now (tried again at the next query).
    LibraryIndex *index()
    {
        if (!m_index) {
            auto index = std::make_unique<LibraryIndex>(m_directory, m_database);
            if (!index->open()) {
                qWarning("gallery worker cannot open the library index: %s",
                         qPrintable(index->errorString()));
                return nullptr;
            }
            m_index = std::move(index);
        }
        return m_index.get();
    }

private:
    QString m_directory;
    QString m_database;
    std::unique_ptr<LibraryIndex> m_index;
};

} // namespace

GalleryWorker::GalleryWorker(QString libraryDirectory, QString databasePath, QObject *parent)
    : QObject(parent)
    , m_directory(std::move(libraryDirectory))
    , m_database(std::move(databasePath))
{}

GalleryWorker::~GalleryWorker()
{
    if (!m_thread)
        return;
    // Edits already asked are written, not dropped with the thread's queue: everything
    // posted before this call runs first. Their answers are not delivered.
    if (m_pendingEdits > 0)
        QMetaObject::invokeMethod(m_connection, [] {}, Qt::BlockingQueuedConnection);
    m_thread->quit();
    // The connection is deleted on its thread as it ends (finished -> deleteLater).
    m_thread->wait();
}

void GalleryWorker::start()
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(u"gallery"_s);
    m_connection = new Connection(m_directory, m_database);
    m_connection->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_connection, &QObject::deleteLater);
    m_thread->start();
}

void GalleryWorker::edit(Edit edit, Edited done)
{
    start();
    ++m_pendingEdits;
    auto *connection = static_cast<Connection *>(m_connection);
    QMetaObject::invokeMethod(
        m_connection,
        [this, connection, edit = std::move(edit), done = std::move(done)] {
            EditResult result;
            if (LibraryIndex *index = connection->index()) {
                edit(*index, result);
                if (!result.ok && result.error.isEmpty())
                    result.error = index->errorString();
            } else {
                result.ok = false;
                result.error = tr("The library index could not be opened.");
            }
            QMetaObject::invokeMethod(
                this,
                [this, done, result = std::move(result)] {
                    --m_pendingEdits;
                    if (done)
                        done(result);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void GalleryWorker::run(const GalleryQuery &query, Answer answer)
{
    start();
    ++m_pending;
    auto *connection = static_cast<Connection *>(m_connection);
    QMetaObject::invokeMethod(
        m_connection,
        [this, connection, query, answer = std::move(answer)] {
            const LibraryIndex *index = connection->index();
            QList<GalleryRow> rows = index ? query.run(*index) : QList<GalleryRow>();
            // Back on the worker's own thread. It outlives this call: its destructor waits
            // for the thread, and drops what is still posted to it.
            QMetaObject::invokeMethod(
                this,
                [this, answer, rows = std::move(rows)] {
                    --m_pending;
                    answer(rows);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace Easel
