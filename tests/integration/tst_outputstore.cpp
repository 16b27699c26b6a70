// The output store over real loopback sockets: a 20-job run on the simulator ends up on
// disk and in the index; hostile file names stay inside the library; a connection killed
// mid-download and a restart of the store still deliver every output, once.
#include "capturedprompt.h"

#include "comfyclient.h"
#include "eventstream.h"
#include "jobrunner.h"
#include "libraryindex.h"
#include "mediaprobe.h"
#include "outputstore.h"
#include "promptfacts.h"
#include "protocollimits.h"
#include "simserver.h"
#include "wireparsers.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QImage>
#include <QPointer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QUrlQuery>
#include <functional>

#ifdef Q_OS_LINUX
#include <sys/inotify.h>
#include <unistd.h>
#endif

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {

// A minimal HTTP/1.1 server on a real socket that answers /history/{id} and /view the way
// a test needs, including misbehaving (closing mid-body). One request per connection.
class FakeComfy : public QObject
{
    Q_OBJECT
public:
    // Returns false to have the connection dropped after half the body.
    using ViewHandler = std::function<int(const QString &filename, QByteArray *body)>;

    FakeComfy()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/"_s.arg(m_server.serverPort())); }

    QByteArray historyJson;      // the body of /history/{id}
    QHash<QString, QByteArray> historyById; // per id, when set: for stores in other processes
    ViewHandler view;            // status, or 0 = drop mid-body
    int viewRequests = 0;
    // When set, /view answers are held until this many have been asked for, then
    // beforeViewsAnswered runs and all of them go out at once.
    int holdViews = 0;
    std::function<void()> beforeViewsAnswered;

    // Answers every /view held so far (holdViews set high holds them until this is called).
    void answerHeld()
    {
        for (const auto &[held, bytes] : std::exchange(m_held, {})) {
            if (!held)
                continue;
            held->write(bytes);
            held->disconnectFromHost();
        }
    }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        m_buffers[socket] += socket->readAll();
        const QByteArray &buffer = m_buffers[socket];
        if (!buffer.contains("\r\n\r\n"))
            return;
        const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
        m_buffers.remove(socket);
        const QUrl target(QString::fromLatin1(requestLine.value(1)));
        QByteArray body;
        int status = 404;
        QByteArray type = "application/json";
        if (target.path().startsWith("/history/"_L1)) {
            status = 200;
            body = historyById.isEmpty() ? historyJson
                                         : historyById.value(target.path().mid(9), "{}");
        } else if (target.path() == "/view"_L1) {
            ++viewRequests;
            type = "image/png";
            const QString name = QUrlQuery(target).queryItemValue(u"filename"_s, QUrl::FullyDecoded);
            status = view(name, &body);
            // Stand-in bodies for .png names are made real PNG containers (signature ...
            // IEND): the store refuses bytes that are not what the name says.
            const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
            if (name.endsWith(u".png"_s) && !body.isEmpty() && !body.startsWith(signature))
                body = signature + body + QByteArray("\0\0\0\0IEND\xae\x42\x60\x82", 12);
        }
        const QByteArray head = "HTTP/1.1 " + QByteArray::number(status ? status : 200)
                                + " X\r\nContent-Type: " + type + "\r\nContent-Length: "
                                + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
        if (status == 0) {
            // Half the promised bytes, then the connection goes away.
            socket->write(head + body.left(body.size() / 2));
            // Out of the socket before the abort, which would discard a pending buffer (and
            // QNAM quietly resends a GET whose connection closed before any byte came).
            while (socket->bytesToWrite() > 0 && socket->waitForBytesWritten(1000)) {
            }
            socket->abort();
            return;
        }
        if (holdViews > 0 && target.path() == "/view"_L1) {
            m_held.append({socket, head + body});
            if (m_held.size() < holdViews)
                return;
            if (beforeViewsAnswered)
                beforeViewsAnswered();
            for (const auto &[held, bytes] : std::exchange(m_held, {})) {
                if (!held)
                    continue; // the client gave up waiting
                held->write(bytes);
                held->disconnectFromHost();
            }
            return;
        }
        socket->write(head + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<std::pair<QPointer<QTcpSocket>, QByteArray>> m_held;
};

QByteArray historyWith(const QString &promptId, const QStringList &fileNames,
                       const QString &subfolder = {})
{
    QJsonArray images;
    for (const QString &name : fileNames)
        images.append(QJsonObject{{u"filename"_s, name}, {u"subfolder"_s, subfolder}, {u"type"_s, u"output"_s}});
    const QJsonObject entry{
        {u"prompt"_s, QJsonArray{0, promptId, QJsonObject{}, QJsonObject{}, QJsonArray{u"9"_s}}},
        {u"outputs"_s, QJsonObject{{u"9"_s, QJsonObject{{u"images"_s, images}}}}},
        {u"status"_s, QJsonObject{{u"status_str"_s, u"success"_s}, {u"completed"_s, true},
                                  {u"messages"_s, QJsonArray{}}}},
        {u"meta"_s, QJsonObject{}}};
    return QJsonDocument(QJsonObject{{promptId, entry}}).toJson(QJsonDocument::Compact);
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Every file under dir, hidden index folder excluded.
QStringList filesIn(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.contains(u"/.easel/"_s))
            files.append(path);
    }
    return files;
}

// Every name made in one folder (not below it) while it lives, however briefly it existed
// (a part file made and renamed or removed again): inotify's IN_CREATE and IN_MOVED_TO.
class CreatedNames
{
public:
    explicit CreatedNames(const QString &folder)
    {
#ifdef Q_OS_LINUX
        m_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        if (m_fd >= 0 && inotify_add_watch(m_fd, QFile::encodeName(folder).constData(), IN_CREATE | IN_MOVED_TO) < 0) {
            ::close(m_fd);
            m_fd = -1;
        }
#else
        Q_UNUSED(folder);
#endif
    }
    ~CreatedNames()
    {
#ifdef Q_OS_LINUX
        if (m_fd >= 0)
            ::close(m_fd);
#endif
    }
    bool isWatching() const { return m_fd >= 0; }
    // Names made so far, in order (read from the queue; it is never full in these tests).
    QStringList names()
    {
#ifdef Q_OS_LINUX
        alignas(inotify_event) char buffer[64 * 1024];
        for (ssize_t n; m_fd >= 0 && (n = ::read(m_fd, buffer, sizeof buffer)) > 0;) {
            for (ssize_t at = 0; at < n;) {
                const auto *event = reinterpret_cast<const inotify_event *>(buffer + at);
                if (event->len > 0 && !(event->mask & IN_ISDIR))
                    m_names.append(QFile::decodeName(event->name));
                at += ssize_t(sizeof(inotify_event) + event->len);
            }
        }
#endif
        return m_names;
    }

private:
    int m_fd = -1;
    QStringList m_names;
};

} // namespace

class tst_OutputStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void twentyJobsAllStoredOnce();
    void submittedPromptParsedOnceRecordsTheSame();
    void promptFactsOfAParsedPrompt();
    void writerParsesEachPromptOnce();
    void hostileNamesStayInside();
    void sameNameNoProbing();
    void identicalBytesStoredOnce();
    void identicalFilesOfOneJobShareOne();
    void changedOnDiskIsNotShared();
    void twoStoresOfOneLibraryShareInFlightBytes();
    void twoProcessesOfOneLibraryStoreIdenticalBytesOnce_data();
    void twoProcessesOfOneLibraryStoreIdenticalBytesOnce();
    void partFileOnlyPastTheMemoryBound_data();
    void partFileOnlyPastTheMemoryBound();
    void resumeLeavesALiveProcessesRows();
    void lockedIndexNeverStopsTheEventLoop();
    void writesQueuedTogetherAreAnsweredOnceCommitted();
    void connectionKilledMidDownload();
    void restartResumesPendingDownload();
    void finishedWhileAwayFetchedOnce();
    void everyKindStoredWithItsMedia();
};

void tst_OutputStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QFile::exists(QStringLiteral(EASEL_SHARED_DIR "/captures/README.md")));
}

