// A hostile ComfyUI lookalike (tests/faults/hostileserver.h): each case asserts a clear
// error (never a success), no wrong file, and where memory is at stake a bounded RSS read
// from /proc/self/status. docs/reliability.md, "Hostile servers", lists the cases.
#include "addresssanitizer.h"
#include "processmemory.h"
#include "comfyclient.h"
#include "eventstream.h"
#include "hostileserver.h"
#include "jobrunner.h"
#include "libraryindex.h"
#include "outputstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Easel;
using namespace HostileTest;
using namespace Qt::StringLiterals;

namespace {

// Under AddressSanitizer freed memory waits in a quarantine (256 MiB by default) and shadow
// memory grows with every allocation, so RSS says nothing about what Easel keeps: the
// sanitizer build checks that each giant is refused, the normal build also bounds memory.
constexpr bool kRssIsMeaningful = EaselTest::memoryFiguresAreMeaningful;

qint64 rssMiB() { return Easel::ProcessMemory::residentKiB() / 1024; }
qint64 peakMiB() { return Easel::ProcessMemory::peakResidentKiB() / 1024; }
void resetPeak() { Easel::ProcessMemory::resetPeak(); }

void writeAnswer(QTcpSocket *socket, const QByteArray &head, const QByteArray &body)
{
    socket->write(head + "\r\n\r\n" + body);
    socket->flush();
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject historyEntry(const QString &promptId, const QString &fileName)
{
    return QJsonObject{
        {u"prompt"_s, QJsonArray{1, promptId, QJsonObject{}, QJsonObject{}, QJsonArray{u"9"_s}}},
        {u"outputs"_s, QJsonObject{{u"9"_s, QJsonObject{{u"images"_s, QJsonArray{QJsonObject{
                                     {u"filename"_s, fileName}, {u"subfolder"_s, u""_s},
                                     {u"type"_s, u"output"_s}}}}}}}},
        {u"status"_s, QJsonObject{{u"status_str"_s, u"success"_s}, {u"completed"_s, true},
                                  {u"messages"_s, QJsonArray{}}}},
    };
}

// QTRY_* that works in a function returning a value.
#define QTRY_VERIFY_WITH_TIMEOUT_RESULT(expr, timeout)                                   \
    do {                                                                                  \
        QElapsedTimer clock;                                                              \
        clock.start();                                                                    \
        while (!(expr) && clock.elapsed() < (timeout))                                    \
            QTest::qWait(10);                                                             \
    } while (false)

template<typename T>
T waitFor(const QFuture<T> &future, int timeoutMs = 20000)
{
    QTRY_VERIFY_WITH_TIMEOUT_RESULT(future.isFinished(), timeoutMs);
    if (!future.isFinished())
        qFatal("the request never finished: a deadline is missing");
    return future.result();
}

const QByteArray pngBytes = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(13, 'h')
                            + QByteArray("\0\0\0\0IEND\xae\x42\x60\x82", 12);

} // namespace

class tst_Hostile : public QObject
{
    Q_OBJECT

private slots:
    void historyOfAnotherPrompt();
    void malformedHttp_data();
    void malformedHttp();
    void leftoverPartFileIsReplaced();
    void crossOriginRedirectKeepsTheBody();
    void trickleMeetsTheDeadline_data();
    void trickleMeetsTheDeadline();
    void stallMeetsTheTransferTimeout_data();
    void stallMeetsTheTransferTimeout();
    void dripIsNotAStall();
    void endlessViewIsStreamedAndRefused();
    void giantWebSocketMessage_data();
    void giantWebSocketMessage();
    void millionOutputsFailTheJob();
    void unknownJobIsLost();
    void bytesPerJobLimit();
    void prematureExecutingNull();
};

// Issue case 4: /history/{id} answers with an older entry of another prompt first.
void tst_Hostile::historyOfAnotherPrompt()
{
    const QString mine = u"11111111-1111-4111-8111-111111111111"_s;
    const QString other = u"22222222-2222-4222-8222-222222222222"_s;
    Server server([&](QTcpSocket *socket, const Request &request) {
        QJsonObject body{{other, historyEntry(other, u"theirs.png"_s)}};
        if (!request.path.contains("only-other"))
            body.insert(mine, historyEntry(mine, u"mine.png"_s));
        writeAnswer(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                + QByteArray::number(json(body).size()),
                    json(body));
    });
    ComfyClient client(QUrl(server.url()));
    const auto both = waitFor(client.historyEntry(mine));
    QVERIFY2(both.isOk(), qPrintable(both.error().message()));
    QCOMPARE(both.value().size(), 1);
    QCOMPARE(both.value().constFirst().promptId, mine);
    QCOMPARE(both.value().constFirst().outputs.constFirst().files.constFirst().filename, u"mine.png"_s);
    // Only the other prompt's entry: as if the server knew nothing of ours.
    const auto onlyOther = waitFor(client.historyEntry(u"only-other"_s));
    QVERIFY(onlyOther.isOk());
    QVERIFY(onlyOther.value().isEmpty());
}

// Issue case 9: broken HTTP that Qt passes through must be an error, not a saved file.
void tst_Hostile::malformedHttp_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected"); // a word of the message
    // Two Content-Length headers: Qt reads 5 bytes, a PNG signature cut short.
    QTest::addRow("conflicting content-length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 5\r\nContent-Length: 33")
        << pngBytes << u"Content-Length"_s;
    QTest::addRow("negative status")
        << QByteArray("HTTP/1.1 -200 OK\r\nContent-Type: image/png\r\nContent-Length: 33") << pngBytes
        << u"-200"_s;
    // Qt 6.4 waits for more after such a line, whatever follows: the deadline answers.
    QTest::addRow("header line without a colon")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nnot a header\r\nContent-Length: 33") << pngBytes
        << u"did not complete within the 2 s"_s;
    QTest::addRow("status 999")
        << QByteArray("HTTP/1.1 999 OK\r\nContent-Type: image/png\r\nContent-Length: 33") << pngBytes
        << u"999"_s;
}

