// The output library opens off the thread that builds the session: ServerSession's
// constructor (the window's GUI thread at start-up, every farm server's, easel-run's) makes
// no SQLite connection there, so a migration or another process's lock on the library holds
// no one. Work asked meanwhile (a job's row before its prompt is posted, its outputs) waits
// behind the open on the store's writer thread, and a library that cannot be opened says
// why and fails the jobs' outputs with the reason instead of dropping them silently.
// Real SQLite files and the simulator over real sockets.
#include "comfyclient.h"
#include "connectionmonitor.h"
#include "jobrunner.h"
#include "libraryconnections.h"
#include "libraryindex.h"
#include "outputstore.h"
#include "serversession.h"
#include "simserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {

// An image of 16x16 pixels, saved: one output.
QByteArray prompt(int colour)
{
    const QJsonObject json{
        {u"1"_s, QJsonObject{{u"class_type"_s, u"EmptyImage"_s},
                             {u"inputs"_s, QJsonObject{{u"width"_s, 16}, {u"height"_s, 16},
                                                       {u"batch_size"_s, 1}, {u"color"_s, colour}}}}},
        {u"2"_s, QJsonObject{{u"class_type"_s, u"SaveImage"_s},
                             {u"inputs"_s, QJsonObject{{u"images"_s, QJsonArray{u"1"_s, 0}},
                                                       {u"filename_prefix"_s, u"opened"_s}}}}},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

// A raw connection of the test's own to the library's file, as another process would hold.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(u"test-raw-%1"_s.arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (query.exec(sql))
            return true;
        qWarning() << sql << query.lastError().text();
        return false;
    }
    bool isOk() const { return m_ok; }

private:
    QString m_name;
    bool m_ok = false;
};

} // namespace

class tst_LibraryOpen : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void theConstructorsThreadMakesNoConnection();
    void aLockedLibraryHoldsNoOneAndQueuedJobsAreRecordedOnceItOpens();
    void aLibraryThatCannotBeOpenedSaysWhyAndFailsTheOutputs();
    void aLibraryLockedPastTheBusyTimeoutFailsThenOpensOnALaterTry();