void tst_OutputStore::twentyJobsAllStoredOnce()
{
    Sim::SimServer sim;
    sim.setStepMs(0);
    QVERIFY(sim.listen(QHostAddress::LocalHost, 0) != 0);
    QTemporaryDir library;
    ComfyClient client(sim.baseUrl());
    EventStream events;
    JobRunner runner(&client, &events, library.path());
    QSignalSpy connected(&events, &EventStream::connected);
    events.open(sim.baseUrl());
    QVERIFY(connected.wait(5000));

    const QByteArray prompt = capturedPrompt(u"run_save_image/post_prompt.request_body.json"_s);
    QVERIFY(!prompt.isEmpty());
    QSignalSpy finished(&runner, &JobRunner::jobFinished);
    QSignalSpy saved(&runner, &JobRunner::jobOutputSaved);
    for (int i = 0; i < 20; ++i)
        runner.submit(prompt);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 20, 60000);
    int outputs = 0;
    for (const QList<QVariant> &args : std::as_const(finished)) {
        const auto outcome = args.at(1).value<JobOutcome>();
        QCOMPARE(outcome.status, JobOutcome::Status::Succeeded);
        QVERIFY(!outcome.outputs.isEmpty());
        outputs += int(outcome.outputs.size());
    }
    QCOMPARE(saved.size(), outputs);

    LibraryIndex *index = runner.store()->index();
    QCOMPARE(index->storedCount(), outputs);
    QVERIFY(index->pendingOutputs().isEmpty());
    QSet<QString> paths;
    for (const QList<QVariant> &args : std::as_const(finished)) {
        const auto outcome = args.at(1).value<JobOutcome>();
        for (const SavedOutput &output : outcome.outputs) {
            QVERIFY2(QFileInfo(output.path).size() > 0, qPrintable(output.path));
            paths.insert(output.path);
            const QList<OutputRecord> records = index->outputsOfJob(output.promptId);
            QCOMPARE(records.size(), outcome.outputs.size());
            QVERIFY(index->job(output.promptId).has_value());
            QCOMPARE(index->job(output.promptId)->apiJson, prompt);
        }
    }
    // The simulator draws the same picture for the same prompt: identical bytes are stored
    // once, so there is one file per distinct content, each holding what its outputs got.
    QSet<QByteArray> contents;
    for (const QString &path : std::as_const(paths))
        contents.insert(sha256Of(path));
    QCOMPARE(paths.size(), contents.size()); // nothing overwritten, nothing stored twice
    QCOMPARE(filesIn(library.path()).size(), int(paths.size())); // nothing partial, nothing extra
}

// The runner parses a job's prompt once and hands it on (node count, changed inputs,
// queuePrompt's check): each job's changed inputs are still against its own base (bases
// alternate, so a base kept from the job before would show), and a prompt that is not
// valid JSON, or is JSON but not an object, is still refused before it is sent, with why.
void tst_OutputStore::submittedPromptParsedOnceRecordsTheSame()
{
    Sim::SimServer sim;
    sim.setStepMs(0);
    QVERIFY(sim.listen(QHostAddress::LocalHost, 0) != 0);
    QTemporaryDir library;
    ComfyClient client(sim.baseUrl());
    EventStream events;
    JobRunner runner(&client, &events, library.path());
    QSignalSpy connected(&events, &EventStream::connected);
    events.open(sim.baseUrl());
    QVERIFY(connected.wait(5000));

    const auto prompt = [](int width, int color) {
        return QStringLiteral(R"({"1": {"class_type": "EmptyImage", "inputs": {"width": %1, "height": 8, "batch_size": 1, "color": %2}}, "2": {"class_type": "SaveImage", "inputs": {"images": ["1", 0], "filename_prefix": "once"}}})")
            .arg(width)
            .arg(color)
            .toUtf8();
    };
    const QByteArray baseA = prompt(8, 0);
    const QByteArray baseB = prompt(16, 5);
    struct Case
    {
        QByteArray prompt;
        QByteArray base;
        QByteArray changed; // from the rule: literal inputs that differ from the base
    };
    const QList<Case> cases = {
        {prompt(16, 0), baseA, R"({"1":{"width":16}})"},
        {prompt(16, 0), baseB, R"({"1":{"color":0}})"},
        {prompt(8, 0), baseA, "{}"},
        {prompt(12, 7), baseB, R"({"1":{"color":7,"width":12}})"},
        {prompt(12, 7), {}, "{}"},
    };
    const QByteArray unterminated = R"({"1": {"class_type": "EmptyImage")";
    const QByteArray array = R"([{"class_type": "EmptyImage"}])";
    QSignalSpy finished(&runner, &JobRunner::jobFinished);
    QStringList ids;
    for (const Case &job : cases)
        ids.append(runner.submit(job.prompt, {}, job.base));
    const QString unterminatedId = runner.submit(unterminated, {}, baseA);
    const QString arrayId = runner.submit(array);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), int(cases.size()) + 2, 30000);

    QHash<QString, JobOutcome> outcomes;
    for (const QList<QVariant> &args : std::as_const(finished))
        outcomes.insert(args.at(0).toString(), args.at(1).value<JobOutcome>());
    LibraryIndex *index = runner.store()->index();
    for (qsizetype i = 0; i < cases.size(); ++i) {
        QCOMPARE(outcomes.value(ids.at(i)).status, JobOutcome::Status::Succeeded);
        const std::optional<JobRecord> job = index->job(ids.at(i));
        QVERIFY(job.has_value());
        QCOMPARE(job->apiJson, cases.at(i).prompt);
        QCOMPARE(job->changedInputs, cases.at(i).changed);
    }

    QJsonParseError parseError;
    QJsonDocument::fromJson(unterminated, &parseError);
    QVERIFY(parseError.error != QJsonParseError::NoError);
    const JobOutcome bad = outcomes.value(unterminatedId);
    QCOMPARE(bad.status, JobOutcome::Status::Rejected);
    QCOMPARE(bad.error.kind(), ProtocolError::Kind::UnexpectedShape);
    QCOMPARE(bad.message, u"POST /prompt: the prompt is not a JSON object (%1 at %2)"_s
                              .arg(parseError.errorString(), WireParsers::lineColumn(unterminated, parseError.offset)));
    QCOMPARE(index->job(unterminatedId)->changedInputs, QByteArray("{}"));
    const JobOutcome notObject = outcomes.value(arrayId);
    QCOMPARE(notObject.status, JobOutcome::Status::Rejected);
    QCOMPARE(notObject.error.kind(), ProtocolError::Kind::UnexpectedShape);
    QCOMPARE(notObject.message, u"POST /prompt: the prompt is not a JSON object (not a JSON object)"_s);
}

// Fully cached jobs report the same file each time: each job's copy gets a name marked
// with its job, found without trying "name (1)", "name (2)", ... in turn.
void tst_OutputStore::sameNameNoProbing()
{
    FakeComfy server;
    QVERIFY(server.listen());
    // The same name with different bytes each time (identical bytes would share one file).
    int served = 0;
    server.view = [&served](const QString &, QByteArray *body) {
        *body = "pixels of job " + QByteArray::number(++served);
        return 200;
    };
    QTemporaryDir library;
    ComfyClient client(server.url());
    OutputStore store(&client, library.path());
    store.open();
    QSignalSpy settled(&store, &OutputStore::jobSettled);
    const QStringList jobs = {u"aaaaaaaa-0001"_s, u"bbbbbbbb-0002"_s, u"cccccccc-0003"_s};
    for (const QString &job : jobs) {
        server.historyJson = historyWith(job, {u"ComfyUI_00001_.png"_s});
        store.fetchJob(job);
        QTRY_COMPARE(settled.count(), jobs.indexOf(job) + 1);
    }
    QStringList names;
    for (const QString &path : filesIn(library.path()))
        names.append(QFileInfo(path).fileName());
    names.sort();
    QCOMPARE(names, (QStringList{u"ComfyUI_00001_ (bbbbbbbb).png"_s, u"ComfyUI_00001_ (cccccccc).png"_s,
                                 u"ComfyUI_00001_.png"_s}));
}

namespace {

// Fetches one job's history (as given) through the store and waits until it settles.
bool fetchAndSettle(FakeComfy &server, OutputStore &store, QSignalSpy &settled, const QString &job,
                    const QStringList &names)
{
    const qsizetype before = settled.size();
    server.historyJson = historyWith(job, names);
    store.fetchJob(job);
    return QTest::qWaitFor([&] { return settled.size() > before; }, 10000)
           && settled.constLast().at(1).toInt() == 0;
}

} // namespace