void tst_Hostile::malformedHttp()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    Server server([&](QTcpSocket *socket, const Request &) { writeAnswer(socket, head, body); });
    QTemporaryDir dir;
    ComfyClient client(QUrl(server.url()));
    client.setMaxRetries(0);
    ProtocolLimits limits;
    limits.viewDeadlineMs = 2000;
    client.setLimits(limits);
    const QString path = dir.filePath(u"a.png"_s);
    const auto result = waitFor(client.viewToFile(OutputFile{u"a.png"_s, {}, u"output"_s}, path));
    QVERIFY2(!result.isOk(), "a broken answer was taken as a success");
    QVERIFY2(result.error().message().contains(expected), qPrintable(result.error().message()));
}

// The download's file is opened without truncating it (the store makes it empty
// beforehand); a longer leftover of an earlier attempt is emptied first, so the file holds
// exactly the answer's bytes and their hash.
void tst_Hostile::leftoverPartFileIsReplaced()
{
    Server server([&](QTcpSocket *socket, const Request &) {
        writeAnswer(socket, "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: " + QByteArray::number(pngBytes.size()),
                    pngBytes);
    });
    QTemporaryDir dir;
    const QString path = dir.filePath(u".a.png.part"_s);
    QFile leftover(path);
    QVERIFY(leftover.open(QIODevice::WriteOnly));
    QVERIFY(leftover.write(QByteArray(5000, 'x')) == 5000);
    leftover.close();
    ComfyClient client(QUrl(server.url()));
    const auto result = waitFor(client.viewToFile(OutputFile{u"a.png"_s, {}, u"output"_s}, path));
    QVERIFY2(result.isOk(), qPrintable(result.error().message()));
    QCOMPARE(result.value().size, pngBytes.size());
    QCOMPARE(result.value().sha256, QCryptographicHash::hash(pngBytes, QCryptographicHash::Sha256));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), pngBytes);
}

