// The graph map (issue 22): Graphviz's dot layout of the 245-node sample (7-node txt2img
// chains in API format, the editor bench's sample) on the layout thread, target ≤ 100 ms;
// and painting a 1,001-node map, target p99 ≤ 16 ms a frame, at fit, at 100 % and between,
// with a selected, a running and some failed nodes. Figures go to docs/benchmarks.md.
#include "graphlayout.h"
#include "graphmapview.h"
#include "nodegraph.h"
#include "workflowdocument.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <ctime>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {

// API-format txt2img chains of 7 nodes each (as bench_editor's sample).
QByteArray apiWorkflow(int nodes)
{
    QByteArray out = "{";
    int id = 0;
    bool first = true;
    auto add = [&](const QByteArray &body) {
        out += (first ? "" : ", ") + ('"' + QByteArray::number(++id) + "\": ") + body;
        first = false;
        return QByteArray::number(id);
    };
    while (id + 7 <= nodes || id == 0) {
        const QByteArray ckpt = add(R"({"inputs": {"ckpt_name": "v1-5-pruned-emaonly.safetensors"}, "class_type": "CheckpointLoaderSimple", "_meta": {"title": "Load Checkpoint"}})");
        const QByteArray pos = add(R"({"inputs": {"text": "a castle", "clip": [")" + ckpt + R"(", 1]}, "class_type": "CLIPTextEncode"})");
        const QByteArray neg = add(R"({"inputs": {"text": "blurry", "clip": [")" + ckpt + R"(", 1]}, "class_type": "CLIPTextEncode"})");
        const QByteArray lat = add(R"({"inputs": {"width": 512, "height": 768, "batch_size": 1}, "class_type": "EmptyLatentImage"})");
        const QByteArray ks = add(R"({"inputs": {"seed": 1, "steps": 20, "cfg": 8, "sampler_name": "euler", "scheduler": "normal", "denoise": 1, "model": [")"
                                  + ckpt + R"(", 0], "positive": [")" + pos + R"(", 0], "negative": [")" + neg
                                  + R"(", 0], "latent_image": [")" + lat + R"(", 0]}, "class_type": "KSampler"})");
        const QByteArray dec = add(R"({"inputs": {"samples": [")" + ks + R"(", 0], "vae": [")" + ckpt + R"(", 2]}, "class_type": "VAEDecode"})");
        add(R"({"inputs": {"filename_prefix": "ComfyUI", "images": [")" + dec + R"(", 0]}, "class_type": "SaveImage"})");
    }
    return out + '}';
}

WorkflowDocument document(int nodes)
{
    return WorkflowDocument(JsonTree::parse(apiWorkflow(nodes)), WorkflowDocument::Format::Api, u"bench.json"_s);
}

// This thread's CPU time: on a shared machine the wall clock also counts other processes'
// turns, which the paint did not spend.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype i = std::min(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(i);
}

} // namespace

class bench_GraphMap : public QObject
{
    Q_OBJECT

private slots:
    void layout245();
    void paint1000();
};