// 1,000 fully cached jobs report the same bytes each time: stored once, with one row per
// job pointing at the one file (its reference count is the number of rows); the file goes
// only with the last row.
void tst_OutputStore::identicalBytesStoredOnce()
{
    FakeComfy server;
    QVERIFY(server.listen());
    server.view = [](const QString &, QByteArray *body) {
        *body = "the same pixels every time";
        return 200;
    };
    QTemporaryDir library;
    ComfyClient client(server.url());
    OutputStore store(&client, library.path());
    store.open();
    QSignalSpy settled(&store, &OutputStore::jobSettled);
    QSignalSpy storedSpy(&store, &OutputStore::outputStored);
    CreatedNames created(library.path());
    QVERIFY(created.isWatching());
    const QStringList jobs = {u"aaaaaaaa-0001"_s, u"bbbbbbbb-0002"_s, u"cccccccc-0003"_s, u"dddddddd-0004"_s};
    for (const QString &job : jobs)
        QVERIFY(fetchAndSettle(server, store, settled, job, {u"ComfyUI_00001_.png"_s}));
    QCOMPARE(server.viewRequests, 4); // the bytes must be fetched to be known
    // A small body stays in memory: the first job's file is the only name ever made in the
    // library (no part file per job, and nothing made for the three duplicates).
    QCOMPARE(created.names(), QStringList{u"ComfyUI_00001_.png"_s});

    const QStringList files = filesIn(library.path());
    QCOMPARE(files.size(), 1);
    const QString file = files.constFirst();
    LibraryIndex *index = store.index();
    QCOMPARE(index->storedCount(), 4);
    QList<qint64> ids;
    for (const QString &job : jobs) {
        const QList<OutputRecord> rows = index->outputsOfJob(job);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.constFirst().state, OutputRecord::State::Stored);
        QCOMPARE(QFileInfo(rows.constFirst().path).canonicalFilePath(), QFileInfo(file).canonicalFilePath());
        QCOMPARE(rows.constFirst().size, QFileInfo(file).size());
        ids.append(rows.constFirst().id);
    }
    // What the store announced is where the bytes are.
    QCOMPARE(storedSpy.size(), 4);
    for (const QList<QVariant> &args : std::as_const(storedSpy))
        QCOMPARE(args.at(0).value<OutputRecord>().path, index->output(ids.constFirst())->path);

    // Removing outputs: the file stays while another row refers to it.
    QCOMPARE(index->references(file), 4);
    QVERIFY(index->isFileShared(ids.at(0)));
    QVERIFY(index->removeOutput(ids.at(0)));
    QVERIFY(index->removeOutput(ids.at(1)));
    QVERIFY(index->removeOutput(ids.at(2)));
    QCOMPARE(index->references(file), 1);
    QVERIFY(!index->isFileShared(ids.at(3)));

    // A new identical output after the others went still shares the file that is left.
    QVERIFY(fetchAndSettle(server, store, settled, u"eeeeeeee-0005"_s, {u"ComfyUI_00001_.png"_s}));
    QCOMPARE(filesIn(library.path()).size(), 1);
    QCOMPARE(index->references(file), 2);
}

// Two identical files in one history entry download at the same time: the second waits
// for the first to be placed and shares it.
void tst_OutputStore::identicalFilesOfOneJobShareOne()
{
    FakeComfy server;
    QVERIFY(server.listen());
    server.view = [](const QString &name, QByteArray *body) {
        *body = name.startsWith(u"other"_s) ? "different" : "twin bytes";
        return 200;
    };
    QTemporaryDir library;
    ComfyClient client(server.url());
    OutputStore store(&client, library.path());
    store.open();
    QSignalSpy settled(&store, &OutputStore::jobSettled);
    QVERIFY(fetchAndSettle(server, store, settled, u"p1"_s,
                           {u"a.png"_s, u"b.png"_s, u"c.png"_s, u"other.png"_s}));
    QCOMPARE(server.viewRequests, 4);
    QCOMPARE(filesIn(library.path()).size(), 2);
    const QList<OutputRecord> rows = store.index()->outputsOfJob(u"p1"_s);
    QCOMPARE(rows.size(), 4);
    QSet<QString> paths;
    for (const OutputRecord &row : rows) {
        QCOMPARE(row.state, OutputRecord::State::Stored);
        paths.insert(row.path);
    }
    QCOMPARE(paths.size(), 2);
    QCOMPARE(store.index()->references(rows.at(0).path), 3);
    QCOMPARE(store.index()->references(rows.at(3).path), 1);
}

// A stored file edited on disk afterwards (same size, other bytes) is not shared: the new
// output gets its own file with the server's bytes, and later identical outputs share that.
void tst_OutputStore::changedOnDiskIsNotShared()
{
    FakeComfy server;
    QVERIFY(server.listen());
    server.view = [](const QString &, QByteArray *body) {
        *body = "original bytes, 32 of them......";
        return 200;
    };
    QTemporaryDir library;
    ComfyClient client(server.url());
    OutputStore store(&client, library.path());
    store.open();
    QSignalSpy settled(&store, &OutputStore::jobSettled);
    QVERIFY(fetchAndSettle(server, store, settled, u"aaaaaaaa-1"_s, {u"x.png"_s}));
    const QString first = store.index()->outputsOfJob(u"aaaaaaaa-1"_s).constFirst().path;
    const QByteArray original = sha256Of(first);
    QVERIFY(!original.isEmpty());
    {
        // Same size, one byte changed in the middle: only the hash tells.
        QFile file(first);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() / 2));
        QByteArray byte = file.peek(1);
        byte[0] = char(byte.at(0) ^ 0x5a);
        QCOMPARE(file.write(byte), 1);
    }
    QVERIFY(sha256Of(first) != original);

    QVERIFY(fetchAndSettle(server, store, settled, u"bbbbbbbb-2"_s, {u"x.png"_s}));
    const OutputRecord second = store.index()->outputsOfJob(u"bbbbbbbb-2"_s).constFirst();
    QVERIFY(second.path != first);
    QCOMPARE(sha256Of(second.path), original); // the server's bytes, not the edited file
    QCOMPARE(store.index()->references(first), 1);

    // Removed from disk outside Easel: not shared either.
    QVERIFY(fetchAndSettle(server, store, settled, u"cccccccc-3"_s, {u"x.png"_s}));
    QCOMPARE(store.index()->outputsOfJob(u"cccccccc-3"_s).constFirst().path, second.path);
    QVERIFY(QFile::remove(second.path));
    QVERIFY(fetchAndSettle(server, store, settled, u"dddddddd-4"_s, {u"x.png"_s}));
    const OutputRecord fourth = store.index()->outputsOfJob(u"dddddddd-4"_s).constFirst();
    QVERIFY(fourth.path != second.path && fourth.path != first);
    QCOMPARE(sha256Of(fourth.path), original);
    // Later ones share the newest good copy.
    QVERIFY(fetchAndSettle(server, store, settled, u"eeeeeeee-5"_s, {u"x.png"_s}));
    QCOMPARE(store.index()->outputsOfJob(u"eeeeeeee-5"_s).constFirst().path, fourth.path);
}

namespace {

// Downloads of this store still on the wire: futurecallback.h's watchers (children of the
// store) waiting for ComfyClient::viewToFile. Once one is gone, the store has handed the
// finished download (hashed as it arrived) to be claimed and checked and placed on the
// thread pool.
} // namespace

