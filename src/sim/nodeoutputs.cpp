#include "nodeoutputs.h"

#include "imagesynth.h"
#include "inpaintsim.h"
#include "nodeoutputs_p.h"
#include "outputcounter.h"

#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Easel::Sim {

using Detail::intInput;
using Detail::nextCounterRemembered;
using Detail::rememberCounter;

NodeOutputs::NodeOutputs(const JsonTree &prompt, const JsonTree &extraData, const QString &dataDir)
    : m_prompt(prompt), m_extraData(extraData), m_dataDir(dataDir)
{
}

NodeOutputs::Geometry NodeOutputs::geometry(const QString &nodeId, int depth) const
{
    Geometry g;
    const JsonTree node = m_prompt.value(nodeId);
    if (!node.isObject() || depth > 64)
        return g;
    const QString classType = node.value(u"class_type").toString();
    const JsonTree inputs = node.value(u"inputs");
    if (classType == "EmptyImage"_L1 || classType == "EmptyLatentImage"_L1
        || classType == "EmptySD3LatentImage"_L1) {
        g.size = QSize(intInput(inputs, u"width", 512), intInput(inputs, u"height", 512));
        g.batch = intInput(inputs, u"batch_size", 1);
        return g;
    }
    if (classType == "ImageBatch"_L1) {
        // Two batches in one, the second scaled to the first's size.
        const JsonTree first = inputs.value(u"image1");
        const JsonTree second = inputs.value(u"image2");
        if (first.isArray() && second.isArray() && first.size() == 2 && second.size() == 2) {
            g = geometry(first.at(0).toString(), depth + 1);
            g.batch += geometry(second.at(0).toString(), depth + 1).batch;
            g.batch = qBound(1, g.batch, 4096);
            return g;
        }
    }
    // Follow the first link upstream.
    for (int i = 0; i < inputs.size(); ++i) {
        const JsonTree v = inputs.at(i);
        if (v.isArray() && v.size() == 2 && v.at(0).isString()) {
            g = geometry(v.at(0).toString(), depth + 1);
            break;
        }
    }
    if (classType == "ImageScale"_L1 || classType == "LatentUpscale"_L1) {
        const int w = intInput(inputs, u"width", 0);
        const int h = intInput(inputs, u"height", 0);
        if (w > 0 && h > 0)
            g.size = QSize(w, h);
        else if (w > 0)
            g.size = QSize(w, qMax(1, g.size.height() * w / qMax(1, g.size.width())));
        else if (h > 0)
            g.size = QSize(qMax(1, g.size.width() * h / qMax(1, g.size.height())), h);
    }
    if (classType == "LatentUpscaleBy"_L1 || classType == "ImageScaleBy"_L1) {
        const double factor = inputs.value(classType == "ImageScaleBy"_L1 ? u"scale_by" : u"scale_by").toNumber().toDouble();
        if (factor > 0)
            g.size = QSize(qMax(1, int(g.size.width() * factor)), qMax(1, int(g.size.height() * factor)));
    }
    g.size = g.size.expandedTo(QSize(1, 1)).boundedTo(QSize(16384, 16384));
    g.batch = qBound(1, g.batch, 4096);
    return g;
}

int NodeOutputs::stepsOf(const QString &classType, const JsonTree &inputs)
{
    static const QStringList samplers{u"KSampler"_s, u"KSamplerAdvanced"_s, u"SamplerCustom"_s,
                                      u"SamplerCustomAdvanced"_s, u"CaptureProgressPreview"_s};
    if (!samplers.contains(classType))
        return 0;
    return qBound(1, intInput(inputs, u"steps", classType == "CaptureProgressPreview"_L1 ? 4 : 20), 10000);
}