// Issue case 10: a 307 on POST /prompt to another port must not resend the workflow.
void tst_Hostile::crossOriginRedirectKeepsTheBody()
{
    Server elsewhere([](QTcpSocket *socket, const Request &) {
        writeAnswer(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2", "{}");
    });
    const QByteArray location = elsewhere.url().toUtf8() + "/prompt";
    Server server([&](QTcpSocket *socket, const Request &request) {
        if (request.method == "POST")
            writeAnswer(socket, "HTTP/1.1 307 Temporary Redirect\r\nLocation: " + location + "\r\nContent-Length: 0", {});
        else // /queue and /history/{id} of the idempotence check: not there
            writeAnswer(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2", "{}");
    });
    ComfyClient client(QUrl(server.url()));
    TransportOptions options;
    options.comfyApiKey = u"secret-key-123"_s;
    client.setTransportOptions(options);
    PromptRequest request;
    request.promptJson = R"({"1":{"class_type":"SaveImage","inputs":{}}})";
    request.promptId = ComfyClient::makePromptId();
    const auto result = waitFor(client.queuePrompt(request));
    QVERIFY2(!result.isOk(), "a cross-origin redirect was followed");
    QVERIFY2(result.error().message().contains(elsewhere.url().mid(7)),
             qPrintable(result.error().message()));
    QCOMPARE(elsewhere.requestCount(), 0);
}

// Issue case 3: one byte a second defeats an inactivity timeout, not the deadline.
void tst_Hostile::trickleMeetsTheDeadline_data()
{
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<QByteArray>("drip");
    QTest::addRow("body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{")
                          << QByteArray(" ");
    QTest::addRow("endless header lines") << QByteArray("HTTP/1.1 200 OK\r\n")
                                          << QByteArray("X-Filler: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n");
    QTest::addRow("endless 100 Continue") << QByteArray()
                                          << QByteArray("HTTP/1.1 100 Continue\r\n\r\n");
}

void tst_Hostile::trickleMeetsTheDeadline()
{
    QFETCH(QByteArray, start);
    QFETCH(QByteArray, drip);
    Server server([&](QTcpSocket *socket, const Request &) {
        socket->write(start);
        keepWriting(socket, 50, [drip](QTcpSocket *s) { s->write(drip); return true; });
    });
    ComfyClient client(QUrl(server.url()));
    ProtocolLimits limits;
    limits.requestDeadlineMs = 1500;
    client.setLimits(limits);
    client.setTransferTimeoutMs(30000); // the trickle keeps this one from ever firing
    QElapsedTimer clock;
    clock.start();
    const auto result = waitFor(client.historyEntry(u"x"_s));
    const qint64 tookMs = clock.elapsed();
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind(), ProtocolError::Kind::Timeout);
    QVERIFY2(result.error().message().contains(u"1 s"_s), qPrintable(result.error().message()));
    QCOMPARE(server.requestCount(), 1); // a deadline is not retried
    QVERIFY2(tookMs < 10000, QByteArray::number(tookMs).constData());
    qInfo("gave up after %lld ms", tookMs);
}

// A server that goes quiet (before its status line, or mid-body) fails the request after
// the transfer timeout without a byte, long before the deadline, as a timeout (retried, as
// any transient failure of a GET: 1 + 1 requests here).
void tst_Hostile::stallMeetsTheTransferTimeout_data()
{
    QTest::addColumn<QByteArray>("start");
    QTest::addRow("no answer") << QByteArray();
    QTest::addRow("mid-body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                             "Content-Length: 100000\r\n\r\n{\"x\": ");
}

void tst_Hostile::stallMeetsTheTransferTimeout()
{
    QFETCH(QByteArray, start);
    Server server([&](QTcpSocket *socket, const Request &) {
        socket->write(start);
        socket->flush();
    });
    ComfyClient client(QUrl(server.url()));
    ProtocolLimits limits;
    limits.requestDeadlineMs = 60000;
    client.setLimits(limits);
    client.setTransferTimeoutMs(300);
    client.setMaxRetries(1);
    client.setRetryDelayMs(10);
    QElapsedTimer clock;
    clock.start();
    const auto result = waitFor(client.historyEntry(u"x"_s));
    const qint64 tookMs = clock.elapsed();
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind(), ProtocolError::Kind::Timeout);
    QVERIFY2(result.error().detail() != "deadline"_L1, qPrintable(result.error().message()));
    QCOMPARE(server.requestCount(), 2);
    QVERIFY2(tookMs >= 2 * 300 && tookMs < 10000, QByteArray::number(tookMs).constData());
}

// Bytes every 50 ms, each gap far below a 300 ms transfer timeout: the reply is never
// taken for stalled, and it is the deadline that ends it.
void tst_Hostile::dripIsNotAStall()
{
    Server server([&](QTcpSocket *socket, const Request &) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{");
        keepWriting(socket, 50, [](QTcpSocket *s) { s->write(" "); return true; });
    });
    ComfyClient client(QUrl(server.url()));
    ProtocolLimits limits;
    limits.requestDeadlineMs = 1500;
    client.setLimits(limits);
    client.setTransferTimeoutMs(300);
    const auto result = waitFor(client.historyEntry(u"x"_s));
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind(), ProtocolError::Kind::Timeout);
    QCOMPARE(result.error().detail(), u"deadline"_s);
    QVERIFY2(result.error().message().contains(u"1 s"_s), qPrintable(result.error().message()));
    QCOMPARE(server.requestCount(), 1);
}