// A farm has one store per server, each with its own index connection, all writing into
// one library. Two servers finishing the same picture at once must not leave two copies:
// the "second waits, then shares" guard covers every store of the library, not one.
// The race is made certain, not likely: the test holds the index's write lock once both
// downloads are on the wire, so the first placement cannot be recorded before the second
// download is on disk and waiting for it (both stores in flight with the same bytes).
void tst_OutputStore::twoStoresOfOneLibraryShareInFlightBytes()
{
    FakeComfy serverA;
    FakeComfy serverB;
    QVERIFY(serverA.listen());
    QVERIFY(serverB.listen());
    const auto samePicture = [](const QString &, QByteArray *body) {
        *body = "the same picture from two servers";
        return 200;
    };
    serverA.view = samePicture;
    serverB.view = samePicture;
    QTemporaryDir root;
    const QString library = root.filePath(u"library"_s);
    QVERIFY(QDir().mkpath(library));
    // The second store names the folder through a link: one library all the same.
    const QString linked = root.filePath(u"linked"_s);
    QVERIFY(QFile::link(library, linked));
    ComfyClient clientA(serverA.url());
    ComfyClient clientB(serverB.url());
    OutputStore storeA(&clientA, library);
    OutputStore storeB(&clientB, linked);
    storeA.open();
    storeB.open();
    QSignalSpy settledA(&storeA, &OutputStore::jobSettled);
    QSignalSpy settledB(&storeB, &OutputStore::jobSettled);
    const auto entry = [](const QString &job) {
        const Result<QList<HistoryEntry>> parsed = WireParsers::parseHistory(
            historyWith(job, {u"ComfyUI_00001_.png"_s}), u"/history"_s);
        return parsed.isOk() ? parsed.value().value(0) : HistoryEntry();
    };

    serverA.holdViews = 1000; // answered by answerHeld() below
    serverB.holdViews = 1000;
    QCOMPARE(storeA.addHistoryEntry(entry(u"aaaaaaaa-farm-1"_s)), 1);
    QCOMPARE(storeB.addHistoryEntry(entry(u"bbbbbbbb-farm-2"_s)), 1);
    // Both rows recorded (committed before a download starts) and both downloads asked for.
    QTRY_COMPARE_WITH_TIMEOUT(serverA.viewRequests, 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(serverB.viewRequests, 1, 10000);
    LibraryIndex holder(library);
    QVERIFY(holder.open());
    QSqlQuery lock(holder.database());
    QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s));
    auto unlock = qScopeGuard([&] { lock.exec(u"ROLLBACK"_s); });
    serverA.answerHeld();
    serverB.answerHeld();
    // One placement holds the bytes (its writer waits for the lock to record them); the
    // other download, on disk, waits for it.
    QTRY_COMPARE_WITH_TIMEOUT(storeA.placementsWaiting() + storeB.placementsWaiting(), 1, 10000);
    QCOMPARE(settledA.size() + settledB.size(), 0);
    QVERIFY(lock.exec(u"COMMIT"_s));
    QTRY_COMPARE_WITH_TIMEOUT(settledA.size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(settledB.size(), 1, 10000);
    QCOMPARE(settledA.constFirst().at(1).toInt(), 0);
    QCOMPARE(settledB.constFirst().at(1).toInt(), 0);

    const QStringList files = filesIn(library);
    QCOMPARE(files.size(), 1);
    const OutputRecord a = storeA.index()->outputsOfJob(u"aaaaaaaa-farm-1"_s).value(0);
    const OutputRecord b = storeB.index()->outputsOfJob(u"bbbbbbbb-farm-2"_s).value(0);
    QCOMPARE(a.state, OutputRecord::State::Stored);
    QCOMPARE(b.state, OutputRecord::State::Stored);
    QCOMPARE(QFileInfo(a.path).canonicalFilePath(), QFileInfo(files.constFirst()).canonicalFilePath());
    QCOMPARE(QFileInfo(b.path).canonicalFilePath(), QFileInfo(files.constFirst()).canonicalFilePath());
    QCOMPARE(storeA.index()->references(a.path), 2);
}

// Two Easel processes (the window and an easel-run, or two easel-run) store identical bytes
// into one library at the same moment: one file on disk, each job's row pointing at it.
// Streamed (a body past ProtocolLimits::viewInMemoryBytes, in a part file): the race is
// forced, the test holds the index's write lock while both downloads arrive, so both
// processes have looked for a stored copy (none yet) and put their file in place before
// either can record it; then the lock goes and both record (LibraryIndex::claimContent).
// In memory: each writer looks up and records the bytes in one write transaction, so
// whichever comes second shares the first's file and never makes one of its own.
void tst_OutputStore::twoProcessesOfOneLibraryStoreIdenticalBytesOnce_data()
{
    QTest::addColumn<bool>("streamed");
    QTest::addRow("in memory") << false;
    QTest::addRow("streamed") << true;
}

void tst_OutputStore::twoProcessesOfOneLibraryStoreIdenticalBytesOnce()
{
    QFETCH(bool, streamed);
    const QString peer = QStringLiteral(EASEL_BINARY_DIR "/tests/integration/outputstorepeer");
    QVERIFY(QFile::exists(peer));
    FakeComfy server;
    QVERIFY(server.listen());
    QByteArray picture = "the same picture, stored by two processes";
    if (streamed)
        picture += QByteArray(ProtocolLimits().viewInMemoryBytes, 'x');
    server.view = [picture](const QString &, QByteArray *body) {
        *body = picture;
        return 200;
    };
    // Two jobs, two names (as a server numbers its files), one picture.
    const QStringList jobs = {u"aaaaaaaa-proc-1"_s, u"bbbbbbbb-proc-2"_s};
    const QStringList names = {u"ComfyUI_00001_.png"_s, u"ComfyUI_00002_.png"_s};
    for (int i = 0; i < 2; ++i)
        server.historyById.insert(jobs.at(i), historyWith(jobs.at(i), {names.at(i)}));

    QTemporaryDir library;
    // The test's own connection: it makes the schema before the peers start, holds the
    // write lock during the race and reads the result.
    LibraryIndex index(library.path());
    QVERIFY(index.open());
    CreatedNames created(library.path());
    QVERIFY(created.isWatching());
    QSqlQuery lock(index.database());
    server.holdViews = 2; // both answered at once
    if (streamed)
        server.beforeViewsAnswered = [&] { QVERIFY2(lock.exec(u"BEGIN IMMEDIATE"_s), qPrintable(lock.lastError().text())); };

    QList<QProcess *> peers;
    auto cleanup = qScopeGuard([&] {
        lock.exec(u"ROLLBACK"_s);
        for (QProcess *process : std::as_const(peers)) {
            process->kill();
            process->waitForFinished(5000);
            delete process;
        }
    });
    for (const QString &job : jobs) {
        auto *process = new QProcess;
        process->setProcessChannelMode(QProcess::ForwardedChannels);
        process->start(peer, {library.path(), server.url().toString(), job});
        peers.append(process);
    }
    for (QProcess *process : std::as_const(peers))
        QVERIFY(process->waitForStarted(10000));
    if (streamed) {
        // Both downloads answered, checked and put in place, neither recorded.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(QDir(library.path()).filePath(names.at(0)))
                                     && QFile::exists(QDir(library.path()).filePath(names.at(1))),
                                 20000);
        QVERIFY(lock.exec(u"COMMIT"_s));
    }
    for (QProcess *process : std::as_const(peers)) {
        QTRY_COMPARE_WITH_TIMEOUT(process->state(), QProcess::NotRunning, 20000);
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(process->exitCode(), 0);
    }
    QCOMPARE(server.viewRequests, 2);

    const QStringList files = filesIn(library.path());
    QCOMPARE(files.size(), 1);
    for (const QString &job : jobs) {
        const QList<OutputRecord> rows = index.outputsOfJob(job);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.constFirst().state, OutputRecord::State::Stored);
        QCOMPARE(QFileInfo(rows.constFirst().path).canonicalFilePath(),
                 QFileInfo(files.constFirst()).canonicalFilePath());
    }
    QCOMPARE(index.references(files.constFirst()), 2);
    // The one file holds the whole picture (not a half-written or removed copy).
    QVERIFY(sha256Of(files.constFirst()).size() == 32);
    QCOMPARE(index.outputsOfJob(jobs.at(0)).constFirst().size, QFileInfo(files.constFirst()).size());
    if (!streamed) {
        // Kept in memory: one name made in the library, ever (no part files, no second copy).
        const QStringList made = created.names();
        QCOMPARE(made.size(), 1);
        QVERIFY2(names.contains(made.constFirst()), qPrintable(made.join(u", "_s)));
    }
}

// A /view body up to ProtocolLimits::viewInMemoryBytes stays in memory and is written once,
// straight to its place; a larger one streams to a hidden part file, renamed into place.
// Either way the file holds exactly the server's bytes.
void tst_OutputStore::partFileOnlyPastTheMemoryBound_data()
{
    QTest::addColumn<qint64>("memoryBytes");
    QTest::addColumn<QStringList>("madeNames");
    QTest::addRow("kept in memory") << ProtocolLimits().viewInMemoryBytes << QStringList{u"noise.png"_s};
    QTest::addRow("past the bound") << qint64(1024) << QStringList{u".noise.png.part"_s, u"noise.png"_s};
}

