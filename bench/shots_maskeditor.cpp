// Screenshots of the mask editor for docs/screenshots (not a benchmark; built beside them):
//   Xvfb :21 -screen 0 1920x1080x24 & DISPLAY=:21 build/release/bench/shots_maskeditor docs/screenshots
// A picture on an in-process simulator, a mask painted over part of it with the mouse, the
// brush outline under the pointer; the editor in the light and the dark theme, and the
// dialog that fits a pasted picture to the workflow's size.
#include "comfyclient.h"
#include "futurecallback.h"
#include "imageprepdialog.h"
#include "maskcanvas.h"
#include "maskcomposition.h"
#include "maskeditordialog.h"
#include "simserver.h"
#include "theme.h"

#include <QApplication>
#include <QDir>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSlider>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {

// A small landscape: sky, sun, two hills, a lake.
QImage landscape(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient sky(0, 0, 0, size.height());
    sky.setColorAt(0, QColor(40, 90, 170));
    sky.setColorAt(0.6, QColor(250, 190, 140));
    p.fillRect(image.rect(), sky);
    p.setBrush(QColor(255, 230, 150));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QPointF(size.width() * 0.7, size.height() * 0.35), 70, 70);
    QPainterPath back;
    back.moveTo(0, size.height() * 0.62);
    back.cubicTo(size.width() * 0.3, size.height() * 0.4, size.width() * 0.55, size.height() * 0.7, size.width(), size.height() * 0.5);
    back.lineTo(size.width(), size.height());
    back.lineTo(0, size.height());
    p.setBrush(QColor(70, 110, 80));
    p.drawPath(back);
    QPainterPath front;
    front.moveTo(0, size.height() * 0.8);
    front.cubicTo(size.width() * 0.4, size.height() * 0.65, size.width() * 0.7, size.height() * 0.9, size.width(), size.height() * 0.75);
    front.lineTo(size.width(), size.height());
    front.lineTo(0, size.height());
    p.setBrush(QColor(40, 80, 50));
    p.drawPath(front);
    return image;
}

void drag(MaskCanvas *canvas, const QList<QPointF> &imagePoints)
{
    const QPointF first = canvas->mapFromImage(imagePoints.first());
    QMouseEvent press(QEvent::MouseButtonPress, first, canvas->mapToGlobal(first), Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas, &press);
    for (const QPointF &p : imagePoints) {
        const QPointF at = canvas->mapFromImage(p);
        QMouseEvent move(QEvent::MouseMove, at, canvas->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(canvas, &move);
    }
    const QPointF last = canvas->mapFromImage(imagePoints.last());
    QMouseEvent release(QEvent::MouseButtonRelease, last, canvas->mapToGlobal(last), Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(canvas, &release);
}

void shoot(QWidget &widget, const QString &file)
{
    QTest::qWait(300);
    widget.grab().save(file);
    qInfo("wrote %s", qPrintable(file));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"."_s;
    QDir().mkpath(out);
    Sim::SimServer sim;
    if (!sim.listen())
        return 1;
    ComfyClient client(sim.baseUrl());
    const QImage picture = landscape(QSize(1024, 768));
    bool uploaded = false;
    onFinished(client.uploadImage(MaskComposition::encodePng(picture), u"landscape.png"_s, QString(), u"input"_s, true),
               &app, [&](const Result<UploadResult> &) { uploaded = true; });
    if (!QTest::qWaitFor([&] { return uploaded; }, 10000))
        return 1;

    for (const ThemeChoice theme : {ThemeChoice::Light, ThemeChoice::Dark}) {
        Theme::apply(theme);
        const QString name = theme == ThemeChoice::Light ? u"light"_s : u"dark"_s;
        MaskEditorDialog dialog(&client, u"landscape.png"_s);
        dialog.resize(1280, 760);
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            return 1;
        if (!QTest::qWaitFor([&] { return dialog.isLoaded(); }, 10000))
            return 1;
        MaskCanvas *canvas = dialog.canvas();
        // Paint over the sun and a patch of the near hill, as someone replacing them would.
        canvas->setBrushSize(90);
        QList<QPointF> sun;
        for (int i = 0; i <= 40; ++i)
            sun << QPointF(716 + 40 * std::cos(i / 6.0), 269 + 40 * std::sin(i / 6.0));
        drag(canvas, sun);
        canvas->setBrushSize(60);
        dialog.findChild<QSlider *>(u"brushHardness"_s)->setValue(40);
        QList<QPointF> hill;
        for (int i = 0; i <= 30; ++i)
            hill << QPointF(150 + i * 10, 640 + 25 * std::sin(i / 4.0));
        drag(canvas, hill);
        // The pointer over the picture: the brush outline shows.
        const QPointF hover = canvas->mapFromImage({520, 420});
        QMouseEvent move(QEvent::MouseMove, hover, canvas->mapToGlobal(hover), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(canvas, &move);
        shoot(dialog, out + u"/mask-editor-"_s + name + u".png"_s);
        dialog.canvas()->undoStack()->setClean();
        dialog.close();
    }

    Theme::apply(ThemeChoice::Light);
    ImagePrepDialog prep(picture, QSize(768, 768), u"Load Image › image"_s);
    prep.show();
    if (!QTest::qWaitForWindowExposed(&prep))
        return 1;
    shoot(prep, out + u"/image-prep-light.png"_s);
    return 0;
}
