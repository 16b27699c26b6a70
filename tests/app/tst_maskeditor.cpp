// Image inputs you can work on, offscreen against the simulator: the mask editor opened
// from an input's thumbnail (mouse and tablet strokes, undo, keys, save; the input points
// at the uploaded file and the document takes it as one undo step; edited again), a
// refused upload keeps the mask, paste and drop into an input, "Use as input", crop to
// the workflow's size, and the pictures that are hard to read.
#include "clipspacetransfer.h"
#include "comfyclient.h"
#include "faultcontrol.h"
#include "futurecallback.h"
#include "imageinputcontroller.h"
#include "imageprepdialog.h"
#include "inputdelegate.h"
#include "mainwindow.h"
#include "maskcapture.h"
#include "maskcanvas.h"
#include "maskeditordialog.h"
#include "viewer/outputactions.h"
#include "simserver.h"
#include "viewer/viewerpane.h"
#include "workfloweditor.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPointingDevice>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabletEvent>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString dataFile(const QString &name)
{
    return QStringLiteral(EASEL_TEST_DATA_DIR) + u'/' + name;
}

using MaskCapture::sourcePng;

} // namespace

class tst_MaskEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void paintUndoSaveFromTheThumbnail();
    void refusedUploadKeepsTheMask();
    void pasteDropAndUseAsInput();
    void pasteWithNowhereToGoStartsImageToImage();
    void cropToTheWorkflowsSize();
    void picturesThatAreHardToRead();
    void brushOutlineLeavesNothingBehind();

private:
    QString writeWorkflow(const QString &image);
    void upload(const QByteArray &png, const QString &name);
    QPoint cellPoint(WorkflowEditor *editor, const QString &nodeId, const QString &input, int dx);
    void stroke(MaskCanvas *canvas, QPointF from, QPointF to);

    Sim::SimServer m_sim;
    QTemporaryDir m_dir;
};

void tst_MaskEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QVERIFY(m_dir.isValid());
    m_sim.setStepMs(10);
    QVERIFY(m_sim.listen(QHostAddress::LocalHost, 0) != 0);
    upload(sourcePng(), u"capture_media_mask_src.png"_s);
}

void tst_MaskEditor::upload(const QByteArray &png, const QString &name)
{
    ComfyClient client(m_sim.baseUrl());
    bool done = false;
    onFinished(client.uploadImage(png, name, QString(), u"input"_s, true), this, [&](const Result<UploadResult> &r) {
        QVERIFY(r.isOk());
        done = true;
    });
    QTRY_VERIFY(done);
}