void tst_OutputStore::partFileOnlyPastTheMemoryBound()
{
    QFETCH(qint64, memoryBytes);
    QFETCH(QStringList, madeNames);
    QImage image(128, 128, QImage::Format_RGB32);
    QRandomGenerator noise(7);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, noise.generate());
    }
    QByteArray payload;
    QBuffer buffer(&payload);
    QVERIFY(buffer.open(QIODevice::WriteOnly) && image.save(&buffer, "PNG"));
    QVERIFY(payload.size() > 4 * memoryBytes || memoryBytes > 4 * payload.size());
    FakeComfy server;
    QVERIFY(server.listen());
    server.view = [&](const QString &, QByteArray *body) {
        *body = payload;
        return 200;
    };
    QTemporaryDir library;
    ComfyClient client(server.url());
    ProtocolLimits limits;
    limits.viewInMemoryBytes = memoryBytes;
    client.setLimits(limits);
    OutputStore store(&client, library.path());
    store.open();
    CreatedNames created(library.path());
    QVERIFY(created.isWatching());
    QSignalSpy settled(&store, &OutputStore::jobSettled);
    QVERIFY(fetchAndSettle(server, store, settled, u"aaaaaaaa-noise"_s, {u"noise.png"_s}));
    QCOMPARE(created.names(), madeNames);
    const OutputRecord row = store.index()->outputsOfJob(u"aaaaaaaa-noise"_s).value(0);
    QCOMPARE(row.state, OutputRecord::State::Stored);
    QCOMPARE(QFileInfo(row.path).fileName(), u"noise.png"_s);
    QFile file(row.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), payload);
    QCOMPARE(row.width, 128);
    QCOMPARE(filesIn(library.path()), QStringList{row.path});
}

// Two Easel processes on one library and one server: a store that resumes Pending rows
// takes only its own and those no live process owns. Another process's row, being fetched
// right now into its part file, is left to it; once that process is killed, the row is
// taken up and stored, once.
void tst_OutputStore::resumeLeavesALiveProcessesRows()
{
    const QString peer = QStringLiteral(EASEL_BINARY_DIR "/tests/integration/outputstorepeer");
    QVERIFY(QFile::exists(peer));
    FakeComfy server;
    QVERIFY(server.listen());
    const QString job = u"aaaaaaaa-owned"_s;
    server.historyById.insert(job, historyWith(job, {u"owned.png"_s}));
    server.view = [](const QString &, QByteArray *body) {
        *body = "fetched by one process only";
        return 200;
    };
    server.holdViews = 1000; // every /view waits for answerHeld()
    QTemporaryDir library;

    QProcess other;
    other.setProcessChannelMode(QProcess::ForwardedChannels);
    other.start(peer, {library.path(), server.url().toString(), job});
    auto cleanup = qScopeGuard([&] {
        other.kill();
        other.waitForFinished(5000);
    });
    QVERIFY(other.waitForStarted(10000));
    // The other process recorded the row and is fetching it (its /view is held).
    QTRY_COMPARE_WITH_TIMEOUT(server.viewRequests, 1, 20000);

    ComfyClient client(server.url());
    OutputStore store(&client, library.path());
    store.open();
    QSignalSpy stored(&store, &OutputStore::outputStored);
    QSignalSpy resumed(&store, &OutputStore::resumed);
    store.resumePending();
    QTRY_COMPARE_WITH_TIMEOUT(resumed.size(), 1, 10000);
    QCOMPARE(resumed.constFirst().at(0).toInt(), 0); // not taken: its owner is alive
    QCOMPARE(store.outstanding(job), 0);

    // The other process dies mid-download: its row is anyone's now.
    other.kill();
    QVERIFY(other.waitForFinished(10000));
    server.holdViews = 0;
    server.answerHeld();
    store.resumePending();
    QTRY_COMPARE_WITH_TIMEOUT(resumed.size(), 2, 10000);
    QCOMPARE(resumed.at(1).at(0).toInt(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 10000);
    QCOMPARE(server.viewRequests, 2);
    const QList<OutputRecord> rows = store.index()->outputsOfJob(job);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().state, OutputRecord::State::Stored);
    // One file: the part file the killed process had open was taken over and renamed.
    QCOMPARE(filesIn(library.path()), QStringList{rows.constFirst().path});
    QVERIFY(sha256Of(rows.constFirst().path).size() == 32);
}

// Another process (the window and an easel-run on one library) may hold the index's write
// lock for seconds, and every write waits for it (busy_timeout 10 s). The store's thread,
// the window's GUI thread, never does: with the lock held by another connection, a job is
// recorded and its history entry handed over, the event loop keeps turning (a 10 ms timer
// never stalls), the prompt is not posted before its row is committed and nothing is
// stored; once the lock goes, the row is committed and the output arrives.
void tst_OutputStore::lockedIndexNeverStopsTheEventLoop()
{
    FakeComfy server;
    QVERIFY(server.listen());
    const QString job = u"aaaaaaaa-locked"_s;
    server.historyById.insert(job, historyWith(job, {u"locked.png"_s}));
    server.view = [](const QString &, QByteArray *body) {
        *body = "stored once the lock went";
        return 200;
    };
    QTemporaryDir library;
    ComfyClient client(server.url());
    OutputStore store(&client, library.path());
    store.open();
    QSignalSpy stored(&store, &OutputStore::outputStored);
    QSignalSpy settled(&store, &OutputStore::jobSettled);

    LibraryIndex other(library.path());
    QVERIFY(other.open());
    QSqlQuery lock(other.database());
    QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s));
    auto unlock = qScopeGuard([&] { lock.exec(u"ROLLBACK"_s); });

    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 longestGap = 0;
    int ticks = 0;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    connect(&timer, &QTimer::timeout, &timer, [&] {
        const qint64 now = clock.elapsed();
        longestGap = std::max(longestGap, now - last);
        last = now;
        ++ticks;
    });
    timer.start(10);

    bool recorded = false;
    store.recordJob(job, R"({"3":{"class_type":"KSampler","inputs":{"seed":7}}})", {}, {}, {}, &store,
                    [&recorded] { recorded = true; });
    const Result<QList<HistoryEntry>> entry = WireParsers::parseHistory(server.historyById.value(job), u"/history"_s);
    QVERIFY(entry.isOk());
    QCOMPARE(store.addHistoryEntry(entry.value().constFirst()), 1);
    QVERIFY(clock.elapsed() < 5000); // neither call waited for the lock (busy_timeout is 10 s)
    QTRY_VERIFY_WITH_TIMEOUT(ticks >= 30, 5000);
    // The old store waited for the lock on this thread: a gap of 10 s, the busy timeout.
    QVERIFY2(longestGap < 5000, qPrintable(QString::number(longestGap)));
    QVERIFY(!recorded);
    QCOMPARE(server.viewRequests, 0); // the Pending row is not committed: no download yet
    QCOMPARE(stored.size(), 0);

    QVERIFY(lock.exec(u"COMMIT"_s));
    QTRY_VERIFY_WITH_TIMEOUT(recorded, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 1, 10000);
    QCOMPARE(settled.constFirst().at(1).toInt(), 0);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(store.index()->job(job)->apiJson, QByteArray(R"({"3":{"class_type":"KSampler","inputs":{"seed":7}}})"));
    const QList<OutputRecord> rows = store.index()->outputsOfJob(job);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().state, OutputRecord::State::Stored);
    QCOMPARE(rows.constFirst().seed, u"7"_s);
    QVERIFY(QFile::exists(rows.constFirst().path));
}

