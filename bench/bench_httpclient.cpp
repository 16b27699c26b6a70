// ComfyClient's CPU per request against a bare QNetworkAccessManager (issue 17: easel-run's
// CPU per job). easel-run makes two requests a job: POST /prompt and GET /view of its
// output. This bench makes N of each, one after another as a job does, against easel-sim in
// its own process (whose engine, at 60 s a step, stays idle: the prompts only queue), and prints the CPU of this process (all threads: Qt's HTTP thread is most
// of it) per request:
//   - qnam view:      QNetworkAccessManager::get of /view, the body read at the end (the floor
//                     any client on QNAM pays);
//   - client view:    ComfyClient::view (limits, deadline, checks; body in memory);
//   - client file:    ComfyClient::viewToFile into a folder (streamed to a part file, hashed);
//   - qnam post:      QNetworkAccessManager::post of a prompt to /prompt;
//   - client post:    ComfyClient::queuePrompt of the same prompt.
// usage: bench_httpclient [N (2000)] [DIR for the files (a temporary folder)] [ROUNDS (2)]
#include "comfyclient.h"
#include "futurecallback.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPromise>
#include <QTemporaryDir>
#include <QUrlQuery>

#include "benchsupport.h"

#include <cstdio>
#include <functional>
#include <sys/resource.h>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// As large as the soak's 64x64 PNGs (~650 bytes); the simulator serves it as it is.
QByteArray smallPng()
{
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(642, 'x');
}

const QByteArray plainPrompt = R"({"1": {"class_type": "EmptyImage", "inputs": {"width": 64, "height": 64, "batch_size": 1, "color": 34816}},
"2": {"class_type": "ImageAddNoise", "inputs": {"image": ["1", 0], "seed": 1, "strength": 0.5}},
"3": {"class_type": "SaveImage", "inputs": {"images": ["2", 0], "filename_prefix": "bench"}}})";

// Runs one(i, done) for i in [0, n), each after the previous called done(ok); returns
// CPU ms per call, or -1 when one failed.
double measure(int n, const std::function<void(int, std::function<void(bool)>)> &one)
{
    int next = 0;
    int finished = 0;
    bool failed = false;
    std::function<void()> step;
    step = [&] {
        if (next >= n)
            return;
        one(next++, [&](bool ok) {
            failed = failed || !ok;
            ++finished;
            step();
        });
    };
    const double before = cpuSeconds();
    step();
    if (!spinUntil([&] { return finished >= n || failed; }, n * 200 + 30000) || failed)
        return -1;
    return 1000.0 * (cpuSeconds() - before) / n;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const int n = std::max(10, args.value(0, u"2000"_s).toInt());
    QTemporaryDir work;
    const QString fileDir = args.value(1, work.filePath(u"files"_s));
    const int rounds = std::max(1, args.value(2, u"2"_s).toInt());
    QDir().mkpath(fileDir);

    // The simulator serves one output file, as it would after a job.
    const QString data = work.filePath(u"sim"_s);
    QDir().mkpath(data + u"/output"_s);
    QFile png(data + u"/output/bench_00001_.png"_s);
    if (!png.open(QIODevice::WriteOnly) || png.write(smallPng()) < 0)
        return 1;
    png.close();
    QProcess sim;
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sim.start(QStringLiteral(EASEL_SIM_PATH), {u"--port"_s, u"0"_s, u"--step-ms"_s, u"60000"_s, u"--data-dir"_s, data});
    if (!sim.waitForStarted() || !spinUntil([&] { return sim.canReadLine(); }, 10000))
        return 1;
    const QUrl base(QString::fromUtf8(sim.readLine().trimmed()));

    OutputFile file;
    file.filename = u"bench_00001_.png"_s;
    file.type = u"output"_s;
    QUrl viewUrl = base.resolved(QUrl(u"/view"_s));
    QUrlQuery query;
    query.addQueryItem(u"filename"_s, file.filename);
    query.addQueryItem(u"subfolder"_s, QString());
    query.addQueryItem(u"type"_s, file.type);
    viewUrl.setQuery(query);

    QNetworkAccessManager nam;
    ComfyClient client(base);
    // Warm both up (connections made, first-use costs paid).
    bool warm = false;
    onFinished(client.view(file), &app, [&](const Result<QByteArray> &) { warm = true; });
    spinUntil([&] { return warm; }, 10000);

    std::printf("bench_httpclient: %d requests per line, files in %s\n", n, qPrintable(fileDir));
    for (int round = 0; round < rounds; ++round) {
        const double qnamView = measure(n, [&](int, std::function<void(bool)> done) {
            QNetworkReply *reply = nam.get(QNetworkRequest(viewUrl));
            QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done] {
                reply->deleteLater();
                done(reply->error() == QNetworkReply::NoError && !reply->readAll().isEmpty());
            });
        });
        const double clientView = measure(n, [&](int, std::function<void(bool)> done) {
            onFinished(client.view(file), &app, [done](const Result<QByteArray> &r) { done(r.isOk()); });
        });
        const double clientFile = measure(n, [&](int i, std::function<void(bool)> done) {
            const QString path = fileDir + u"/.out_%1.png.part"_s.arg(round * n + i);
            onFinished(client.viewToFile(file, path), &app,
                       [done](const Result<SavedFile> &r) { done(r.isOk()); });
        });
        const double qnamPost = measure(n, [&](int i, std::function<void(bool)> done) {
            QNetworkRequest request(base.resolved(QUrl(u"/prompt"_s)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            const QByteArray body = "{\"prompt\": " + plainPrompt + ", \"client_id\": \"bench\", \"prompt_id\": \""
                                    + ComfyClient::makePromptId().toLatin1() + "\"}";
            Q_UNUSED(i);
            QNetworkReply *reply = nam.post(request, body);
            QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done] {
                reply->deleteLater();
                done(reply->error() == QNetworkReply::NoError && !reply->readAll().isEmpty());
            });
        });
        const double clientPost = measure(n, [&](int, std::function<void(bool)> done) {
            PromptRequest request;
            request.promptJson = plainPrompt;
            request.clientId = u"bench"_s;
            onFinished(client.queuePrompt(request), &app, [done](const Result<QueuedPrompt> &r) { done(r.isOk()); });
        });
        // What handing a result over costs: a posted call, and the same through a QPromise
        // and onFinished's QFutureWatcher (as every ComfyClient call returns its result).
        const double posted = measure(n * 10, [&](int, std::function<void(bool)> done) {
            QMetaObject::invokeMethod(&app, [done] { done(true); }, Qt::QueuedConnection);
        });
        const double future = measure(n * 10, [&](int, std::function<void(bool)> done) {
            auto promise = std::make_shared<QPromise<int>>();
            promise->start();
            onFinished(promise->future(), &app, [done](int) { done(true); });
            QMetaObject::invokeMethod(&app, [promise] {
                promise->addResult(1);
                promise->finish();
            }, Qt::QueuedConnection);
        });
        std::printf("CPU ms per request: qnam view %.3f, client view %.3f, client file %.3f, "
                    "qnam post %.3f, client post %.3f; a posted call %.4f, through a future %.4f\n",
                    qnamView, clientView, clientFile, qnamPost, clientPost, posted, future);
        std::fflush(stdout);
        if (qnamView < 0 || clientView < 0 || clientFile < 0 || qnamPost < 0 || clientPost < 0)
            return 1;
    }
    sim.terminate();
    sim.waitForFinished(5000);
    return 0;
}