// Issue case 2: an endless /view never sits in memory, and the refusal names the limit.
void tst_Hostile::endlessViewIsStreamedAndRefused()
{
    Server server([](QTcpSocket *socket, const Request &) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n");
        const QByteArray chunk(1 << 20, 'x');
        keepWriting(socket, 0, [chunk](QTcpSocket *s) {
            if (s->bytesToWrite() < 4 * chunk.size())
                s->write(chunk);
            return true;
        });
    });
    QTemporaryDir dir;
    ComfyClient client(QUrl(server.url()));
    client.setMaxRetries(0);
    ProtocolLimits limits;
    limits.viewBytes = 512 * ProtocolLimits::MiB;
    client.setLimits(limits);
    const qint64 before = rssMiB();
    resetPeak();
    const QString path = dir.filePath(u".a.png.part"_s);
    QElapsedTimer clock;
    clock.start();
    const auto result = waitFor(client.viewToFile(OutputFile{u"a.png"_s, {}, u"output"_s}, path), 60000);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind(), ProtocolError::Kind::TooLarge);
    QVERIFY2(result.error().message().contains(QString::number(limits.viewBytes)),
             qPrintable(result.error().message()));
    const qint64 peak = peakMiB();
    qInfo("512 MiB /view refused after %lld ms; RSS %lld MiB before, peak %lld, after %lld",
          clock.elapsed(), before, peak, rssMiB());
    // Streamed in pieces of readBufferBytes: a few MiB more than before, never the body.
    if (kRssIsMeaningful)
        QVERIFY2(peak - before < 64, qPrintable(u"peak %1 MiB, before %2"_s.arg(peak).arg(before)));
}

// Issue case 1: one giant WebSocket message. The hostile side speaks raw RFC 6455 (the
// handshake, then frame headers and payload streamed in 1 MiB pieces), so the only copy
// of the giant in this process would be the client's.
void tst_Hostile::giantWebSocketMessage_data()
{
    QTest::addColumn<int>("opcode");
    QTest::addColumn<bool>("fragmented");
    QTest::addRow("text, one 300 MB frame") << 1 << false;
    QTest::addRow("binary, one 300 MB frame") << 2 << false;
    QTest::addRow("text, endless 1 MiB fragments") << 1 << true;
}