// The writer takes what was queued while it waited (here: for another connection's write
// lock) in one wake-up, and commits a run of job rows, history entries and placed downloads
// together. Nothing may be answered before its rows are committed: a job's prompt is posted
// only once its row is there, and a file is fetched only once its Pending row is (a crash in
// between leaves nothing, or a Pending row the next start fetches). Each answer is checked
// against a second connection, which sees committed rows only.
void tst_OutputStore::writesQueuedTogetherAreAnsweredOnceCommitted()
{
    constexpr int jobs = 160;
    FakeComfy server;
    QVERIFY(server.listen());
    QTemporaryDir library;
    LibraryIndex reader(library.path());
    QVERIFY(reader.open());
    const auto committedRow = [&reader](const QString &promptId, OutputRecord::State state) {
        const QList<OutputRecord> rows = reader.outputsOfJob(promptId);
        return rows.size() == 1 && rows.constFirst().state == state;
    };
    QStringList viewedUncommitted;
    server.view = [&](const QString &name, QByteArray *body) {
        const QString promptId = QFileInfo(name).completeBaseName();
        if (!committedRow(promptId, OutputRecord::State::Pending))
            viewedUncommitted.append(promptId);
        *body = promptId.toUtf8(); // its own bytes: every job places a file of its own
        return 200;
    };
    ComfyClient client(server.url());
    OutputStore store(&client, library.path());
    store.open();
    QSignalSpy settled(&store, &OutputStore::jobSettled);
    QSignalSpy stored(&store, &OutputStore::outputStored);
    connect(&store, &OutputStore::outputStored, this, [&](const OutputRecord &record) {
        if (!committedRow(record.promptId, OutputRecord::State::Stored))
            viewedUncommitted.append(u"stored "_s + record.promptId);
    });

    // Every write queues up behind another connection's write lock.
    LibraryIndex other(library.path());
    QVERIFY(other.open());
    QSqlQuery lock(other.database());
    QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s));
    auto unlock = qScopeGuard([&] { lock.exec(u"ROLLBACK"_s); });
    int recorded = 0;
    QStringList answeredUncommitted;
    // Waited for in an event loop of its own, which takes each answer as it comes (QTRY's
    // 50 ms naps would let a commit that came late catch up with an early answer).
    QEventLoop allRecorded;
    for (int i = 0; i < jobs; ++i) {
        const QString job = u"job%1"_s.arg(i, 4, 10, QChar(u'0'));
        server.historyById.insert(job, historyWith(job, {job + u".png"_s}));
        store.recordJob(job,
                        R"({"3":{"class_type":"KSampler","inputs":{"seed":7}}})",
                        {},
                        {},
                        {},
                        &store,
                        [&, job] {
                            if (!reader.job(job))
                                answeredUncommitted.append(job);
                            if (++recorded == jobs)
                                allRecorded.quit();
                        });
        // Half the jobs' entries queued right behind their rows: job rows and Pending rows
        // share commits. The other half are read from /history once recorded.
        if (i % 2 == 0) {
            const Result<QList<HistoryEntry>> entry
                = WireParsers::parseHistory(server.historyById.value(job), u"/history"_s);
            QVERIFY(entry.isOk());
            QCOMPARE(store.addHistoryEntry(entry.value().constFirst()), 1);
        }
    }
    QTest::qWait(50); // the writer is waiting for the lock (or is yet to take its queue)
    QCOMPARE(recorded, 0);
    QCOMPARE(server.viewRequests, 0);
    QVERIFY(lock.exec(u"COMMIT"_s));
    QTimer::singleShot(20000, &allRecorded, &QEventLoop::quit);
    allRecorded.exec();
    QCOMPARE(recorded, jobs);
    QVERIFY2(answeredUncommitted.isEmpty(), qPrintable(answeredUncommitted.join(u' ')));
    for (int i = 1; i < jobs; i += 2)
        store.fetchJob(u"job%1"_s.arg(i, 4, 10, QChar(u'0')));
    QTRY_COMPARE_WITH_TIMEOUT(settled.size(), jobs, 20000);
    QCOMPARE(stored.size(), jobs);
    QVERIFY2(viewedUncommitted.isEmpty(), qPrintable(viewedUncommitted.join(u' ')));
    for (const QList<QVariant> &job : std::as_const(settled))
        QCOMPARE(job.at(1).toInt(), 0);
    for (int i = 0; i < jobs; ++i) {
        const QString job = u"job%1"_s.arg(i, 4, 10, QChar(u'0'));
        QVERIFY(committedRow(job, OutputRecord::State::Stored));
        QCOMPARE(reader.job(job)->apiJson,
                 QByteArray(R"({"3":{"class_type":"KSampler","inputs":{"seed":7}}})"));
    }
    QCOMPARE(filesIn(library.path()).size(), jobs);
}

// The facts a job's outputs get, read from a prompt parsed already, are those read from its
// text: every API workflow and captured prompt in ../shared, and seeds the rule's regular
// expression ("(?:noise_)?seed"\s*:\s*(\d+), first match, digits as written) finds or not.
void tst_OutputStore::promptFactsOfAParsedPrompt()
{
    const QRegularExpression rule(uR"("(?:noise_)?seed"\s*:\s*(\d+))"_s);
    QList<QByteArray> prompts;
    QDirIterator workflows(QStringLiteral(EASEL_SHARED_DIR "/workflows/api"), {u"*.json"_s}, QDir::Files);
    while (workflows.hasNext()) {
        QFile file(workflows.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        prompts.append(file.readAll()); // as written: indented, keys in the file's order
    }
    QDirIterator captures(QStringLiteral(EASEL_SHARED_DIR "/captures"), {u"post_prompt.request_body.json"_s},
                          QDir::Files, QDirIterator::Subdirectories);
    while (captures.hasNext())
        prompts.append(capturedPrompt(QDir(QStringLiteral(EASEL_SHARED_DIR "/captures")).relativeFilePath(captures.next())));
    QVERIFY(prompts.size() >= 20);
    prompts += {
        R"({"1":{"inputs":{"seed" :"5","noise_seed":
 	18446744073709551615}}})",
        R"({"1":{"inputs":{"text":"\"seed\": 3 caf\u00e9","xseed":4,"seed":"x","my_noise_seed":9}}})",
        "{\"1\":{\"inputs\":{\"text\":\"\xc3\xa9\xe6\x97\xa5\",\"seed\"\x0b:\x0c""12}}}",
        R"({"1":{"inputs":{"seed":-4,"seed": 7}}})",
        R"({"seed":)",
        R"("noise_seed"  : 0012)",
        "",
    };
    const auto factsOf = [](const QByteArray &json) {
        const PromptFacts facts = promptFacts(json);
        return QStringList{facts.seed, facts.promptText};
    };
    int seeds = 0;
    for (const QByteArray &prompt : std::as_const(prompts)) {
        const QRegularExpressionMatch match = rule.match(QString::fromUtf8(prompt));
        const PromptFacts parsed = promptFacts(prompt, QJsonDocument::fromJson(prompt).object());
        QCOMPARE(parsed.seed, match.hasMatch() ? match.captured(1) : QString());
        QCOMPARE((QStringList{parsed.seed, parsed.promptText}), factsOf(prompt));
        seeds += match.hasMatch() ? 1 : 0;
    }
    QVERIFY(seeds >= 5); // two fixtures with a seed, three of the cases above
    QFile sd15(QStringLiteral(EASEL_SHARED_DIR "/workflows/api/sd15_basic.json"));
    QVERIFY(sd15.open(QIODevice::ReadOnly));
    const QByteArray sd15Json = sd15.readAll();
    // The fixture: KSampler "3" has seed 8566257 and its positive from CLIPTextEncode "6".
    QCOMPARE(factsOf(sd15Json), (QStringList{u"8566257"_s, u"masterpiece best quality girl"_s}));
    QCOMPARE(factsOf(prompts.at(prompts.size() - 7)).constFirst(), u"18446744073709551615"_s);
    QCOMPARE(factsOf(prompts.at(prompts.size() - 5)).constFirst(), u"12"_s);
    QCOMPARE(factsOf(prompts.at(prompts.size() - 4)).constFirst(), u"7"_s);
}