// The recorded prompt of the web UI's mask session: LoadImage -> SaveImage, MaskToImage -> SaveImage.
QString tst_MaskEditor::writeWorkflow(const QString &image)
{
    QJsonObject prompt = QJsonDocument::fromJson(MaskCapture::read(QStringLiteral("post_prompt.request_body.json")))
                             .object()
                             .value("prompt"_L1)
                             .toObject();
    QJsonObject load = prompt.value("1"_L1).toObject();
    QJsonObject inputs = load.value("inputs"_L1).toObject();
    inputs.insert("image"_L1, image);
    load.insert("inputs"_L1, inputs);
    prompt.insert("1"_L1, load);
    const QString path = m_dir.filePath(u"mask-%1.json"_s.arg(QDateTime::currentMSecsSinceEpoch()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(prompt).toJson());
    return path;
}

QPoint tst_MaskEditor::cellPoint(WorkflowEditor *editor, const QString &nodeId, const QString &input, int dx)
{
    auto *tree = editor->findChild<QTreeView *>(u"treeView"_s);
    auto *proxy = qobject_cast<QAbstractProxyModel *>(tree->model());
    const QModelIndex index = proxy->mapFromSource(editor->model()->inputIndex(nodeId, input));
    tree->scrollTo(index);
    const QRect cell = tree->visualRect(index);
    return QPoint(cell.left() + dx, cell.center().y());
}

void tst_MaskEditor::stroke(MaskCanvas *canvas, QPointF from, QPointF to)
{
    const QPoint a = canvas->mapFromImage(from).toPoint();
    const QPoint b = canvas->mapFromImage(to).toPoint();
    QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, a);
    for (int i = 1; i <= 8; ++i) {
        QMouseEvent move(QEvent::MouseMove, QPointF(a + (b - a) * i / 8), canvas->mapToGlobal(QPointF(a + (b - a) * i / 8)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(canvas, &move);
    }
    QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, b);
}

void tst_MaskEditor::paintUndoSaveFromTheThumbnail()
{
    MainWindow window(m_sim.baseUrl(), m_dir.filePath(u"outputs"_s));
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openWorkflow(writeWorkflow(u"capture_media_mask_src.png"_s));
    WorkflowEditor *editor = window.editor();
    QTRY_VERIFY_WITH_TIMEOUT(!editor->imageInputs().isEmpty(), 20000); // the catalogue says which
    auto *tree = editor->findChild<QTreeView *>(u"treeView"_s);
    auto *delegate = qobject_cast<InputDelegate *>(tree->itemDelegate());
    QTRY_VERIFY_WITH_TIMEOUT(!delegate->thumbnail(u"1"_s, u"image"_s).isNull(), 20000);

    // A click on the thumbnail opens the editor with the picture.
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, cellPoint(editor, u"1"_s, u"image"_s, 12));
    MaskEditorDialog *dialog = window.imageInputs()->maskEditor();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 10000);
    MaskCanvas *canvas = dialog->canvas();
    QCOMPARE(canvas->imageSize(), QSize(64, 64));
    QVERIFY(MaskComposition::isEmpty(canvas->mask()));
    QVERIFY(dialog->findChild<QLabel *>(u"zoomLabel"_s)->text().contains(u"64 × 64"_s));

    // A mouse stroke across the middle.
    canvas->setBrushSize(10);
    stroke(canvas, {24, 32}, {40, 32});
    QCOMPARE(qAlpha(canvas->mask().pixel(32, 32)), 255);
    QCOMPARE(qAlpha(canvas->mask().pixel(5, 5)), 0);
    QCOMPARE(canvas->undoStack()->count(), 1);

    // Undo and redo (its own stack), from the keyboard.
    QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(qAlpha(canvas->mask().pixel(32, 32)), 0);
    QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(qAlpha(canvas->mask().pixel(32, 32)), 255);

    // X swaps brush and eraser; [ and ] change the size.
    QTest::keyClick(canvas, Qt::Key_X);
    QCOMPARE(canvas->tool(), MaskCanvas::Tool::Eraser);
    QTest::keyClick(canvas, Qt::Key_X);
    QCOMPARE(canvas->tool(), MaskCanvas::Tool::Brush);
    QTest::keyClick(canvas, Qt::Key_BracketRight);
    QVERIFY(canvas->brushSize() > 10);
    QTest::keyClick(canvas, Qt::Key_BracketLeft);
    QTest::keyClick(canvas, Qt::Key_BracketLeft);
    QVERIFY(canvas->brushSize() < 10);
    canvas->setBrushSize(10);

    // A pen: light pressure paints a smaller dab than the brush's size.
    QPointingDevice pen(u"pen"_s, 42, QInputDevice::DeviceType::Stylus, QPointingDevice::PointerType::Pen,
                        QInputDevice::Capability::Position | QInputDevice::Capability::Pressure, 1, 3);
    const QPointF at = canvas->mapFromImage({10.5, 52.5});
    for (QEvent::Type type : {QEvent::TabletPress, QEvent::TabletRelease}) {
        QTabletEvent event(type, &pen, at, canvas->mapToGlobal(at), 0.3, 0, 0, 0, 0, 0, Qt::NoModifier, Qt::LeftButton,
                           type == QEvent::TabletPress ? Qt::LeftButton : Qt::NoButton);
        QApplication::sendEvent(canvas, &event);
        QVERIFY(event.isAccepted());
    }
    QVERIFY(qAlpha(canvas->mask().pixel(10, 52)) > 200);
    QCOMPARE(qAlpha(canvas->mask().pixel(14, 52)), 0); // a full-pressure dab would reach it
    QCOMPARE(canvas->undoStack()->count(), 2);

    // Save: the input points at the upload, as one step of the document's undo.
    QUndoStack *documentUndo = editor->undoStack();
    const int steps = documentUndo->count();
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveMaskButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(editor->document().inputValue(u"1"_s, u"image"_s).toString().startsWith(u"clipspace/"_s), 10000);
    const QString value = editor->document().inputValue(u"1"_s, u"image"_s).toString();
    const auto names = ClipspaceNames::fromValue(value);
    QVERIFY2(names.has_value(), qPrintable(value));
    QCOMPARE(value, names->inputValue());
    QCOMPARE(documentUndo->count(), steps + 1);
    QTRY_VERIFY(!window.imageInputs()->maskEditor());

    // What the server stored: the picture, transparent where the user painted.
    m_sim.waitForPendingFiles(); // /upload/mask answers before its composite is on disk
    const QImage stored = QImage(m_sim.dataDir() + u"/input/clipspace/"_s + names->paintedMasked()).convertToFormat(QImage::Format_ARGB32);
    QCOMPARE(stored.size(), QSize(64, 64));
    QCOMPARE(qAlpha(stored.pixel(32, 32)), 0);
    QCOMPARE(qAlpha(stored.pixel(5, 5)), 255);
    QCOMPARE(qRed(stored.pixel(5, 5)), 255); // the red quadrant, colour kept
    // The farm's copy of it, for the other servers.
    const QString local = window.imageInputs()->cacheDirectory() + u'/' + names->paintedMasked();
    QTRY_VERIFY(QFile::exists(local));
    QCOMPARE(QImage(local).convertToFormat(QImage::Format_ARGB32), stored);

    // Edited again: the mask comes back.
    QTRY_VERIFY_WITH_TIMEOUT(!delegate->thumbnail(u"1"_s, u"image"_s).isNull(), 20000);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, cellPoint(editor, u"1"_s, u"image"_s, 12));
    dialog = window.imageInputs()->maskEditor();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 10000);
    QCOMPARE(qAlpha(dialog->canvas()->mask().pixel(32, 32)), 255);
    QCOMPARE(qAlpha(dialog->canvas()->mask().pixel(5, 5)), 0);
    dialog->close();

    // The document's undo brings the original picture back.
    documentUndo->undo();
    QCOMPARE(editor->document().inputValue(u"1"_s, u"image"_s).toString(), u"capture_media_mask_src.png"_s);
}

