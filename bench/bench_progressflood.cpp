// A progress flood (issue #17, case 6): a server sends 200,000 small `progress` messages
// (~20 MB) for one prompt as fast as loopback carries them. Measures, on the thread that
// owns the EventStream and JobRunner (the GUI thread in the window): how long the flood
// takes, how many progress signals reach the consumer, and the event loop's latency (the
// gaps between ticks of a 1 ms precise timer: p50, p99, max), with the stream's coalescing
// off (every message crosses and is a signal) and at display rate (16 ms, the default).
// The socket is read and parsed on the stream's own thread either way.
//
//   build/release/bench/bench_progressflood [messages]
//
// The consumer stands in for the window's work per progress signal (a model update and a
// repaint request, ~50 µs measured in the queue view): it spins for consumerUs.
#include "../tests/faults/hostileserver.h"
#include "benchsupport.h"
#include "comfyclient.h"
#include "eventstream.h"
#include "jobrunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <cstdio>

using namespace Easel;
using namespace HostileTest;
using namespace Qt::StringLiterals;

namespace {

constexpr int consumerUs = 50;

QByteArray textFrame(const QByteArray &payload)
{
    QByteArray frame(1, char(0x81));
    if (payload.size() < 126) {
        frame.append(char(payload.size()));
    } else {
        frame.append(char(126));
        frame.append(char((payload.size() >> 8) & 0xff));
        frame.append(char(payload.size() & 0xff));
    }
    return frame + payload;
}

struct Figures
{
    qint64 floodMs = 0;
    int signalCount = 0;
    qint64 p50 = 0, p99 = 0, worst = 0;
};

Figures run(int messages, int intervalMs, int runnerIntervalMs)
{
    const QString promptId = u"66666666-6666-4666-8666-666666666666"_s;
    QByteArray flood;
    for (int i = 1; i <= messages; ++i) {
        flood += textFrame(R"({"type":"progress","data":{"value":)" + QByteArray::number(i)
                           + R"(,"max":)" + QByteArray::number(messages) + R"(,"prompt_id":")"
                           + promptId.toLatin1() + R"(","node":"3"}})");
    }
    std::atomic<bool> submitted{false};
    Server server([&](QTcpSocket *socket, const Request &request) {
        if (request.path.startsWith("/ws")) {
            acceptWebSocket(socket, request);
            socket->write(textFrame(R"({"type":"status","data":{"status":{"exec_info":{"queue_remaining":0}},"sid":"s1"}})"));
            auto offset = std::make_shared<qsizetype>(0);
            keepWriting(socket, 1, [&, offset](QTcpSocket *s) {
                if (!submitted || s->bytesToWrite() > (4 << 20))
                    return true;
                const QByteArray chunk = flood.mid(*offset, 1 << 20);
                s->write(chunk);
                *offset += chunk.size();
                return *offset < flood.size();
            });
            return;
        }
        QByteArray body = "{}";
        if (request.path == "/prompt") {
            body = QJsonDocument(QJsonObject{{u"prompt_id"_s, promptId}, {u"number"_s, 1},
                                             {u"node_errors"_s, QJsonObject{}}})
                       .toJson(QJsonDocument::Compact);
            submitted = true;
        } else if (request.path == "/queue") {
            body = R"({"queue_running":[[1,")" + promptId.toLatin1() + R"(",{},{},["3"]]],"queue_pending":[]})";
        }
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    });

    QTemporaryDir dir;
    ComfyClient client(QUrl(server.url()));
    EventStream events;
    events.setReconnectEnabled(false);
    events.setCoalesceIntervalMs(intervalMs);
    bool connected = false;
    QObject::connect(&events, &EventStream::connected, [&] { connected = true; });
    events.open(QUrl(server.url()));
    spinUntil([&] { return connected; }, 5000);
    JobRunner runner(&client, &events, dir.filePath(u"library"_s));
    runner.setProgressIntervalMs(runnerIntervalMs);
    runner.setPollAfterMs(60000);

    Figures figures;
    double lastValue = 0;
    QObject::connect(&runner, &JobRunner::jobStepProgress,
                     [&](const QString &, const QString &, double value, double) {
                         ++figures.signalCount;
                         lastValue = value;
                         QElapsedTimer spin;
                         spin.start();
                         while (spin.nsecsElapsed() < consumerUs * 1000) {
                         }
                     });
    QList<qint64> gaps;
    QElapsedTimer tickClock;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] { gaps.append(tickClock.restart()); });

    QElapsedTimer clock;
    runner.submit(R"({"3":{"class_type":"KSampler","inputs":{}}})", {}, {}, promptId);
    clock.start();
    tickClock.start();
    ticker.start();
    spinUntil([&] { return lastValue >= messages; }, 600000);
    figures.floodMs = clock.elapsed();
    ticker.stop();
    std::sort(gaps.begin(), gaps.end());
    if (!gaps.isEmpty()) {
        figures.p50 = gaps.at(gaps.size() / 2);
        figures.p99 = gaps.at(std::min<qsizetype>(gaps.size() - 1, gaps.size() * 99 / 100));
        figures.worst = gaps.constLast();
    }
    events.close();
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int messages = argc > 1 ? std::max(1, atoi(argv[1])) : 200000;
    std::printf("%d progress messages, consumer %d us a signal\n", messages, consumerUs);
    std::printf("%-34s %10s %10s %8s %8s %8s\n", "coalescing", "flood ms", "signals", "p50 ms", "p99 ms",
                "max ms");
    struct Setting { const char *name; int stream; int runner; };
    const Setting settings[] = {
        {"off (every message)", 0, 0},
        {"runner only, 16 ms (old mechanism)", 0, 16},
        {"stream, 16 ms (default)", 16, 0},
    };
    for (const Setting &setting : settings) {
        const Figures f = run(messages, setting.stream, setting.runner);
        std::printf("%-34s %10lld %10d %8lld %8lld %8lld\n", setting.name, f.floodMs, f.signalCount,
                    f.p50, f.p99, f.worst);
        std::fflush(stdout);
    }
    return 0;
}