// The writer parses a job's prompt once at most: for its changed inputs when the job is
// recorded, not again for the seed and text its outputs get when its history entry comes;
// not at all when the caller parsed it (the job runner does). The batch's base once.
void tst_OutputStore::writerParsesEachPromptOnce()
{
    FakeComfy server;
    QVERIFY(server.listen());
    server.view = [](const QString &name, QByteArray *body) {
        *body = "pixels of " + name.toUtf8();
        return 200;
    };
    QTemporaryDir library;
    ComfyClient client(server.url());
    OutputStore store(&client, library.path());
    store.open();
    QSignalSpy settled(&store, &OutputStore::jobSettled);
    const auto prompt = [](const QByteArray &seedKey, const QByteArray &seed, const QByteArray &text) -> QByteArray {
        return R"({"3":{"class_type":"KSampler","inputs":{")" + seedKey + R"(":)" + seed
               + R"(,"positive":["6",0],"negative":["7",0]}},"6":{"class_type":"CLIPTextEncode","inputs":{"text":")"
               + text + R"("}},"7":{"class_type":"CLIPTextEncode","inputs":{"text":"blurry"}}})";
    };
    const QByteArray base = prompt("seed", "1", "base");
    struct Job
    {
        QString id;
        QByteArray prompt;
        QByteArray base;
        bool parsedByCaller;
        QString seed; // from the prompt's text
        QString text; // the positive's
    };
    const QList<Job> jobs = {
        {u"aaaaaaaa-1"_s, prompt("seed", "18446744073709551615", "a red fox"), base, false,
         u"18446744073709551615"_s, u"a red fox"_s},
        {u"bbbbbbbb-2"_s, prompt("seed", "7", R"(a \"blue\" jay)"), base, true, u"7"_s, u"a \"blue\" jay"_s},
        {u"cccccccc-3"_s, prompt("noise_seed", "42", "caf\xc3\xa9"), {}, false, u"42"_s, u"caf\u00e9"_s},
        {u"dddddddd-4"_s, prompt("noise_seed", "43", "owl"), {}, true, u"43"_s, u"owl"_s},
    };
    const quint64 before = promptParseCount();
    int parsedHere = 1; // the base
    for (const Job &job : jobs) {
        std::optional<QJsonObject> api;
        if (job.parsedByCaller)
            api = QJsonDocument::fromJson(job.prompt).object();
        else
            ++parsedHere;
        store.recordJob(job.id, job.prompt, {}, job.base, {}, nullptr, {}, api);
    }
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        const Job &job = jobs.at(i);
        server.historyJson = historyWith(job.id, {job.id.left(8) + u".png"_s});
        store.fetchJob(job.id);
        QTRY_COMPARE(settled.count(), i + 1);
        QCOMPARE(settled.constLast().at(1).toInt(), 0);
        const QList<OutputRecord> outputs = store.index()->outputsOfJob(job.id);
        QCOMPARE(outputs.size(), 1);
        QCOMPARE(outputs.constFirst().seed, job.seed);
        QCOMPARE(outputs.constFirst().promptText, job.text);
    }
    // A job this library did not queue: its facts come from the prompt in its history entry,
    // parsed with the entry, not parsed again.
    const QString unknown = u"eeeeeeee-5"_s;
    QJsonObject history = QJsonDocument::fromJson(historyWith(unknown, {u"eeeeeeee.png"_s})).object();
    QJsonObject entry = history.value(unknown).toObject();
    QJsonArray queued = entry.value(u"prompt"_s).toArray();
    queued.replace(2, QJsonDocument::fromJson(prompt("seed", "9007199254740993", "a wren")).object());
    entry.insert(u"prompt"_s, queued);
    history.insert(unknown, entry);
    server.historyJson = QJsonDocument(history).toJson(QJsonDocument::Compact);
    store.fetchJob(unknown);
    QTRY_COMPARE(settled.count(), jobs.size() + 1);
    const QList<OutputRecord> outputs = store.index()->outputsOfJob(unknown);
    QCOMPARE(outputs.size(), 1);
    QCOMPARE(outputs.constFirst().promptText, u"a wren"_s);
    QVERIFY(!outputs.constFirst().seed.isEmpty());
    QCOMPARE(promptParseCount() - before, quint64(parsedHere));
}

void tst_OutputStore::hostileNamesStayInside()
{
    FakeComfy server;
    QVERIFY(server.listen());
    const QStringList hostile = {u"../../x.png"_s, u"/etc/passwd"_s, u"CON"_s, u"CON.png"_s,
                                 QString(300, u'a') + u".png"_s, u"a\u0000b.png"_s,
                                 u"..\\..\\win.png"_s, u"x.png"_s, u"x.png"_s, u"."_s, u""_s};
    server.historyJson = historyWith(u"p1"_s, hostile, u"../../.."_s);
    server.view = [](const QString &name, QByteArray *body) {
        *body = "bytes of " + name.toUtf8();
        return 200;
    };
    QTemporaryDir root;
    const QString libraryPath = root.filePath(u"library"_s);
    ComfyClient client(server.url());
    OutputStore store(&client, libraryPath);
    store.open();
    QSignalSpy settled(&store, &OutputStore::jobSettled);
    store.fetchJob(u"p1"_s);
    QVERIFY(settled.wait(10000));
    QCOMPARE(settled.constFirst().at(1).toInt(), 0);

    const QStringList files = filesIn(root.path());
    // Two entries have the same identity (x.png twice in one node) and are one output.
    QCOMPARE(store.index()->storedCount(), int(hostile.size()) - 1);
    QCOMPARE(files.size(), int(hostile.size()) - 1);
    const QString canonicalLibrary = QDir(libraryPath).canonicalPath() + u'/';
    for (const QString &file : files) {
        QVERIFY2(QFileInfo(file).canonicalFilePath().startsWith(canonicalLibrary), qPrintable(file));
        QVERIFY2(QFileInfo(file).fileName().toUtf8().size() <= 255, qPrintable(file));
        QVERIFY(!QFileInfo(file).fileName().contains(QChar(0)));
        QVERIFY(QFileInfo(file).fileName().compare(u"CON"_s, Qt::CaseInsensitive) != 0);
    }
    QVERIFY(!QFile::exists(root.filePath(u"x.png"_s)));
}

void tst_OutputStore::connectionKilledMidDownload()
{
    FakeComfy server;
    QVERIFY(server.listen());
    server.historyJson = historyWith(u"p2"_s, {u"big.png"_s});
    // A real PNG, so a body cut short can be told from a whole one.
    QImage image(400, 400, QImage::Format_RGB32);
    QRandomGenerator noise(42); // noise: the PNG stays big enough to be cut mid-body
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, noise.generate());
    }
    QByteArray payload;
    QBuffer buffer(&payload);
    QVERIFY(buffer.open(QIODevice::WriteOnly) && image.save(&buffer, "PNG"));
    QVERIFY(payload.size() > 100000);
    int calls = 0;
    server.view = [&](const QString &, QByteArray *body) {
        *body = payload;
        // Cut off halfway three times: QNAM itself silently resends a GET whose connection
        // died up to twice, so the third cut at the latest reaches the store as a failure.
        return ++calls <= 3 ? 0 : 200;
    };
    QTemporaryDir library;
    ComfyClient client(server.url());
    OutputStore store(&client, library.path());
    store.setRetryDelays(20, 200);
    store.open();
    QSignalSpy stored(&store, &OutputStore::outputStored);
    QSignalSpy failed(&store, &OutputStore::downloadFailed);
    QSignalSpy settled(&store, &OutputStore::jobSettled);
    store.fetchJob(u"p2"_s);
    QVERIFY(settled.wait(10000));
    // The cut-off bodies were really served; whether the client's own retry of a GET or
    // the store's retry recovered, the output arrives whole and once.
    QVERIFY(calls > 3);
    QCOMPARE(stored.size(), 1);
    const auto record = stored.constFirst().at(0).value<OutputRecord>();
    QFile file(record.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray got = file.readAll();
    QCOMPARE(got.size(), payload.size());
    QCOMPARE(got, payload);
    QCOMPARE(filesIn(library.path()), QStringList{record.path});
    QCOMPARE(store.index()->output(record.id)->size, payload.size());
}

void tst_OutputStore::restartResumesPendingDownload()
{
    FakeComfy server;
    QVERIFY(server.listen());
    server.historyJson = historyWith(u"p3"_s, {u"later.png"_s});
    bool up = false;
    server.view = [&](const QString &, QByteArray *body) {
        *body = up ? QByteArray("finally") : QByteArray();
        return up ? 200 : 503;
    };
    QTemporaryDir library;
    ComfyClient client(server.url());
    {
        OutputStore first(&client, library.path());
        first.setRetryDelays(10, 20);
        first.setMaxAttemptsPerSession(2);
        first.open();
        QSignalSpy settled(&first, &OutputStore::jobSettled);
        first.fetchJob(u"p3"_s);
        QVERIFY(settled.wait(10000));
        QCOMPARE(settled.constFirst().at(1).toInt(), 1);
        QCOMPARE(first.index()->pendingOutputs().size(), 1);
        QVERIFY(filesIn(library.path()).isEmpty()); // no partial file shows up
    }
    up = true;
    OutputStore second(&client, library.path());
    second.open();
    QSignalSpy stored(&second, &OutputStore::outputStored);
    second.resumePending();
    QVERIFY(stored.wait(10000));
    QCOMPARE(second.index()->storedCount(), 1);
    QVERIFY(second.index()->pendingOutputs().isEmpty());
    QCOMPARE(filesIn(library.path()).size(), 1);
    // Reading the history again adds nothing.
    QCOMPARE(second.addHistoryEntry([&] {
                 HistoryEntry entry;
                 entry.promptId = u"p3"_s;
                 NodeOutput node;
                 node.nodeId = u"9"_s;
                 OutputFile file;
                 file.filename = u"later.png"_s;
                 node.files.append(file);
                 entry.outputs.append(node);
                 return entry;
             }()),
             0);
    QCOMPARE(second.index()->outputsOfJob(u"p3"_s).size(), 1);
}