void tst_Hostile::giantWebSocketMessage()
{
    QFETCH(int, opcode);
    QFETCH(bool, fragmented);
    std::atomic<qint64> sent{0};
    Server server([&](QTcpSocket *socket, const Request &request) {
        acceptWebSocket(socket, request);
        const qint64 chunkSize = 1 << 20;
        if (!fragmented)
            socket->write(frameHeader(opcode, true, 300'000'000));
        const QByteArray payload(chunkSize, 'a');
        auto first = std::make_shared<bool>(true);
        keepWriting(socket, 0, [&, first, payload, opcode, fragmented](QTcpSocket *s) {
            if (s->bytesToWrite() > 4 * payload.size())
                return true;
            if (fragmented) {
                s->write(frameHeader(*first ? opcode : 0, false, quint64(payload.size())));
                *first = false;
            }
            s->write(payload);
            sent += payload.size();
            return fragmented || sent < 300'000'000;
        });
    });
    const qint64 before = rssMiB();
    EventStream stream;
    stream.setReconnectEnabled(false);
    QSignalSpy gone(&stream, &EventStream::disconnected);
    QSignalSpy states(&stream, &EventStream::stateChanged);
    resetPeak();
    QElapsedTimer clock;
    clock.start();
    stream.open(QUrl(server.url()));
    QTRY_VERIFY_WITH_TIMEOUT(gone.count() > 0, 60000);
    // The handshake succeeded: it was the giant that ended the connection.
    const bool wasConnected = std::any_of(states.cbegin(), states.cend(), [](const QList<QVariant> &args) {
        return args.at(0).value<EventStream::State>() == EventStream::State::Connected;
    });
    QVERIFY(wasConnected);
    const qint64 peak = peakMiB();
    qInfo("closed after %lld ms, %lld MiB sent; RSS %lld MiB before, peak %lld, after %lld",
          clock.elapsed(), sent.load() >> 20, before, peak, rssMiB());
    // The limits are 16 MiB a message and a frame: a few times that at most, never the giant.
    if (kRssIsMeaningful)
        QVERIFY2(peak - before < 128, qPrintable(u"peak %1 MiB, before %2"_s.arg(peak).arg(before)));
}