void tst_MaskEditor::refusedUploadKeepsTheMask()
{
    ComfyClient client(m_sim.baseUrl());
    MaskEditorDialog dialog(&client, u"capture_media_mask_src.png"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 10000);
    dialog.canvas()->fillMask();
    dialog.canvas()->setBrushSize(20);
    dialog.canvas()->setTool(MaskCanvas::Tool::Eraser);
    stroke(dialog.canvas(), {10, 10}, {50, 10});
    const QImage painted = dialog.canvas()->mask();
    QCOMPARE(qAlpha(painted.pixel(30, 10)), 0);

    m_sim.setMaxUploadSize(300); // every layer is larger: 413
    QSignalSpy failed(&dialog, &MaskEditorDialog::saveFailed);
    QSignalSpy saved(&dialog, &MaskEditorDialog::saved);
    dialog.save();
    QVERIFY(failed.wait(10000));
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.message().contains(u"413"_s), qPrintable(dialog.message()));
    QCOMPARE(dialog.canvas()->mask(), painted); // nothing lost
    QCOMPARE(dialog.canvas()->undoStack()->count(), 2);
    QVERIFY(saved.isEmpty());

    // A 400 (server.py refusing an upload it cannot place): said clearly, mask kept.
    m_sim.setMaxUploadSize(104857600);
    m_sim.faults()->failRequests(Sim::FaultInjector::RequestAction::Answer400, u"/upload/mask"_s, 1);
    dialog.save();
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.size(), 2);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.message().contains(u"400"_s) && dialog.message().contains(u"kept"_s), qPrintable(dialog.message()));
    QCOMPARE(dialog.canvas()->mask(), painted);
    QCOMPARE(dialog.canvas()->undoStack()->count(), 2);
    QVERIFY(saved.isEmpty());

    // The server takes it again: the same mask goes up.
    dialog.save();
    QVERIFY(saved.wait(10000));
    const auto result = saved.first().first().value<ClipspaceTransfer::Saved>();
    QVERIFY(result.error.isEmpty());
}

