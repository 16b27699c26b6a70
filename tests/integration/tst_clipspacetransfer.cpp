// The mask editor's uploads against the simulator over real loopback sockets, compared
// with the web UI's recorded exchange (captures/run_media_upload_mask): the same four
// requests, field by field, and the same files stored (pixels). Editing again reads the
// mask back; a server that refuses an upload gives a clear message.
#include "addresssanitizer.h"
#include "clipspacetransfer.h"
#include "comfyclient.h"
#include "faultcontrol.h"
#include "filehandlers.h"
#include "futurecallback.h"
#include "maskcapture.h"
#include "processmemory.h"
#include "simserver.h"

#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Easel;
using namespace Qt::StringLiterals;

// Under AddressSanitizer RSS includes its quarantine and shadow memory: only the normal
// build bounds memory (as tst_hostile).
constexpr bool kRssIsMeaningful = EaselTest::memoryFiguresAreMeaningful;

namespace {

using MaskCapture::paintedMask;

QByteArray readCapture(const QString &name)
{
    return MaskCapture::read(name);
}

using Parts = QList<Sim::FileHandlers::Part>;

Parts recordedParts(const QString &name)
{
    bool ok = false;
    const Parts parts = Sim::FileHandlers::parseMultipart(
        QByteArray("multipart/form-data; boundary=") + MaskCapture::boundary, readCapture(name), &ok);
    if (!ok)
        qFatal("unreadable fixture %s", qPrintable(name));
    return parts;
}

QImage argb(const QByteArray &png)
{
    return QImage::fromData(png).convertToFormat(QImage::Format_ARGB32);
}

struct Upload
{
    QString path;
    QByteArray contentType;
    QByteArray body;
};

} // namespace

class tst_ClipspaceTransfer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void saveMakesTheWebUisRequests();
    void editAgainReadsTheMaskBack();
    void refusedUploadSaysWhy();
    void serverRefusesAsServerPyDoes();
    void hugePictureIsRefusedFromItsHeader();
    void inpaintingStarterUsesTheMask();

private:
    void uploadSource();
    ClipspaceTransfer::Saved save(ClipspaceTransfer &transfer, const MaskLayers &layers, qint64 ts);
    MaskLayers load(ClipspaceTransfer &transfer, const QString &value, QString *error = nullptr);

    std::unique_ptr<Sim::SimServer> m_server;
    std::unique_ptr<ComfyClient> m_client;
    QList<Upload> m_uploads;
};

void tst_ClipspaceTransfer::init()
{
    m_server = std::make_unique<Sim::SimServer>();
    QVERIFY(m_server->listen() != 0);
    m_client = std::make_unique<ComfyClient>(m_server->baseUrl());
    m_uploads.clear();
    connect(m_server.get(), &Sim::SimServer::uploadReceived, this,
            [this](const QString &path, const QByteArray &type, const QByteArray &body) {
                m_uploads.append({path, type, body});
            });
    uploadSource();
}

void tst_ClipspaceTransfer::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void tst_ClipspaceTransfer::uploadSource()
{
    const Parts source = recordedParts(u"upload_source_image.request_body.multipart"_s);
    bool done = false;
    onFinished(m_client->uploadImage(source.at(0).data, u"capture_media_mask_src.png"_s, QString(), u"input"_s, true),
               this, [&](const Result<UploadResult> &r) {
                   QVERIFY(r.isOk());
                   done = true;
               });
    QTRY_VERIFY(done);
    m_uploads.clear();
}

ClipspaceTransfer::Saved tst_ClipspaceTransfer::save(ClipspaceTransfer &transfer, const MaskLayers &layers, qint64 ts)
{
    std::optional<ClipspaceTransfer::Saved> saved;
    onFinished(transfer.save(layers, ts), this, [&](const ClipspaceTransfer::Saved &s) { saved = s; });
    if (!QTest::qWaitFor([&] { return saved.has_value(); }, 10000))
        return {{}, u"timed out"_s, 0};
    return *saved;
}

MaskLayers tst_ClipspaceTransfer::load(ClipspaceTransfer &transfer, const QString &value, QString *error)
{
    std::optional<ClipspaceTransfer::Loaded> loaded;
    onFinished(transfer.load(value), this, [&](const ClipspaceTransfer::Loaded &l) { loaded = l; });
    if (!QTest::qWaitFor([&] { return loaded.has_value(); }, 10000))
        return {};
    if (error)
        *error = loaded->error;
    return loaded->layers;
}