NodeOutputs::SaveResult NodeOutputs::saveImages(const QString &nodeId, bool temporary) const
{
    SaveResult result;
    const JsonTree node = m_prompt.value(nodeId);
    const JsonTree inputs = node.value(u"inputs");
    const QString base = QDir::cleanPath(m_dataDir + (temporary ? u"/temp"_s : u"/output"_s));
    QString prefix;
    if (temporary) {
        static const char letters[] = "abcdefghijklmnopqrstuvwxyz";
        prefix = u"ComfyUI_temp_"_s;
        for (int i = 0; i < 5; ++i)
            prefix += QLatin1Char(letters[QRandomGenerator::global()->bounded(26)]);
    } else {
        prefix = inputs.value(u"filename_prefix").toString();
        if (prefix.isEmpty())
            prefix = u"ComfyUI"_s;
    }
    const qsizetype slash = prefix.lastIndexOf(u'/');
    const QString subfolder = slash >= 0 ? prefix.left(slash) : QString();
    const QString fileStem = slash >= 0 ? prefix.mid(slash + 1) : prefix;
    const QString folder = QDir::cleanPath(base + u'/' + subfolder);
    if (folder != base && !folder.startsWith(base + u'/')) {
        QString common = base;
        while (!common.isEmpty() && folder != common && !folder.startsWith(common + u'/'))
            common = QFileInfo(common).path() == common ? QString() : QFileInfo(common).path();
        result.errorMessage = u"**** ERROR: Saving image outside the output folder is not allowed.\n"
                              " full_output_folder: %1\n         output_dir: %2\n         commonpath: %3\n"_s
                                  .arg(folder, base, common);
        return result;
    }
    QDir().mkpath(folder);
    const QDir dir(folder);
    const JsonTree images = inputs.value(u"images");
    Geometry g = (images.isArray() && images.size() == 2) ? geometry(images.at(0).toString()) : Geometry();
    // Inpainting keeps the masked picture's size and changes it only under the mask.
    const std::optional<InpaintSim::Source> inpaint = InpaintSim::maskedSource(m_prompt, images, m_dataDir);
    if (inpaint)
        g.size = inpaint->image.size();
    int counter = nextCounterRemembered(dir, fileStem);
    const QString promptText = m_prompt.toPythonString();
    const quint32 seed = qHash(promptText) % 360;
    for (int i = 0; i < g.batch; ++i, ++counter) {
        QImage image = ImageSynth::outputImage(g.size, i, seed);
        if (inpaint)
            image = InpaintSim::compose(image, *inpaint);
        image.setText(u"prompt"_s, promptText);
        const JsonTree pngInfo = m_extraData.value(u"extra_pnginfo");
        for (int k = 0; k < pngInfo.size(); ++k)
            image.setText(pngInfo.keys().at(k), pngInfo.at(k).toPythonString());
        const QString fileName = u"%1_%2_.png"_s.arg(fileStem).arg(counter, 5, 10, QLatin1Char('0'));
        QImageWriter writer(dir.filePath(fileName), "png");
        if (!writer.write(image)) {
            result.errorMessage = writer.errorString();
            rememberCounter(dir, fileStem, 0); // forgotten: the next save scans again
            return result;
        }
        JsonTree entry = JsonTree::object();
        entry.insert(u"filename"_s, JsonTree::fromString(fileName));
        entry.insert(u"subfolder"_s, JsonTree::fromString(subfolder));
        entry.insert(u"type"_s, JsonTree::fromString(temporary ? u"temp"_s : u"output"_s));
        result.images.append(entry);
    }
    rememberCounter(dir, fileStem, counter);
    return result;
}

JsonTree NodeOutputs::previewText(const QString &nodeId) const
{
    const JsonTree source = m_prompt.value(nodeId).value(u"inputs").value(u"source");
    QString text;
    if (source.isArray() && source.size() == 2) {
        const JsonTree upstream = m_prompt.value(source.at(0).toString());
        const QString classType = upstream.value(u"class_type").toString();
        const JsonTree value = upstream.value(u"inputs").value(u"value");
        if (classType.startsWith(u"Primitive"_s) && value.isString())
            text = value.toString();
        else if (classType.startsWith(u"Primitive"_s) && value.isBool())
            text = value.toBool() ? u"True"_s : u"False"_s; // Python's str(bool)
        else if (classType.startsWith(u"Primitive"_s) && value.isNumber())
            text = value.toNumber().toText();
        else
            text = u"<%1 output %2 of node %3>"_s.arg(classType).arg(source.at(1).toNumber().toText(), source.at(0).toString());
    } else if (source.isString()) {
        text = source.toString();
    } else if (!source.isNull()) {
        text = QString::fromUtf8(source.toPython());
    }
    JsonTree ui = JsonTree::object();
    ui.insert(u"text"_s, JsonTree::fromStringList({text}));
    return ui;
}

} // namespace Easel::Sim