// Issue case 5: a history entry listing 100,000 files fails the job, writing none.
void tst_Hostile::millionOutputsFailTheJob()
{
    const QString promptId = u"33333333-3333-4333-8333-333333333333"_s;
    // Written as text: 100,000 files (6 MB of JSON, under the JSON body limit, so the job
    // limit is what answers).
    QByteArray files;
    for (int i = 0; i < 100'000; ++i)
        files += QByteArray(i ? "," : "") + R"({"filename":"f)" + QByteArray::number(i)
                 + R"(.png","subfolder":"","type":"output"})";
    const QByteArray history = "{\"" + promptId.toLatin1() + R"(":{"prompt":[1,")" + promptId.toLatin1()
                               + R"(",{},{},["9"]],"outputs":{"9":{"images":[)" + files
                               + R"(]}},"status":{"status_str":"success","completed":true,"messages":[]}}})";
    Server server([&](QTcpSocket *socket, const Request &request) {
        QByteArray body = "{}";
        if (request.path.startsWith("/history/"))
            body = history;
        else if (request.path.startsWith("/view"))
            body = pngBytes;
        else if (request.path == "/prompt")
            body = json({{u"prompt_id"_s, promptId}, {u"number"_s, 1}, {u"node_errors"_s, QJsonObject{}}});
        writeAnswer(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                + QByteArray::number(body.size()),
                    body);
    });
    QTemporaryDir dir;
    ComfyClient client(QUrl(server.url()));
    EventStream events; // never connects: the runner asks /history itself
    events.setReconnectEnabled(false);
    JobRunner runner(&client, &events, dir.filePath(u"library"_s));
    runner.setPollAfterMs(100);
    QSignalSpy finished(&runner, &JobRunner::jobFinished);
    runner.submit(R"({"9":{"class_type":"SaveImage","inputs":{}}})", {}, {}, promptId);
    runner.collect(promptId);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 60000);
    const auto outcome = finished.constFirst().at(1).value<JobOutcome>();
    QCOMPARE(outcome.status, JobOutcome::Status::Failed);
    QVERIFY2(outcome.message.contains(u"100000"_s) && outcome.message.contains(u"2000"_s),
             qPrintable(outcome.message));
    const QStringList written = QDir(dir.filePath(u"library"_s)).entryList({u"*.png"_s}, QDir::Files);
    QVERIFY2(written.isEmpty(), qPrintable(written.join(u", "_s)));
}

// Issue case 3/11: a job the (answering) server has in neither /queue nor /history is
// reported lost after the watchdog's time, with a visible countdown, not polled forever.
void tst_Hostile::unknownJobIsLost()
{
    const QString promptId = u"44444444-4444-4444-8444-444444444444"_s;
    Server server([&](QTcpSocket *socket, const Request &request) {
        QByteArray body = "{}";
        if (request.path == "/queue")
            body = R"({"queue_running":[],"queue_pending":[]})";
        else if (request.path == "/prompt")
            body = json({{u"prompt_id"_s, promptId}, {u"number"_s, 1}, {u"node_errors"_s, QJsonObject{}}});
        writeAnswer(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                + QByteArray::number(body.size()), body);
    });
    QTemporaryDir dir;
    ComfyClient client(QUrl(server.url()));
    EventStream events;
    events.setReconnectEnabled(false);
    JobRunner runner(&client, &events, dir.filePath(u"library"_s));
    runner.setPollAfterMs(200);
    runner.setLostAfterMs(1500);
    QSignalSpy waiting(&runner, &JobRunner::jobWaiting);
    QSignalSpy finished(&runner, &JobRunner::jobFinished);
    QElapsedTimer clock;
    clock.start();
    runner.submit(R"({"9":{"class_type":"SaveImage","inputs":{}}})", {}, {}, promptId);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 20000);
    qInfo("lost after %lld ms (watchdog 1500 ms)", clock.elapsed());
    const auto outcome = finished.constFirst().at(1).value<JobOutcome>();
    QCOMPARE(outcome.status, JobOutcome::Status::Failed);
    QVERIFY2(outcome.message.contains(u"lost"_s), qPrintable(outcome.message));
    QVERIFY(!waiting.isEmpty());
    QVERIFY2(waiting.constFirst().at(1).toString().contains(u"lost in"_s),
             qPrintable(waiting.constFirst().at(1).toString()));
}

// What a job's files may take in all (ProtocolLimits::bytesPerJob): files past it fail
// with a message naming the limit. Checked as each download starts, so the two parallel
// downloads of the store may overshoot by one file (documented).
void tst_Hostile::bytesPerJobLimit()
{
    const QString promptId = u"77777777-7777-4777-8777-777777777777"_s;
    QJsonObject entry = historyEntry(promptId, u"x.png"_s);
    QJsonArray images;
    for (int i = 0; i < 5; ++i)
        images.append(QJsonObject{{u"filename"_s, u"f%1.png"_s.arg(i)}, {u"subfolder"_s, u""_s},
                                  {u"type"_s, u"output"_s}});
    entry.insert(u"outputs"_s, QJsonObject{{u"9"_s, QJsonObject{{u"images"_s, images}}}});
    const QByteArray history = json({{promptId, entry}});
    Server server([&](QTcpSocket *socket, const Request &request) {
        const bool view = request.path.startsWith("/view");
        const QByteArray body = view ? pngBytes : history;
        writeAnswer(socket, "HTTP/1.1 200 OK\r\nContent-Type: " + QByteArray(view ? "image/png" : "application/json")
                                + "\r\nContent-Length: " + QByteArray::number(body.size()), body);
    });
    QTemporaryDir dir;
    ComfyClient client(QUrl(server.url()));
    ProtocolLimits limits;
    limits.bytesPerJob = 2 * pngBytes.size(); // room for two of the five files
    client.setLimits(limits);
    OutputStore store(&client, dir.filePath(u"library"_s));
    store.open();
    store.setRetryDelays(10, 20);
    store.setMaxAttemptsPerSession(1);
    QSignalSpy settled(&store, &OutputStore::jobSettled);
    QSignalSpy stored(&store, &OutputStore::outputStored);
    store.fetchJob(promptId);
    QTRY_VERIFY_WITH_TIMEOUT(settled.count() == 1, 20000);
    QVERIFY2(settled.constFirst().at(1).toInt() >= 2, "files past the job's limit were stored");
    QVERIFY(stored.count() >= 2 && stored.count() <= 3); // two fit; one more may race in
    const QString message = settled.constFirst().at(2).toString();
    QVERIFY2(message.contains(QString::number(limits.bytesPerJob)), qPrintable(message));
}