void bench_GraphMap::layout245()
{
    const WorkflowDocument doc = document(245);
    QElapsedTimer timer;
    timer.start();
    const NodeGraph graph = NodeGraph::fromDocument(doc);
    const double buildMs = timer.nsecsElapsed() / 1e6;
    QCOMPARE(graph.nodes.size(), 245);
    QVERIFY(graph.needsLayout());

    QList<double> runs;
    for (int i = 0; i < 21; ++i) {
        GraphLayout::clearCache();
        timer.start();
        QFuture<NodeGraph> future = GraphLayout::layOut(graph);
        future.waitForFinished();
        runs << timer.nsecsElapsed() / 1e6;
        QVERIFY(!future.result().needsLayout());
    }
    QVERIFY(GraphLayout::layoutThread() != QThread::currentThread());
    runs.removeFirst(); // the first loads dot's plugin and starts the thread
    // dot's own CPU time, on a thread of its own while the layout thread is idle (Graphviz
    // is used by one thread at a time): on a shared machine the wall clock also counts
    // other processes' turns.
    QList<double> cpu;
    QThread *measure = QThread::create([&graph, &cpu] {
        for (int i = 0; i < 20; ++i) {
            const double start = threadCpuMs();
            const NodeGraph laid = GraphLayout::layOutNow(graph);
            cpu << threadCpuMs() - start;
            if (laid.needsLayout())
                qFatal("not laid out");
        }
    });
    measure->start();
    measure->wait();
    delete measure;
    timer.start();
    QFuture<NodeGraph> cached = GraphLayout::layOut(graph);
    QVERIFY(cached.isFinished());
    const double cachedMs = timer.nsecsElapsed() / 1e6;
    qInfo("245 nodes, %lld links: graph from the document (GUI thread) %.2f ms; dot layout on the layout "
          "thread, 20 runs: wall median %.1f ms, max %.1f ms (target 100 ms); dot's CPU time median %.1f ms, "
          "max %.1f ms; cached %.3f ms",
          qlonglong(graph.links.size()), buildMs, percentile(runs, 0.5), percentile(runs, 1.0),
          percentile(cpu, 0.5), percentile(cpu, 1.0), cachedMs);
}

void bench_GraphMap::paint1000()
{
    const WorkflowDocument doc = document(1001);
    QElapsedTimer timer;
    timer.start();
    QFuture<NodeGraph> laid = GraphLayout::layOut(NodeGraph::fromDocument(doc));
    laid.waitForFinished();
    qInfo("1,001 nodes: dot layout %lld ms", timer.elapsed());

    GraphMapView view;
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setDocument(doc); // cached: shown at once
    QVERIFY(view.isLaidOut());
    QCOMPARE(view.graph().nodes.size(), 1001);
    view.setSelectedNode(u"12"_s);
    view.setRunningNode(u"500"_s);
    view.setProgress(u"500"_s, 7, 20);
    QHash<QString, QString> errors;
    for (int i = 3; i <= 1001; i += 50)
        errors.insert(QString::number(i), u"failed"_s);
    view.setErrorNodes(errors);

    struct Zoom
    {
        const char *name;
        double scale; // 0: fitted
    };
    for (const Zoom &zoom : {Zoom{"fit", 0}, Zoom{"0.3", 0.3}, Zoom{"100 %", 1.0}}) {
        view.fitToView();
        if (zoom.scale > 0) {
            const QPointF centre = QRectF(view.rect()).center();
            QWheelEvent wheel(centre, view.mapToGlobal(centre), {}, QPoint(0, 120), Qt::NoButton, {},
                              Qt::NoScrollPhase, false);
            while (view.scale() < zoom.scale)
                QApplication::sendEvent(&view, &wheel);
        }
        QList<double> frames;
        for (int i = 0; i < 300; ++i) {
            // A progress tick repaints the running node; every tenth frame is a full repaint
            // (a pan or zoom), as when the artist moves the map while a job runs.
            timer.start();
            if (i % 10 == 0)
                view.repaint();
            else
                view.repaint(view.nodeRectInView(u"500"_s).toAlignedRect().adjusted(-4, -4, 4, 4));
            frames << timer.nsecsElapsed() / 1e6;
        }
        QList<double> full;
        QList<double> fullCpu;
        for (int i = 0; i < 200; ++i) {
            const double cpu = threadCpuMs();
            timer.start();
            view.repaint();
            full << timer.nsecsElapsed() / 1e6;
            fullCpu << threadCpuMs() - cpu;
        }
        qInfo("paint, 1,001 nodes at %s (scale %.3f): full repaint wall p50 %.2f ms, p99 %.2f ms, max %.2f ms; "
              "CPU p50 %.2f ms, p99 %.2f ms; mixed (1 in 10 full) wall p99 %.2f ms (target p99 16 ms)",
              zoom.name, view.scale(), percentile(full, 0.5), percentile(full, 0.99), percentile(full, 1.0),
              percentile(fullCpu, 0.5), percentile(fullCpu, 0.99), percentile(frames, 0.99));
    }
}

QTEST_MAIN(bench_GraphMap)
#include "bench_graphmap.moc"