void tst_OutputStore::finishedWhileAwayFetchedOnce()
{
    FakeComfy server;
    QVERIFY(server.listen());
    server.historyJson = historyWith(u"p4"_s, {u"away.png"_s});
    server.view = [](const QString &, QByteArray *body) {
        *body = "away";
        return 200;
    };
    QTemporaryDir library;
    ComfyClient client(server.url());
    {
        // Queued, then Easel quit before the job ended.
        OutputStore before(&client, library.path());
        before.open();
        before.recordJob(u"p4"_s, R"({"3":{"class_type":"KSampler","inputs":{"seed":18446744073709551615}}})");
    }
    OutputStore after(&client, library.path());
    after.open();
    QCOMPARE(after.index()->unfetchedJobs(client.baseUrl().toString()), QStringList{u"p4"_s});
    QSignalSpy stored(&after, &OutputStore::outputStored);
    after.recoverUnfetchedJobs();
    QVERIFY(stored.wait(10000));
    QCOMPARE(stored.constFirst().at(0).value<OutputRecord>().seed, u"18446744073709551615"_s);
    QVERIFY(after.index()->unfetchedJobs(client.baseUrl().toString()).isEmpty());
    after.recoverUnfetchedJobs(); // nothing left to ask for
    QCOMPARE(server.viewRequests, 1);
    QCOMPARE(after.index()->storedCount(), 1);
}


// One job with every kind the captures show, plus bad files: each good file is stored and
// indexed with its kind, size, frames, duration and codec; a cut MP4, a video claiming
// 100000x100000 and 50 MB of text are stored with a message (and bounded); an empty file
// fails alone; the rest of the job is saved.
void tst_OutputStore::everyKindStoredWithItsMedia()
{
    auto capture = [](const QString &relative) {
        QFile file(QStringLiteral(EASEL_SHARED_DIR "/captures/") + relative);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QByteArray mp4 = capture(u"run_media_video_mp4/view_output0.mp4"_s);
    const QHash<QString, QByteArray> files = {
        {u"clip_00001_.webm"_s, capture(u"run_media_video_webm/view_output0.webm"_s)},
        {u"cut_00001_.mp4"_s, mp4.left(1000)},
        {u"tone_00001_.flac"_s, capture(u"run_media_audio/view_output2.flac"_s)},
        {u"silence_00001_.flac"_s, QByteArray()},
        {u"anim_00001_.webp"_s, capture(u"run_media_animated_webp/view_output0.webp"_s)},
        {u"mesh_00001_.glb"_s, QByteArray("glTF\x02\0\0\0", 8)},
    };
    QVERIFY(!files.value(u"clip_00001_.webm"_s).isEmpty());
    auto file = [](const QString &name) {
        return QJsonObject{{u"filename"_s, name}, {u"subfolder"_s, u""_s}, {u"type"_s, u"output"_s}};
    };
    const QString caption = QString::fromUtf8("caf\u00e9 \u2713 \u65e5\u672c\nsecond line");
    QString huge(50 * 1024 * 1024, u'x');
    const QJsonObject outputs{
        {u"16"_s, QJsonObject{{u"images"_s, QJsonArray{file(u"clip_00001_.webm"_s), file(u"cut_00001_.mp4"_s)}},
                              {u"animated"_s, QJsonArray{true}}}},
        {u"17"_s, QJsonObject{{u"audio"_s, QJsonArray{file(u"tone_00001_.flac"_s), file(u"silence_00001_.flac"_s)}}}},
        {u"18"_s, QJsonObject{{u"images"_s, QJsonArray{file(u"anim_00001_.webp"_s)}}, {u"animated"_s, QJsonArray{true}}}},
        {u"19"_s, QJsonObject{{u"3d"_s, QJsonArray{file(u"mesh_00001_.glb"_s)}}, {u"bbox"_s, QJsonArray{QJsonArray{1, 2}}}}},
        {u"2"_s, QJsonObject{{u"text"_s, QJsonArray{caption, huge}}}},
    };
    huge.clear();
    const QJsonObject entry{
        {u"prompt"_s, QJsonArray{0, u"pm"_s, QJsonObject{}, QJsonObject{}, QJsonArray{u"16"_s}}},
        {u"outputs"_s, outputs},
        {u"status"_s, QJsonObject{{u"status_str"_s, u"success"_s}, {u"completed"_s, true},
                                  {u"messages"_s, QJsonArray{}}}},
        {u"meta"_s, QJsonObject{}}};
    FakeComfy server;
    QVERIFY(server.listen());
    server.historyJson = QJsonDocument(QJsonObject{{u"pm"_s, entry}}).toJson(QJsonDocument::Compact);
    server.view = [&files](const QString &name, QByteArray *body) {
        *body = files.value(name);
        return 200;
    };
    QTemporaryDir library;
    ComfyClient client(server.url());
    OutputStore store(&client, library.path());
    store.setRetryDelays(10, 20);
    store.setMaxAttemptsPerSession(2);
    store.open();
    QSignalSpy settled(&store, &OutputStore::jobSettled);
    QSignalSpy failedSpy(&store, &OutputStore::downloadFailed);
    store.fetchJob(u"pm"_s);
    QVERIFY(settled.wait(30000));
    QCOMPARE(settled.constFirst().at(1).toInt(), 1); // the empty file, alone
    QVERIFY(failedSpy.constLast().at(1).toString().contains(u"0 bytes"_s));

    LibraryIndex *index = store.index();
    QHash<QString, OutputRecord> byName;
    for (const OutputRecord &record : index->outputsOfJob(u"pm"_s))
        byName.insert(record.serverFileName, record);
    QCOMPARE(byName.size(), 8); // 6 files + 2 texts; the bbox key stays in the raw entry
    QCOMPARE(index->storedCount(), 7);

    const OutputRecord webm = byName.value(u"clip_00001_.webm"_s);
    QCOMPARE(webm.kind, MediaKind::Video);
    QCOMPARE(webm.mediaState, OutputRecord::MediaState::Read);
    QCOMPARE(webm.width, 64);
    QCOMPARE(webm.height, 64);
    QCOMPARE(webm.frameCount, 8);
    QCOMPARE(webm.durationMs, 1000);
    QCOMPARE(webm.codec, u"vp9"_s);

    const OutputRecord cut = byName.value(u"cut_00001_.mp4"_s);
    QCOMPARE(cut.state, OutputRecord::State::Stored);
    QCOMPARE(cut.mediaState, OutputRecord::MediaState::Unreadable);
    QVERIFY2(cut.mediaError.contains(u"cut short"_s), qPrintable(cut.mediaError));

    const OutputRecord tone = byName.value(u"tone_00001_.flac"_s);
    QCOMPARE(tone.kind, MediaKind::Audio);
    QCOMPARE(tone.codec, u"flac"_s);
    QCOMPARE(tone.durationMs, 1000);
    QCOMPARE(byName.value(u"silence_00001_.flac"_s).state, OutputRecord::State::Pending);

    const OutputRecord anim = byName.value(u"anim_00001_.webp"_s);
    QCOMPARE(anim.kind, MediaKind::Animation);
    QCOMPARE(anim.frameCount, 8);
    QCOMPARE(anim.durationMs, 1000);
    QCOMPARE(byName.value(u"mesh_00001_.glb"_s).kind, MediaKind::Model3D);

    const OutputRecord text = byName.value(u"text_2_1.txt"_s);
    QCOMPARE(text.kind, MediaKind::Text);
    QCOMPARE(text.text, caption);
    QFile written(text.path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(written.readAll()), caption);
    const OutputRecord big = byName.value(u"text_2_2.txt"_s);
    QCOMPARE(big.kind, MediaKind::Text);
    QVERIFY(big.text.size() < OutputStore::maxTextChars + 200);
    QVERIFY2(big.text.endsWith(u"of 52428800 characters of this text]"_s), qPrintable(big.text.right(80)));
    QVERIFY(QFileInfo(big.path).size() < OutputStore::maxTextChars + 200);
}

QTEST_GUILESS_MAIN(tst_OutputStore)
#include "tst_outputstore.moc"
