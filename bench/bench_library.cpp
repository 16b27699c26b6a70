// A generated library of 100,000 outputs: time to open it and show the first page of the
// gallery, time to scroll it end to end, and resident memory afterwards.
//   bench_library [count]        (offscreen by default; figures to docs/benchmarks.md)
//   bench_library --filmstrip [count]
//     the filmstrip's queries (this session's outputs) on that library, as CPU time of the
//     querying thread: the shape before schema 5 (ordered by created_at, no stored_at
//     index) against the stored order on outputs_by_stored; an empty session (a window just
//     opened) and a session of 2,000 outputs paged back from its end.
#include "processmemory.h"
#include "gallerymodel.h"
#include "galleryquery.h"
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
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <ctime>

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

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// The session's first page (its end, read backwards) and then every page before it, as the
// filmstrip asks for them; CPU ms of the whole walk and how many rows it found.
std::pair<double, int> walkSession(const LibraryIndex &index, GalleryFilter::Sort sort, const QDateTime &since)
{
    GalleryQuery query;
    query.filter.storedFrom = since;
    query.filter.sort = sort;
    query.before = true;
    query.limit = 512;
    const double start = threadCpuMs();
    int rows = 0;
    for (;;) {
        const QList<GalleryRow> page = query.run(index);
        rows += int(page.size());
        if (page.size() < query.limit)
            break;
        query.anchor = page.constFirst();
    }
    return {threadCpuMs() - start, rows};
}

int sessionBench(int count)
{
    QTemporaryDir dir;
    QElapsedTimer timer;
    timer.start();
    generate(dir.path(), count);
    std::printf("generated %d outputs in %.1f s\n", count, timer.elapsed() / 1000.0);
    LibraryIndex index(dir.path());
    if (!index.open())
        qFatal("cannot open index: %s", qPrintable(index.errorString()));
    QTest::qWait(5);
    const QDateTime since = QDateTime::currentDateTimeUtc();
    const auto measure = [&](const char *what) {
        for (const bool before : {true, false}) {
            QSqlQuery sql(index.database());
            if (before ? !sql.exec(u"DROP INDEX outputs_by_stored"_s)
                       : !sql.exec(u"CREATE INDEX IF NOT EXISTS outputs_by_stored ON outputs(state, stored_at, id)"_s))
                qFatal("index change failed");
            QList<double> ms;
            int rows = 0;
            for (int run = 0; run < 7; ++run) {
                const auto [cpu, found] = walkSession(index, before ? GalleryFilter::Sort::OldestFirst
                                                                    : GalleryFilter::Sort::StoredOrder, since);
                ms.append(cpu);
                rows = found;
            }
            std::sort(ms.begin(), ms.end());
            std::printf("%-32s %-40s rows %5d  CPU min %8.2f ms  median %8.2f ms\n", what,
                        before ? "by created_at, no stored_at index" : "stored order, outputs_by_stored",
                        rows, ms.constFirst(), ms.at(ms.size() / 2));
        }
    };
    measure("empty session (window opened)");
    // A day's session: 2,000 outputs stored after the window opened.
    index.transaction();
    const qint64 start = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < 2000; ++i) {
        OutputRecord record;
        record.server = u"http://127.0.0.1:8188/"_s;
        record.promptId = u"session-%1"_s.arg(i);
        record.nodeId = u"9"_s;
        record.serverFileName = u"Session_%1_.png"_s.arg(i, 5, 10, QChar(u'0'));
        record.type = u"output"_s;
        record.path = dir.path() + u"/Session_%1_.png"_s.arg(i, 5, 10, QChar(u'0'));
        record.createdAt = QDateTime::fromMSecsSinceEpoch(start + i, Qt::UTC);
        index.markStored(index.addPendingOutput(record), 400000);
    }
    index.commit();
    measure("2,000 outputs, end + 3 pages");
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (argc > 1 && qstrcmp(argv[1], "--filmstrip") == 0)
        return sessionBench(argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 100000);
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
        store.open();
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
        // Pages come from the gallery's worker: while one is on its way, canFetchMore is
        // false, and the end is not reached yet.
        while (gallery.model()->canFetchMore({}) || gallery.model()->isLoading()
               || bar->value() < bar->maximum()) {
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
