// A generated library of 100,000 outputs: time to open it and show the first page of the
// gallery, time to scroll it end to end, and resident memory afterwards.
//   bench_library [count]        (offscreen by default; figures to docs/benchmarks.md)
#include "processmemory.h"
#include "gallerymodel.h"
#include "gallerywidget.h"
#include "comfyclient.h"
#include "libraryindex.h"
#include "outputstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QListView>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {

using Easel::ProcessMemory::residentKiB;

void report(const char *what, QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    std::printf("%-44s min %8.1f ms   median %8.1f ms   (n=%lld)\n", what, ms.constFirst(),
                ms.at(ms.size() / 2), qlonglong(ms.size()));
}

void generate(const QString &directory, int count)
{
    LibraryIndex index(directory);
    if (!index.open())
        qFatal("cannot open index: %s", qPrintable(index.errorString()));
    // Real image files for the first pages (thumbnails are decoded from them); the rest
    // are index rows only, which is what the open and scroll figures depend on.
    QImage image(512, 512, QImage::Format_RGB32);
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(count) * 60000;
    index.transaction();
    for (int i = 0; i < count; ++i) {
        OutputRecord record;
        record.server = u"http://127.0.0.1:8188/"_s;
        record.promptId = u"prompt-%1"_s.arg(i / 4);
        record.nodeId = u"9"_s;
        record.serverFileName = u"ComfyUI_%1_.png"_s.arg(i, 5, 10, QChar(u'0'));
        record.type = u"output"_s;
        record.path = directory + u"/ComfyUI_%1_.png"_s.arg(i, 6, 10, QChar(u'0'));
        record.createdAt = QDateTime::fromMSecsSinceEpoch(start + qint64(i) * 60000, Qt::UTC);
        record.seed = QString::number(quint64(i) * 2654435761u);
        record.promptText = u"a lighthouse on a cliff at dusk, variation %1"_s.arg(i % 97);
        const qint64 id = index.addPendingOutput(record);
        index.markStored(id, 400000 + i);
        if (i >= count - 600) {
            image.fill(QColor::fromHsv(i % 360, 200, 200));
            image.save(record.path, "png");
        }
    }
    index.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    QElapsedTimer timer;
    timer.start();
    generate(dir.path(), count);
    std::printf("generated %d outputs in %.1f s; RSS at start %lld KiB\n", count,
                timer.elapsed() / 1000.0, residentKiB());

    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    QList<double> open;
    QList<double> scroll;
    for (int run = 0; run < 5; ++run) {
        timer.restart();
        OutputStore store(&client, dir.path());
        if (!store.open())
            qFatal("cannot open");
        GalleryWidget gallery(&store);
        gallery.resize(1280, 800);
        gallery.show();
        if (!QTest::qWaitForWindowExposed(&gallery))
            qFatal("not exposed");
        QCoreApplication::processEvents();
        open.append(timer.nsecsElapsed() / 1e6);

        // End to end: jump a screen at a time, painting each, until the model has paged in
        // everything and the view is at the bottom.
        timer.restart();
        QScrollBar *bar = gallery.view()->verticalScrollBar();
        int steps = 0;
        while (gallery.model()->canFetchMore({}) || bar->value() < bar->maximum()) {
            bar->setValue(bar->value() + std::max(1, bar->pageStep() * 10));
            gallery.view()->viewport()->repaint();
            QCoreApplication::processEvents();
            ++steps;
        }
        scroll.append(timer.nsecsElapsed() / 1e6);
        if (run == 4) {
            std::printf("rows %d, scroll steps %d, RSS after scrolling %lld KiB\n",
                        gallery.model()->rowCount(), steps, residentKiB());
        }
    }
    report("open library + show first page", open);
    report("scroll end to end (pages every 10 screens)", scroll);
    std::printf("RSS at end %lld KiB\n", residentKiB());
    return 0;
}