void tst_MaskEditor::pasteDropAndUseAsInput()
{
    MainWindow window(m_sim.baseUrl(), m_dir.filePath(u"outputs2"_s));
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openWorkflow(writeWorkflow(u"capture_media_mask_src.png"_s));
    WorkflowEditor *editor = window.editor();
    QTRY_VERIFY_WITH_TIMEOUT(!editor->imageInputs().isEmpty(), 20000);
    ImageInputController *images = window.imageInputs();
    images->setAutomaticFit(ImageFit{ImageFit::Mode::Crop, QSize(32, 24), 0, {0.5, 0.5}});
    auto *tree = editor->findChild<QTreeView *>(u"treeView"_s);
    auto *status = editor->findChild<QLabel *>(u"statusLabel"_s);
    QVERIFY(status);
    auto valueOf = [editor] { return editor->document().inputValue(u"1"_s, u"image"_s).toString(); };

    // Ctrl+V with a picture: it goes into the (only) image input, cropped to the size.
    QImage picture(300, 200, QImage::Format_RGB32);
    picture.fill(Qt::red);
    for (int y = 0; y < 200; ++y)
        for (int x = 150; x < 300; ++x)
            picture.setPixel(x, y, qRgb(0, 0, 255));
    QApplication::clipboard()->setImage(picture);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_V, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(valueOf().startsWith(u"pasted-"_s), 10000);
    const QImage pasted(m_sim.dataDir() + u"/input/"_s + valueOf());
    QCOMPARE(pasted.size(), QSize(32, 24));
    QCOMPARE(QColor(pasted.pixel(2, 12)), QColor(Qt::red));
    QCOMPARE(QColor(pasted.pixel(29, 12)), QColor(Qt::blue));

    // A clipboard without a picture, and one with a picture far too large: a clear line.
    QApplication::clipboard()->setText(u"just words"_s);
    QTest::keyClick(tree, Qt::Key_V, Qt::ControlModifier);
    QTRY_COMPARE(status->text(), u"The clipboard holds no picture."_s);
    QImage tiny(1, 1, QImage::Format_RGB32);
    QByteArray huge = MaskComposition::encodePng(tiny);
    const auto put = [&huge](int at, quint32 v) {
        for (int i = 0; i < 4; ++i)
            huge[at + i] = char(v >> (24 - 8 * i));
    };
    put(16, 30000);
    put(20, 30000);
    quint32 crc = 0xffffffffu;
    for (int i = 12; i < 29; ++i) {
        crc ^= quint8(huge[i]);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    put(29, ~crc);
    auto *mime = new QMimeData;
    mime->setData(u"image/png"_s, huge);
    QApplication::clipboard()->setMimeData(mime);
    const QString before = valueOf();
    QTest::keyClick(tree, Qt::Key_V, Qt::ControlModifier);
    QTRY_VERIFY(status->text().contains(u"30000 × 30000"_s));
    QCOMPARE(valueOf(), before);

    // A file dropped from the desktop onto the input's row.
    QMimeData drop;
    drop.setUrls({QUrl::fromLocalFile(dataFile(u"cmyk.jpg"_s))});
    const QPoint row = tree->viewport()->mapTo(editor, cellPoint(editor, u"1"_s, u"image"_s, 40));
    QDragEnterEvent enter(row, Qt::CopyAction, &drop, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(editor, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(row, Qt::CopyAction, &drop, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(editor, &move);
    QVERIFY(move.isAccepted());
    QDropEvent dropped(QPointF(row), Qt::CopyAction, &drop, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(editor, &dropped);
    QTRY_VERIFY_WITH_TIMEOUT(valueOf().startsWith(u"cmyk-"_s), 10000);
    const QImage fromCmyk(m_sim.dataDir() + u"/input/"_s + valueOf());
    QCOMPARE(fromCmyk.size(), QSize(32, 24));
    const QColor c = fromCmyk.pixelColor(16, 12);
    QVERIFY2(c.red() > 150 && c.green() < 90 && c.blue() < 90, qPrintable(c.name())); // rgb(200,30,40) via CMYK

    // "Use as input" on an output (here any picture file) from the viewer's menu.
    images->setAutomaticFit(ImageFit{ImageFit::Mode::Keep, {}, 0, {0.5, 0.5}});
    emit window.viewer()->actions()->useAsInputRequested(OutputRef{0, dataFile(u"rgba16.png"_s), {}, {}});
    QTRY_VERIFY_WITH_TIMEOUT(valueOf().startsWith(u"rgba16-"_s), 10000);
    QCOMPARE(QImage(m_sim.dataDir() + u"/input/"_s + valueOf()).size(), QSize(40, 30));
}

// Ctrl+V on the window with no workflow open (the start page): Easel offers the
// image-to-image starter with the picture as its input, and the upload's bytes are shown
// on the input as they go.
void tst_MaskEditor::pasteWithNowhereToGoStartsImageToImage()
{
    MainWindow window(m_sim.baseUrl(), m_dir.filePath(u"outputs-i2i"_s));
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    WorkflowEditor *editor = window.editor();
    QVERIFY(!editor->hasDocument());
    ImageInputController *images = window.imageInputs();
    images->setAutomaticFit(ImageFit{ImageFit::Mode::Keep, QSize(), 0, {0.5, 0.5}});
    QImage picture(96, 64, QImage::Format_RGB32);
    picture.fill(QColor(30, 140, 90));
    QApplication::clipboard()->setImage(picture);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // First the question is declined: nothing opens.
    QTimer::singleShot(0, this, [] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box && box->objectName() == "noImageInputQuestion"_L1);
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::keyClick(&window, Qt::Key_V, Qt::ControlModifier);
    QVERIFY(!editor->hasDocument());

    // Then accepted: the starter opens and its Load Image takes the picture.
    QSignalSpy progress(editor, &WorkflowEditor::uploadProgressShown);
    window.activateWindow(); // the question took it
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTimer::singleShot(0, this, [] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
    });
    QTest::keyClick(&window, Qt::Key_V, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(editor->hasDocument(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(editor->imageInputs().size(), 1, 20000);
    const auto inputs = editor->imageInputs();
    const auto valueOf = [&] { return editor->document().inputValue(inputs.first().first, inputs.first().second).toString(); };
    QTRY_VERIFY_WITH_TIMEOUT(valueOf().startsWith(u"pasted-"_s), 20000);
    const QImage uploaded(m_sim.dataDir() + u"/input/"_s + valueOf());
    QCOMPARE(uploaded.size(), picture.size());
    QCOMPARE(QColor(uploaded.pixel(10, 10)), QColor(30, 140, 90));
    QCOMPARE(editor->document().node(inputs.first().first)->classType, u"LoadImage"_s);
    QVERIFY2(!progress.isEmpty(), "no byte progress was shown");
    QCOMPARE(progress.last().at(0).toString(), inputs.first().first);
    QCOMPARE(progress.last().at(2).toInt(), 100); // the whole body went
}

void tst_MaskEditor::cropToTheWorkflowsSize()
{
    QImage picture(300, 200, QImage::Format_RGB32);
    picture.fill(Qt::green);
    for (int y = 0; y < 200; ++y)
        for (int x = 0; x < 50; ++x)
            picture.setPixel(x, y, qRgb(255, 0, 0)); // a red band a square crop cuts away
    ImagePrepDialog dialog(picture, QSize(128, 128), u"Load Image › image"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    ImageFit fit = dialog.fit();
    QCOMPARE(fit.mode, ImageFit::Mode::Crop);
    QCOMPARE(fit.target, QSize(128, 128));
    QImage out = fit.apply(picture);
    QCOMPARE(out.size(), QSize(128, 128));
    QCOMPARE(QColor(out.pixel(2, 64)), QColor(Qt::green));
    // Turned a quarter: 200 x 300, still cropped to a square.
    dialog.turn(1);
    QCOMPARE(dialog.fit().apply(picture).size(), QSize(128, 128));
    const ImageFit turnOnly{ImageFit::Mode::Keep, {}, 1, {0.5, 0.5}};
    QCOMPARE(turnOnly.apply(picture).size(), QSize(200, 300));
    // Fit inside pads; stretch fills.
    dialog.turn(-1);
    dialog.setMode(ImageFit::Mode::Fit);
    out = dialog.fit().apply(picture);
    QCOMPARE(out.size(), QSize(128, 128));
    QCOMPARE(QColor(out.pixel(64, 2)), QColor(Qt::black));
    QCOMPARE(QColor(out.pixel(2, 64)), QColor(Qt::red));
    dialog.setMode(ImageFit::Mode::Stretch);
    dialog.setTarget(QSize(64, 32));
    QCOMPARE(dialog.fit().apply(picture).size(), QSize(64, 32));
    // Without a workflow size the picture is kept as it is.
    ImagePrepDialog keep(picture, QSize(), u"x"_s);
    QCOMPARE(keep.fit().mode, ImageFit::Mode::Keep);
}

void tst_MaskEditor::picturesThatAreHardToRead()
{
    QString error;
    // CMYK JPEG: RGB out.
    QImage cmyk = ClipspaceTransfer::decode(readFile(dataFile(u"cmyk.jpg"_s)), &error);
    QVERIFY2(!cmyk.isNull(), qPrintable(error));
    QCOMPARE(cmyk.format(), QImage::Format_ARGB32);
    QVERIFY(cmyk.pixelColor(10, 10).red() > 150);
    // 16-bit RGBA PNG: 8-bit straight RGBA out, colour kept.
    QImage deep = ClipspaceTransfer::decode(readFile(dataFile(u"rgba16.png"_s)), &error);
    QVERIFY2(!deep.isNull(), qPrintable(error));
    QCOMPARE(deep.format(), QImage::Format_ARGB32);
    QCOMPARE(deep.pixelColor(5, 5), QColor(20, 120, 220));
    // No alpha: nothing is masked.
    QVERIFY(MaskComposition::isEmpty(MaskComposition::editorMask(cmyk)));
    // Not a picture at all.
    QVERIFY(ClipspaceTransfer::decode("not a picture", &error).isNull());
    QVERIFY(!error.isEmpty());
}

// The brush outline repaints only a ring around itself as it moves (and the strokes their
// rectangles): what is on screen after moving and painting equals a full repaint.
void tst_MaskEditor::brushOutlineLeavesNothingBehind()
{
    MaskCanvas canvas;
    canvas.resize(900, 700);
    QImage picture(1024, 1024, QImage::Format_RGB32);
    for (int y = 0; y < picture.height(); ++y)
        for (int x = 0; x < picture.width(); ++x)
            picture.setPixel(x, y, qRgb(x & 0xff, y & 0xff, (x * y) & 0xff));
    canvas.setLayers(picture, QImage());
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));
    canvas.zoomAt(1.0, QPointF(450, 350));
    canvas.setBrushSize(300);
    QApplication::processEvents();
    auto move = [&](QPointF at, Qt::MouseButtons buttons) {
        QMouseEvent event(QEvent::MouseMove, at, canvas.mapToGlobal(at), Qt::NoButton, buttons, Qt::NoModifier);
        QApplication::sendEvent(&canvas, &event);
        QApplication::processEvents();
    };
    for (int i = 0; i < 30; ++i)
        move(QPointF(200 + i * 13.7, 250 + i * 5.3), Qt::NoButton);
    stroke(&canvas, QPointF(300, 400), QPointF(600, 450));
    for (int i = 0; i < 20; ++i)
        move(QPointF(620 - i * 11.1, 300 + i * 7.9), Qt::NoButton);
    const QImage shown = canvas.screen()->grabWindow(canvas.winId()).toImage().convertToFormat(QImage::Format_RGB32);
    canvas.repaint();
    const QImage whole = canvas.screen()->grabWindow(canvas.winId()).toImage().convertToFormat(QImage::Format_RGB32);
    QCOMPARE(shown.size(), whole.size());
    QVERIFY(!shown.isNull());
    QCOMPARE(shown, whole);
}

QTEST_MAIN(tst_MaskEditor)
#include "tst_maskeditor.moc"