private:
    std::unique_ptr<Sim::SimServer> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_LibraryOpen::init()
{
    m_sim = std::make_unique<Sim::SimServer>();
    QVERIFY(m_sim->listen(QHostAddress::LocalHost, 0) != 0);
    m_sim->setStepMs(0);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_LibraryOpen::cleanup()
{
    m_sim.reset();
    m_dir.reset();
}

// The session's library opens on its store's writer thread; the thread that built the
// session (the GUI thread, in the window) holds no connection of it, before or after.
void tst_LibraryOpen::theConstructorsThreadMakesNoConnection()
{
    ServerSession session(m_sim->baseUrl(), m_dir->path());
    QCOMPARE(libraryConnectionsOfThisThread(), QStringList());
    QTRY_VERIFY_WITH_TIMEOUT(session.isStoreOpen(), 20000);
    QCOMPARE(libraryConnectionsOfThisThread(), QStringList());
    QVERIFY(QFileInfo::exists(LibraryIndex::defaultDatabasePath(m_dir->path())));

    // A job runs to a stored output without a connection here either.
    QSignalSpy finished(session.runner(), &JobRunner::jobFinished);
    session.open();
    QTRY_VERIFY_WITH_TIMEOUT(session.monitor()->isUsable(), 20000);
    session.runner()->submit(prompt(0x336699));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const auto outcome = finished.constFirst().at(1).value<JobOutcome>();
    QVERIFY2(outcome.status == JobOutcome::Status::Succeeded, qPrintable(outcome.message));
    QCOMPARE(outcome.outputs.size(), 1);
    QCOMPARE(libraryConnectionsOfThisThread(), QStringList());
}

// Another process holds the library's file locked while the session is built (its
// rollback journal, an exclusive lock: not even a read gets through). The constructor
// returns without waiting for it (the old one ran SQLite's open here and waited the busy
// timeout, then gave the library up for the session); a job submitted meanwhile has its
// row written once the library opens, only then is its prompt posted, and its output is
// stored and recorded.
void tst_LibraryOpen::aLockedLibraryHoldsNoOneAndQueuedJobsAreRecordedOnceItOpens()
{
    const QString database = LibraryIndex::defaultDatabasePath(m_dir->path());
    {
        // A library of the current schema, then back to a rollback journal: a WAL file
        // lets readers past a writer, and this test wants them held.
        LibraryIndex made(m_dir->path());
        QVERIFY2(made.open(), qPrintable(made.errorString()));
    }
    RawConnection other(database);
    QVERIFY(other.isOk());
    QVERIFY(other.exec(u"PRAGMA journal_mode=DELETE"_s));
    QVERIFY(other.exec(u"BEGIN EXCLUSIVE"_s));
    QVERIFY(other.exec(u"UPDATE jobs SET fetched = fetched"_s)); // holds the lock

    ServerSession session(m_sim->baseUrl(), m_dir->path());
    QCOMPARE(libraryConnectionsOfThisThread(), QStringList());
    QVERIFY(!session.isStoreOpen());
    QCOMPARE(session.store()->libraryState(), OutputStore::LibraryState::Opening);
    QSignalSpy opened(session.store(), &OutputStore::libraryOpened);
    QSignalSpy failed(session.store(), &OutputStore::libraryFailed);

    QSignalSpy accepted(session.runner(), &JobRunner::jobAccepted);
    QSignalSpy finished(session.runner(), &JobRunner::jobFinished);
    session.open();
    QTRY_VERIFY_WITH_TIMEOUT(session.monitor()->isUsable(), 20000);
    const QString id = session.runner()->submit(prompt(0x996633));
    // Still locked: the library is not open, so the job's row is not written and its
    // prompt not posted (the prompt waits for its row: should Easel die the moment the
    // server has it, the next start finds it). Never posted early, however long it waits.
    QTest::qWait(200);
    QCOMPARE(opened.size(), 0);
    QCOMPARE(accepted.size(), 0);

    QVERIFY(other.exec(u"COMMIT"_s)); // the other process lets go
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 20000);
    QVERIFY(session.isStoreOpen());
    QCOMPARE(failed.size(), 0);
    QCOMPARE(session.storeError(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(accepted.size(), 1);
    const auto outcome = finished.constFirst().at(1).value<JobOutcome>();
    QVERIFY2(outcome.status == JobOutcome::Status::Succeeded, qPrintable(outcome.message));
    QCOMPARE(outcome.outputs.size(), 1);
    QVERIFY(QFileInfo::exists(outcome.outputs.constFirst().path));
    QCOMPARE(libraryConnectionsOfThisThread(), QStringList());

    LibraryIndex reader(m_dir->path()); // the test's own, on its thread
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    QVERIFY(reader.job(id).has_value());
    const QList<OutputRecord> rows = reader.outputsOfJob(id);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().state, OutputRecord::State::Stored);
    QCOMPARE(rows.constFirst().path, outcome.outputs.constFirst().path);
}

// A library made by a newer Easel cannot be opened: the store says so with the reason
// (libraryFailed, errorString), the session goes on, and a job still runs on the server;
// its output cannot be recorded, so the job fails with that reason (its file stays on the
// server) rather than succeeding with nothing or crashing.
void tst_LibraryOpen::aLibraryThatCannotBeOpenedSaysWhyAndFailsTheOutputs()
{
    const QString database = LibraryIndex::defaultDatabasePath(m_dir->path());
    QVERIFY(QDir().mkpath(QFileInfo(database).absolutePath()));
    {
        RawConnection newer(database);
        QVERIFY(newer.isOk());
        QVERIFY(newer.exec(u"PRAGMA user_version=%1"_s.arg(LibraryIndex::schemaVersion + 1)));
    }

    ServerSession session(m_sim->baseUrl(), m_dir->path());
    QSignalSpy failed(session.store(), &OutputStore::libraryFailed);
    QSignalSpy opened(session.store(), &OutputStore::libraryOpened);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    const QString reason = failed.constFirst().at(0).toString();
    QVERIFY2(reason.contains(u"newer Easel"_s), qPrintable(reason));
    QCOMPARE(session.store()->libraryState(), OutputStore::LibraryState::Failed);
    QVERIFY(!session.isStoreOpen());
    QCOMPARE(session.storeError(), reason);

    QSignalSpy finished(session.runner(), &JobRunner::jobFinished);
    QSignalSpy simFinished(m_sim.get(), &Sim::SimServer::promptFinished);
    session.open();
    QTRY_VERIFY_WITH_TIMEOUT(session.monitor()->isUsable(), 20000);
    session.runner()->submit(prompt(0x669933));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(simFinished.size(), 1); // the server ran it
    const auto outcome = finished.constFirst().at(1).value<JobOutcome>();
    QCOMPARE(outcome.status, JobOutcome::Status::Failed);
    QVERIFY2(outcome.message.contains(reason), qPrintable(outcome.message));
    QCOMPARE(outcome.outputs.size(), 0);
    // Said once, and nothing was written to the newer library.
    QCOMPARE(failed.size(), 1);
    QCOMPARE(opened.size(), 0);
    QVERIFY(QDir(m_dir->path()).entryList(QDir::Files).isEmpty());
}

// Another process holds the library locked past the busy timeout: the open gives up after
// it (once: the old open tried 200 times, each waiting the whole timeout, half an hour) and
// says so; once the lock is gone, a later call opens it after all, and what the failed open
// could not resume (a Pending row whose file is complete on disk) is resumed then.
void tst_LibraryOpen::aLibraryLockedPastTheBusyTimeoutFailsThenOpensOnALaterTry()
{
    const QString database = LibraryIndex::defaultDatabasePath(m_dir->path());
    const QString server = m_sim->baseUrl().toString();
    const QString path = QDir(m_dir->path()).filePath(u"left.png"_s);
    {
        LibraryIndex made(m_dir->path());
        QVERIFY2(made.open(), qPrintable(made.errorString()));
        JobRecord job;
        job.promptId = u"p1"_s;
        job.server = server;
        job.apiJson = prompt(0x123456);
        QVERIFY(made.addJob(job));
        OutputRecord row;
        row.server = server;
        row.promptId = u"p1"_s;
        row.nodeId = u"2"_s;
        row.serverFileName = u"left.png"_s;
        row.type = u"output"_s;
        row.path = path;
        row.createdAt = QDateTime::currentDateTimeUtc();
        QVERIFY(made.addPendingOutput(row) > 0); // no owner: any process resumes it
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write("written before a crash") > 0);
    file.close();
    RawConnection other(database);
    QVERIFY(other.isOk());
    QVERIFY(other.exec(u"PRAGMA journal_mode=DELETE"_s));
    QVERIFY(other.exec(u"BEGIN EXCLUSIVE"_s));
    QVERIFY(other.exec(u"UPDATE jobs SET fetched = fetched"_s));

    ComfyClient client(m_sim->baseUrl());
    OutputStore store(&client, m_dir->path());
    QSignalSpy failed(&store, &OutputStore::libraryFailed);
    QSignalSpy opened(&store, &OutputStore::libraryOpened);
    QSignalSpy resumed(&store, &OutputStore::resumed);
    QSignalSpy stored(&store, &OutputStore::outputStored);
    store.open();
    store.resumePending();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 120000);
    QVERIFY2(failed.constFirst().at(0).toString().contains(u"locked"_s), qPrintable(failed.constFirst().at(0).toString()));
    QCOMPARE(store.libraryState(), OutputStore::LibraryState::Failed);
    QTRY_COMPARE_WITH_TIMEOUT(resumed.size(), 1, 20000);
    QCOMPARE(resumed.constFirst().at(0).toInt(), 0); // nothing could be read
    QCOMPARE(stored.size(), 0);

    QVERIFY(other.exec(u"COMMIT"_s));
    // Any later call tries the open again (at most every retryOpenMs): asked until it has.
    QTRY_VERIFY_WITH_TIMEOUT((store.recoverUnfetchedJobs({u"p1"_s}), opened.size() == 1), 60000);
    QCOMPARE(store.libraryState(), OutputStore::LibraryState::Open);
    QCOMPARE(store.errorString(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 20000);
    QCOMPARE(stored.constFirst().at(0).value<OutputRecord>().path, path);
    QCOMPARE(resumed.size(), 2);
    QCOMPARE(resumed.at(1).at(0).toInt(), 1);
    QCOMPARE(failed.size(), 1);
}

QTEST_GUILESS_MAIN(tst_LibraryOpen)
#include "tst_libraryopen.moc"