// Issue case 11: "executing null" arrives long before the server runs the prompt; the job
// waits (the server lists it as running) and takes its real output when it comes.
void tst_Hostile::prematureExecutingNull()
{
    const QString promptId = u"55555555-5555-4555-8555-555555555555"_s;
    QElapsedTimer sinceSubmit;
    const qint64 doneAfterMs = 7000; // past the ~5 s of /history retries that gave up before
    std::atomic<bool> submitted{false};
    const QByteArray entry = json({{promptId, historyEntry(promptId, u"late.png"_s)}});
    Server server([&](QTcpSocket *socket, const Request &request) {
        if (request.path.startsWith("/ws")) {
            acceptWebSocket(socket, request);
            // As ComfyUI does on every connection: the status message with the sid.
            const QByteArray hello = R"({"type":"status","data":{"status":{"exec_info":{"queue_remaining":0}},"sid":"s1"}})";
            socket->write(QByteArray(1, char(0x81)) + char(hello.size()) + hello);
            keepWriting(socket, 100, [&](QTcpSocket *s) {
                if (!submitted)
                    return true;
                const QByteArray message = json({{u"type"_s, u"executing"_s},
                                                 {u"data"_s, QJsonObject{{u"node"_s, QJsonValue::Null},
                                                                         {u"prompt_id"_s, promptId}}}});
                s->write(QByteArray(1, char(0x81)) + char(message.size()) + message);
                return false; // once
            });
            return;
        }
        const bool done = submitted && sinceSubmit.elapsed() > doneAfterMs;
        QByteArray body = "{}";
        QByteArray type = "application/json";
        if (request.path == "/queue") {
            body = done ? QByteArray(R"({"queue_running":[],"queue_pending":[]})")
                        : QByteArray(R"({"queue_running":[[1,")" + promptId.toLatin1()
                                     + R"(",{},{},["9"]]],"queue_pending":[]})");
        } else if (request.path.startsWith("/history/")) {
            body = done ? entry : "{}";
        } else if (request.path.startsWith("/view")) {
            body = pngBytes;
            type = "image/png";
        } else if (request.path == "/prompt") {
            sinceSubmit.start();
            submitted = true;
            body = json({{u"prompt_id"_s, promptId}, {u"number"_s, 1}, {u"node_errors"_s, QJsonObject{}}});
        }
        writeAnswer(socket, "HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: "
                                + QByteArray::number(body.size()), body);
    });
    QTemporaryDir dir;
    ComfyClient client(QUrl(server.url()));
    EventStream events;
    events.setReconnectEnabled(false);
    QSignalSpy connected(&events, &EventStream::connected);
    events.open(QUrl(server.url()));
    QVERIFY(connected.wait(5000));
    JobRunner runner(&client, &events, dir.filePath(u"library"_s));
    runner.setPollAfterMs(500);
    QSignalSpy finished(&runner, &JobRunner::jobFinished);
    runner.submit(R"({"9":{"class_type":"SaveImage","inputs":{}}})", {}, {}, promptId);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
    const auto outcome = finished.constFirst().at(1).value<JobOutcome>();
    QVERIFY2(outcome.status == JobOutcome::Status::Succeeded, qPrintable(outcome.message));
    QCOMPARE(outcome.outputs.size(), 1);
    QCOMPARE(outcome.outputs.constFirst().file.filename, u"late.png"_s);
}

QTEST_GUILESS_MAIN(tst_Hostile)
#include "tst_hostile.moc"
