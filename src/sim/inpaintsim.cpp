#include "inpaintsim.h"

#include "pngchunkscreen.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Easel::Sim::InpaintSim {

namespace {

bool isLink(const JsonTree &v)
{
    return v.isArray() && v.size() == 2 && v.at(0).isString();
}

// LoadImage's file: "name.png", "sub/name.png", "name.png [output]" (folder_paths.annotated_filepath).
QString imagePath(const QString &value, const QString &dataDir)
{
    QString name = value.trimmed();
    QString type = u"input"_s;
    for (const QString &folder : {u"input"_s, u"output"_s, u"temp"_s}) {
        const QString annotation = u" ["_s + folder + u']';
        if (name.endsWith(annotation)) {
            name.chop(annotation.size());
            type = folder;
        }
    }
    if (name.isEmpty() || name.startsWith(u'/') || name.contains(".."_L1))
        return {};
    return QDir::cleanPath(dataDir + u'/' + type + u'/' + name);
}

std::optional<Source> loadMasked(const JsonTree &node, const QString &dataDir)
{
    const QString path = imagePath(node.value(u"inputs").value(u"image").toString(), dataDir);
    if (path.isEmpty() || !QFileInfo(path).isFile() || !PngChunkScreen::fileProblem(path).isEmpty())
        return std::nullopt;
    QImageReader reader(path);
    const QSize size = reader.size();
    if (!size.isValid() || qint64(size.width()) * size.height() > qint64(8192) * 8192)
        return std::nullopt;
    const QImage file = reader.read().convertToFormat(QImage::Format_ARGB32);
    if (file.isNull())
        return std::nullopt;
    Source source{file, QImage(file.size(), QImage::Format_Alpha8)};
    for (int y = 0; y < file.height(); ++y) {
        auto *pixels = reinterpret_cast<QRgb *>(source.image.scanLine(y));
        uchar *mask = source.mask.scanLine(y);
        for (int x = 0; x < file.width(); ++x) {
            mask[x] = uchar(255 - qAlpha(pixels[x]));
            pixels[x] |= 0xff000000u;
        }
    }
    return source;
}

// Walks every link upstream of `link` (breadth first, each node once) to an inpainting
// node whose mask comes from a LoadImage.
std::optional<Source> search(const JsonTree &prompt, const JsonTree &link, const QString &dataDir)
{
    static const QSet<QString> inpainters{u"VAEEncodeForInpaint"_s, u"SetLatentNoiseMask"_s,
                                          u"InpaintModelConditioning"_s};
    QList<QString> pending{link.at(0).toString()};
    QSet<QString> seen;
    while (!pending.isEmpty() && seen.size() < 512) {
        const QString id = pending.takeFirst();
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const JsonTree node = prompt.value(id);
        const JsonTree inputs = node.value(u"inputs");
        if (inpainters.contains(node.value(u"class_type").toString())) {
            const JsonTree mask = inputs.value(u"mask");
            if (isLink(mask)) {
                const JsonTree from = prompt.value(mask.at(0).toString());
                if (from.value(u"class_type").toString() == "LoadImage"_L1)
                    return loadMasked(from, dataDir);
            }
        }
        for (int i = 0; i < inputs.size(); ++i) {
            if (isLink(inputs.at(i)))
                pending.append(inputs.at(i).at(0).toString());
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<Source> maskedSource(const JsonTree &prompt, const JsonTree &link, const QString &dataDir)
{
    if (!isLink(link))
        return std::nullopt;
    return search(prompt, link, dataDir);
}

QImage compose(const QImage &generated, const Source &source)
{
    const QImage fresh = generated.convertToFormat(QImage::Format_ARGB32)
                             .scaled(source.image.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QImage out = source.image;
    for (int y = 0; y < out.height(); ++y) {
        auto *to = reinterpret_cast<QRgb *>(out.scanLine(y));
        const auto *from = reinterpret_cast<const QRgb *>(fresh.constScanLine(y));
        const uchar *mask = source.mask.constScanLine(y);
        for (int x = 0; x < out.width(); ++x) {
            const int m = mask[x];
            if (!m)
                continue;
            const auto mix = [m](int a, int b) { return (a * (255 - m) + b * m + 127) / 255; };
            to[x] = qRgb(mix(qRed(to[x]), qRed(from[x])), mix(qGreen(to[x]), qGreen(from[x])),
                         mix(qBlue(to[x]), qBlue(from[x])));
        }
    }
    return out;
}

} // namespace Easel::Sim::InpaintSim
