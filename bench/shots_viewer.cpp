// Screenshots of the viewer for docs/screenshots (not a benchmark; built beside them). Run
// under a display, one size and theme per run, e.g.
//   DISPLAY=:18 build/release/bench/shots_viewer docs/screenshots 1366 768 light
// It opens the SD1.5 workflow on an in-process simulator, queues four runs (seeds differ,
// the last one with another CFG), and writes the window while a job runs and after the
// batch; at 1920 it also writes a picture at 100 % and 800 %, a big file's stand-in while it
// decodes and the same sharpened, a compare and the library dock.
#include "comparepane.h"
#include "filmstrip.h"
#include "gallerymodel.h"
#include "imageview.h"
#include "jobqueue.h"
#include "mainwindow.h"
#include "simserver.h"
#include "theme.h"
#include "viewerpane.h"
#include "workfloweditor.h"
#include "workflowmodel.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QDir>
#include <QPainter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {
void shoot(QWidget &widget, const QString &file)
{
    QTest::qWait(300); // let layouts, thumbnails and the picture settle (a tool, not a test)
    widget.grab().save(file);
    qInfo("wrote %s", qPrintable(file));
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        qWarning("usage: shots_viewer DIR WIDTH HEIGHT light|dark [PICTURE]");
        return 2;
    }
    const QString out = args.at(1);
    const QSize size(args.at(2).toInt(), args.at(3).toInt());
    const QString theme = args.at(4);
    Theme::installIcons();
    Theme::apply(theme == "dark"_L1 ? ThemeChoice::Dark : ThemeChoice::Light);
    const QString prefix = u"%1/viewer-%2-%3"_s.arg(out).arg(size.width()).arg(theme);

    Sim::SimServer sim;
    sim.setStepMs(120);
    if (sim.listen(QHostAddress::LocalHost, 0) == 0)
        return 1;
    QTemporaryDir dir;
    MainWindow window(sim.baseUrl(), dir.filePath(u"outputs"_s));
    window.resize(size);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    window.openWorkflow(QStringLiteral(EASEL_SHARED_DIR "/workflows/api/sd15_basic.json"));
    WorkflowModel *model = window.editor()->model();
    auto *queue = window.findChild<QPushButton *>(u"queueButton"_s);
    if (!QTest::qWaitFor([&] { return model->rowCount() > 0 && queue->isEnabled(); }, 10000))
        return 1;
    ViewerPane *viewer = window.viewer();
    viewer->setDetailsVisible(size.width() >= 1600);
    for (int run = 0; run < 4; ++run) {
        model->setValue(u"3"_s, u"seed"_s, JsonTree::fromInt(1000 + run * 37));
        model->setValue(u"3"_s, u"steps"_s, JsonTree::fromInt(run == 3 ? 30 : 20));
        QTest::mouseClick(queue, Qt::LeftButton);
    }
    Filmstrip *strip = viewer->filmstrip();
    // While the second job runs: the first output in the strip, the live preview above.
    (void)QTest::qWaitFor([&] { return strip->model()->rowCount() >= 1 && viewer->isShowingLive(); }, 30000);
    QTest::qWait(900);
    shoot(window, prefix + u"-running.png"_s);
    (void)QTest::qWaitFor([&] { return strip->model()->rowCount() == 4 && !viewer->isShowingLive()
                                 && viewer->imageView()->path() == strip->outputAt(3).path; },
                    60000);
    shoot(window, prefix + u"-finished.png"_s);

    if (size.width() >= 1600) {
        // A large picture at 100 % on a detail, then pixel peeping at 800 %: a chart with
        // fine rings and small type, where filtering and single pixels show (or PICTURE).
        QString picture = args.value(5);
        if (picture.isEmpty()) {
            picture = dir.filePath(u"chart-3000x2000.png"_s);
            QImage image(3000, 2000, QImage::Format_RGB32);
            QPainter painter(&image);
            QLinearGradient sky(0, 0, 0, 2000);
            sky.setColorAt(0, QColor(40, 60, 110));
            sky.setColorAt(1, QColor(230, 160, 90));
            painter.fillRect(image.rect(), sky);
            painter.setRenderHint(QPainter::Antialiasing);
            for (int r = 20; r < 900; r += 14) {
                painter.setPen(QPen(QColor::fromHsv((r * 3) % 360, 200, 255), 1.5));
                painter.drawEllipse(QPoint(1400, 1100), r, r);
            }
            QFont font = painter.font();
            font.setPixelSize(18);
            painter.setFont(font);
            painter.setPen(Qt::white);
            for (int y = 40; y < 2000; y += 60)
                painter.drawText(QPoint(1000, y), u"Easel viewer · 100 % detail · row %1"_s.arg(y));
            painter.end();
            image.save(picture);
        }
        viewer->setDetailsVisible(false);
        viewer->showOutput(OutputRef{0, picture, {}, {}});
        (void)QTest::qWaitFor([&] { return viewer->imageView()->path() == picture; }, 30000);
        viewer->imageView()->setView(1.0, QPointF(1400, 1100));
        shoot(window, u"%1/viewer-100-percent-%2.png"_s.arg(out, theme));
        viewer->imageView()->setView(8.0, QPointF(1130, 1015));
        shoot(window, u"%1/viewer-800-percent-%2.png"_s.arg(out, theme));
        // A big file while it decodes: the stand-in (here the chart at the filmstrip's
        // thumbnail size) fills the view at the file's size, marked as a preview.
        {
            const QString big = dir.filePath(u"chart-9000x6000.png"_s);
            const QImage chart(picture);
            chart.scaled(9000, 6000, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).save(big);
            viewer->imageView()->fitToWindow();
            viewer->imageView()->openFile(big, chart.scaledToWidth(72, Qt::SmoothTransformation));
            (void)QTest::qWaitFor([&] { return viewer->imageView()->isShowingStandIn(); }, 10000);
            viewer->imageView()->grab().save(u"%1/viewer-standin-%2.png"_s.arg(out, theme));
            qInfo("wrote the stand-in (still showing: %d)", int(viewer->imageView()->isShowingStandIn()));
            // Then the top of the picture at full quality, band by band over the stand-in.
            // (Caught about halfway down: the working copy is 3000 × 2000, a third of the file.)
            (void)QTest::qWaitFor(
                [&] {
                    ImageView *view = viewer->imageView();
                    return !view->isLoading() || (view->isShowingPartial() && view->image().height() >= 900);
                },
                10000);
            viewer->imageView()->grab().save(u"%1/viewer-bands-%2.png"_s.arg(out, theme));
            qInfo("wrote the first bands (still decoding: %d)", int(viewer->imageView()->isShowingPartial()));
            (void)QTest::qWaitFor([&] { return !viewer->imageView()->isLoading(); }, 60000);
            shoot(*viewer->imageView(), u"%1/viewer-standin-sharpened-%2.png"_s.arg(out, theme));
        }
        // Compare the first and the last of the batch: labelled sides, one zoom.
        viewer->compareOutputs(strip->outputAt(0), strip->outputAt(3));
        (void)QTest::qWaitFor([&] { return viewer->comparePane()->isReady(); }, 10000);
        shoot(window, u"%1/compare-wipe-%2.png"_s.arg(out, theme));
        if (auto *sideBySide = viewer->comparePane()->findChild<QToolButton *>(u"compareMode1"_s))
            sideBySide->click();
        shoot(window, u"%1/compare-side-by-side-%2.png"_s.arg(out, theme));
        // The library in its own dock (View › Library Dock), beside the viewer.
        viewer->closeCompare();
        if (auto *libraryDock = window.findChild<QAction *>(u"actionLibraryDock"_s))
            libraryDock->trigger();
        shoot(window, u"%1/library-dock-%2.png"_s.arg(out, theme));
    }
    return 0;
}