void tst_ClipspaceTransfer::saveMakesTheWebUisRequests()
{
    ClipspaceTransfer transfer(m_client.get());
    QSignalSpy progress(&transfer, &ClipspaceTransfer::progress);
    QString error;
    MaskLayers layers = load(transfer, u"capture_media_mask_src.png"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(layers.original, (OutputFile{u"capture_media_mask_src.png"_s, QString(), u"input"_s}));
    QCOMPARE(layers.image.size(), QSize(64, 64));
    QVERIFY(MaskComposition::isEmpty(layers.mask));
    layers.mask = paintedMask();

    const ClipspaceTransfer::Saved saved = save(transfer, layers, 3483147);
    QVERIFY2(saved.error.isEmpty(), qPrintable(saved.error));
    QCOMPARE(saved.inputValue, u"clipspace/clipspace-painted-masked-3483147.png [input]"_s);
    QCOMPARE(progress.size(), 6);
    QCOMPARE(progress.last().at(0).toInt(), 5);

    // The same four requests as the web UI, in its order, field by field.
    const QStringList recorded{u"upload_mask_1_mask"_s, u"upload_mask_2_paint"_s, u"upload_mask_3_painted"_s,
                               u"upload_mask_4_painted_masked"_s};
    const QStringList paths{u"/upload/mask"_s, u"/upload/image"_s, u"/upload/image"_s, u"/upload/mask"_s};
    QCOMPARE(m_uploads.size(), 4);
    for (int i = 0; i < 4; ++i) {
        const Upload &sent = m_uploads.at(i);
        QCOMPARE(sent.path, paths.at(i));
        QVERIFY(sent.contentType.startsWith("multipart/form-data; boundary="));
        bool ok = false;
        const Parts ours = Sim::FileHandlers::parseMultipart(sent.contentType, sent.body, &ok);
        QVERIFY(ok);
        const Parts theirs = recordedParts(recorded.at(i) + u".request_body.multipart"_s);
        QCOMPARE(ours.size(), theirs.size());
        for (int p = 0; p < ours.size(); ++p) {
            QCOMPARE(ours.at(p).name, theirs.at(p).name);
            QCOMPARE(ours.at(p).hasFileName, theirs.at(p).hasFileName);
            QCOMPARE(ours.at(p).fileName, theirs.at(p).fileName);
            if (ours.at(p).hasFileName)
                QCOMPARE(argb(ours.at(p).data), argb(theirs.at(p).data)); // pixels; encoders differ
            else
                QCOMPARE(ours.at(p).data, theirs.at(p).data); // original_ref byte for byte
        }
        // The picture goes as image/png, like the browser's Blob.
        const qsizetype disposition = sent.body.indexOf("name=\"image\"");
        QVERIFY(sent.body.mid(disposition, 200).contains("Content-Type: image/png"));
    }

    // What the server stored is what the real server stored.
    const QStringList stored{u"view_input_1_mask.png"_s, u"view_input_2_paint.png"_s, u"view_input_3_painted.png"_s,
                             u"view_input_4_painted_masked.png"_s};
    const ClipspaceNames names = ClipspaceNames::forTimestamp(3483147);
    const QStringList files{names.mask(), names.paint(), names.painted(), names.paintedMasked()};
    for (int i = 0; i < 4; ++i) {
        std::optional<QByteArray> bytes;
        onFinished(m_client->view({files.at(i), u"clipspace"_s, u"input"_s}), this,
                   [&](const Result<QByteArray> &r) { bytes = r.isOk() ? r.value() : QByteArray(); });
        QTRY_VERIFY(bytes.has_value());
        QCOMPARE(argb(*bytes), argb(readCapture(stored.at(i))));
    }
    // The farm's copy is the stored result too.
    QCOMPARE(argb(ClipspaceTransfer::localComposite(layers)), argb(readCapture(u"view_input_4_painted_masked.png"_s)));
}

void tst_ClipspaceTransfer::editAgainReadsTheMaskBack()
{
    ClipspaceTransfer transfer(m_client.get());
    MaskLayers layers = load(transfer, u"capture_media_mask_src.png"_s);
    layers.mask = paintedMask();
    const ClipspaceTransfer::Saved saved = save(transfer, layers, 1700000000123);
    QVERIFY2(saved.error.isEmpty(), qPrintable(saved.error));

    QString error;
    const MaskLayers again = load(transfer, saved.inputValue, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // As the web UI: the mask file is the original from now on, its alpha the mask.
    QCOMPARE(again.original, (OutputFile{u"clipspace-mask-1700000000123.png"_s, u"clipspace"_s, u"input"_s}));
    QCOMPARE(again.mask.convertToFormat(QImage::Format_ARGB32), paintedMask().convertToFormat(QImage::Format_ARGB32));
    // The colours under the mask survived (red quadrant at (20,20)).
    QCOMPARE(again.image.pixel(20, 20), qRgb(255, 0, 0));

    // Saving the second edit composes onto the mask file, whose colours are the original's.
    m_uploads.clear();
    MaskLayers changed = again;
    changed.mask.fill(0);
    const ClipspaceTransfer::Saved second = save(transfer, changed, 1700000000999);
    QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
    bool ok = false;
    const Parts first = Sim::FileHandlers::parseMultipart(m_uploads.at(0).contentType, m_uploads.at(0).body, &ok);
    QCOMPARE(first.at(1).data, QByteArray(R"({"filename":"clipspace-mask-1700000000123.png","subfolder":"clipspace","type":"input"})"));
    std::optional<QByteArray> bytes;
    onFinished(m_client->view({u"clipspace-painted-masked-1700000000999.png"_s, u"clipspace"_s, u"input"_s}), this,
               [&](const Result<QByteArray> &r) { bytes = r.isOk() ? r.value() : QByteArray(); });
    QTRY_VERIFY(bytes.has_value());
    const QImage result = argb(*bytes);
    QCOMPARE(result.pixel(20, 20), qRgba(255, 0, 0, 255)); // unmasked now, original colour
}

void tst_ClipspaceTransfer::refusedUploadSaysWhy()
{
    ClipspaceTransfer transfer(m_client.get());
    MaskLayers layers = load(transfer, u"capture_media_mask_src.png"_s);
    layers.mask = paintedMask();
    m_server->setMaxUploadSize(300); // every layer is larger
    ClipspaceTransfer::Saved saved = save(transfer, layers, 42);
    QCOMPARE(saved.httpStatus, 413);
    QVERIFY2(saved.error.contains(u"413"_s) && saved.error.contains(u"mask"_s), qPrintable(saved.error));
    QVERIFY(saved.inputValue.isEmpty());
    QCOMPARE(m_uploads.size(), 1); // stopped at the first refusal

    // A server error on the last step: nothing is pointed at a file that is not there.
    m_server->setMaxUploadSize(104857600);
    m_server->faults()->failRequests(Sim::FaultInjector::RequestAction::Answer500, u"/upload/mask"_s, -1);
    saved = save(transfer, layers, 43);
    QCOMPARE(saved.httpStatus, 500);
    QVERIFY(!saved.error.isEmpty());
    QVERIFY(saved.inputValue.isEmpty());

    // A 400 on the first mask: said as such, nothing further sent.
    m_server->faults()->clear();
    m_server->faults()->failRequests(Sim::FaultInjector::RequestAction::Answer400, u"/upload/mask"_s, -1);
    QStringList uploads;
    connect(m_server.get(), &Sim::SimServer::requestReceived, this, [&uploads](const QString &, const QString &path) {
        if (path.startsWith(u"/upload/"_s))
            uploads << path;
    });
    saved = save(transfer, layers, 44);
    QCOMPARE(saved.httpStatus, 400);
    QVERIFY2(saved.error.contains(u"400"_s) && saved.error.contains(u"mask"_s), qPrintable(saved.error));
    QVERIFY(saved.inputValue.isEmpty());
    QCOMPARE(uploads, QStringList{u"/upload/mask"_s}); // stopped at the refusal
}

// What server.py's upload handlers answer to uploads they cannot use, which the simulator
// follows (server.py image_upload / upload_mask): no named picture is a 400; a mask without
// original_ref raises (json.loads(None): 500); a reference that does not resolve writes
// nothing and answers 200, because image_upload ignores image_save_function's return.
void tst_ClipspaceTransfer::serverRefusesAsServerPyDoes()
{
    QNetworkAccessManager network;
    const QByteArray mask = MaskComposition::encodeMaskPng(paintedMask(), QSize(64, 64));
    auto post = [&](const QList<std::pair<QByteArray, QByteArray>> &fields, const QByteArray &fileName) {
        auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        for (const auto &[name, value] : fields) {
            QHttpPart part;
            QByteArray disposition = "form-data; name=\"" + name + '"';
            if (name == "image" && !fileName.isNull())
                disposition += "; filename=\"" + fileName + '"';
            part.setHeader(QNetworkRequest::ContentDispositionHeader, disposition);
            part.setBody(value);
            multi->append(part);
        }
        QNetworkReply *reply = network.post(QNetworkRequest(m_server->baseUrl().resolved(QUrl(u"/upload/mask"_s))), multi);
        multi->setParent(reply);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            return -1;
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    };
    const QByteArray ref = R"({"filename":"capture_media_mask_src.png","subfolder":"","type":"input"})";
    QCOMPARE(post({{"original_ref", ref}, {"type", "input"}}, {}), 400);                      // no picture
    QCOMPARE(post({{"image", mask}, {"original_ref", ref}}, ""), 400);                         // no file name
    QCOMPARE(post({{"image", mask}, {"subfolder", "../.."}, {"original_ref", ref}}, "m.png"), 400); // outside input/
    QCOMPARE(post({{"image", mask}, {"type", "input"}}, "m.png"), 500);                        // no original_ref
    const QByteArray missing = R"({"filename":"not-there.png","subfolder":"","type":"input"})";
    QCOMPARE(post({{"image", mask}, {"original_ref", missing}, {"subfolder", "refused"}}, "m.png"), 200);
    std::optional<bool> found;
    onFinished(m_client->view({u"m.png"_s, u"refused"_s, u"input"_s}), this,
               [&](const Result<QByteArray> &r) { found = r.isOk(); });
    QTRY_VERIFY(found.has_value());
    QVERIFY(!*found); // nothing written
    // A mask of another size: PIL's putalpha raises (500). The simulator writes composites
    // after answering, so this is decided from the headers, before the answer.
    const QByteArray small = MaskComposition::encodeMaskPng(paintedMask(), QSize(32, 32));
    QCOMPARE(post({{"image", small}, {"original_ref", ref}, {"subfolder", "refused"}}, "small.png"), 500);
    QCOMPARE(post({{"image", "not a picture"}, {"original_ref", ref}, {"subfolder", "refused"}}, "bad.png"), 500);
    // A mask whose text chunk declares 2 GB in a few bytes: unreadable like any broken picture,
    // and refused before libpng would allocate those 2 GB (the simulator runs in this process).
    QByteArray bomb = mask.left(33);
    bomb.append(QByteArray::fromHex("7b226982")).append("tEXtprompt").append('\0').append("{}");
    ProcessMemory::resetPeak();
    const qint64 peakBefore = ProcessMemory::peakResidentKiB();
    QCOMPARE(post({{"image", bomb}, {"original_ref", ref}, {"subfolder", "refused"}}, "bomb.png"), 500);
    if (kRssIsMeaningful)
        QVERIFY2(ProcessMemory::peakResidentKiB() - peakBefore < 256 * 1024,
                 qPrintable(u"peak RSS grew by %1 MiB"_s.arg((ProcessMemory::peakResidentKiB() - peakBefore) / 1024)));
    QCOMPARE(post({{"image", mask}, {"original_ref", ref}}, "m.png"), 200);                    // and the good one
    m_server->waitForPendingFiles();
    const QImage stored(m_server->dataDir() + u"/input/m.png"_s);
    QCOMPARE(stored.size(), QSize(64, 64));
    QVERIFY(!QFileInfo::exists(m_server->dataDir() + u"/input/refused/small.png"_s));
}

void tst_ClipspaceTransfer::hugePictureIsRefusedFromItsHeader()
{
    // A 30000 x 30000 PNG header with no pixel data: refused before any decoding.
    QImage tiny(1, 1, QImage::Format_RGB32);
    QByteArray png = MaskComposition::encodePng(tiny);
    // IHDR width and height live at bytes 16..23.
    const auto put = [&png](int at, quint32 v) {
        png[at] = char(v >> 24);
        png[at + 1] = char(v >> 16);
        png[at + 2] = char(v >> 8);
        png[at + 3] = char(v);
    };
    put(16, 30000);
    put(20, 30000);
    // The chunk's CRC-32 over its type and data (bytes 12..28), so the header is valid.
    quint32 crc = 0xffffffffu;
    for (int i = 12; i < 29; ++i) {
        crc ^= quint8(png[i]);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    put(29, ~crc);
    QString error;
    QVERIFY(ClipspaceTransfer::decode(png, &error).isNull());
    QVERIFY2(error.contains(u"30000"_s), qPrintable(error));
}

// The inpainting starter on the simulator: the result is the picture, made anew only
// under the mask, so the mask visibly arrived.
void tst_ClipspaceTransfer::inpaintingStarterUsesTheMask()
{
    ClipspaceTransfer transfer(m_client.get());
    MaskLayers layers = load(transfer, u"capture_media_mask_src.png"_s);
    layers.mask.fill(0);
    for (int y = 16; y < 48; ++y)
        for (int x = 16; x < 48; ++x)
            layers.mask.scanLine(y)[x] = 255;
    const ClipspaceTransfer::Saved saved = save(transfer, layers, 1700000000555);
    QVERIFY2(saved.error.isEmpty(), qPrintable(saved.error));

    QFile file(QStringLiteral(EASEL_SOURCE_DIR "/resources/starters/inpainting.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject prompt = QJsonDocument::fromJson(file.readAll()).object().value("prompt"_L1).toObject();
    QVERIFY(!prompt.isEmpty());
    const auto setInput = [&prompt](const QString &node, const QString &input, const QString &value) {
        QJsonObject n = prompt.value(node).toObject();
        QJsonObject inputs = n.value("inputs"_L1).toObject();
        inputs.insert(input, value);
        n.insert("inputs"_L1, inputs);
        prompt.insert(node, n);
    };
    setInput(u"10"_s, u"image"_s, saved.inputValue);
    setInput(u"4"_s, u"ckpt_name"_s, u"v1-5-pruned-emaonly.safetensors"_s); // the model the simulator has
    m_server->setStepMs(1);
    std::optional<QString> promptId;
    PromptRequest request;
    request.promptJson = QJsonDocument(prompt).toJson(QJsonDocument::Compact);
    onFinished(m_client->queuePrompt(request), this, [&](const Result<QueuedPrompt> &r) {
        QVERIFY2(r.isOk(), qPrintable(r.error().message() + r.error().detail()));
        promptId = r.value().promptId;
    });
    QTRY_VERIFY(promptId.has_value());
    std::optional<OutputFile> output;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 if (output)
                                     return true;
                                 onFinished(m_client->historyEntry(*promptId), this, [&](const Result<QList<HistoryEntry>> &r) {
                                     if (r.isOk() && !r.value().isEmpty() && r.value().first().completed
                                         && !r.value().first().outputs.isEmpty())
                                         output = r.value().first().outputs.first().files.value(0);
                                 });
                                 return false;
                             }()),
                             20000);
    std::optional<QByteArray> bytes;
    onFinished(m_client->view(*output), this, [&](const Result<QByteArray> &r) { bytes = r.isOk() ? r.value() : QByteArray(); });
    QTRY_VERIFY(bytes.has_value());
    const QImage result = argb(*bytes);
    const QImage source = argb(recordedParts(u"upload_source_image.request_body.multipart"_s).at(0).data);
    QCOMPARE(result.size(), source.size());
    // Outside the mask: the picture as it was; inside: something new.
    for (const QPoint p : {QPoint(2, 2), QPoint(60, 3), QPoint(3, 60), QPoint(60, 60), QPoint(15, 30)})
        QCOMPARE(result.pixel(p), source.pixel(p));
    int changed = 0;
    for (int y = 16; y < 48; ++y)
        for (int x = 16; x < 48; ++x)
            changed += result.pixel(x, y) != source.pixel(x, y);
    QVERIFY2(changed > 32 * 32 * 3 / 4, qPrintable(QString::number(changed)));
}

QTEST_GUILESS_MAIN(tst_ClipspaceTransfer)
#include "tst_clipspacetransfer.moc"
