// NodeOutputs' media save nodes: animations, video and audio through MediaSynth, their frames
// and sound found upstream.
#include "nodeoutputs.h"

#include "imagesynth.h"
#include "mediasynth.h"
#include "nodeoutputs_p.h"
#include "outputcounter.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Easel::Sim {

using Detail::intInput;
using Detail::nextCounterRemembered;
using Detail::rememberCounter;

namespace {

// The file name a save node gets: "<stem>_<counter:05>_.<ext>" in the prefix's subfolder,
// refused outside the output folder as SaveImage is.
struct Target
{
    QString folder;
    QString subfolder;
    QString stem;
    QString error;
};

Target targetFor(const QString &dataDir, QString prefix, bool temporary)
{
    Target target;
    const QString base = QDir::cleanPath(dataDir + (temporary ? u"/temp"_s : u"/output"_s));
    if (temporary) {
        static const char letters[] = "abcdefghijklmnopqrstuvwxyz";
        prefix = u"ComfyUI_temp_"_s;
        for (int i = 0; i < 5; ++i)
            prefix += QLatin1Char(letters[QRandomGenerator::global()->bounded(26)]);
    }
    const qsizetype slash = prefix.lastIndexOf(u'/');
    target.subfolder = slash >= 0 ? prefix.left(slash) : QString();
    target.stem = slash >= 0 ? prefix.mid(slash + 1) : prefix;
    target.folder = QDir::cleanPath(base + u'/' + target.subfolder);
    if (target.folder != base && !target.folder.startsWith(base + u'/'))
        target.error = u"**** ERROR: Saving image outside the output folder is not allowed."_s;
    return target;
}

double numberInput(const JsonTree &inputs, QStringView name, double fallback)
{
    const JsonTree v = inputs.value(name);
    return v.isNumber() ? v.toNumber().toDouble() : fallback;
}

} // namespace

bool NodeOutputs::isMediaSaver(const QString &classType)
{
    static const QStringList savers = {u"SaveAnimatedWEBP"_s, u"SaveAnimatedPNG"_s, u"SaveWEBM"_s,
                                       u"SaveVideo"_s,        u"SaveAudio"_s,       u"SaveAudioMP3"_s,
                                       u"SaveAudioOpus"_s,    u"PreviewAudio"_s};
    return savers.contains(classType);
}

QList<QImage> NodeOutputs::framesOf(const QString &nodeId, int depth) const
{
    const JsonTree node = m_prompt.value(nodeId);
    const QString classType = node.value(u"class_type").toString();
    const JsonTree inputs = node.value(u"inputs");
    auto link = [&inputs](QStringView name) {
        const JsonTree v = inputs.value(name);
        return v.isArray() && v.size() == 2 ? v.at(0).toString() : QString();
    };
    if (depth < 64 && classType == "EmptyImage"_L1) {
        // The node's own colour, as ComfyUI's EmptyImage fills it.
        const QSize size(std::clamp(intInput(inputs, u"width", 512), 1, 4096),
                         std::clamp(intInput(inputs, u"height", 512), 1, 4096));
        QImage image(size, QImage::Format_RGB32);
        image.fill(QColor::fromRgb(QRgb(0xff000000u | quint32(intInput(inputs, u"color", 0)))));
        return QList<QImage>(std::clamp(intInput(inputs, u"batch_size", 1), 1, 1024), image);
    }
    if (depth < 64 && classType == "ImageBatch"_L1 && !link(u"image1").isEmpty() && !link(u"image2").isEmpty()) {
        QList<QImage> frames = framesOf(link(u"image1"), depth + 1);
        const QList<QImage> more = framesOf(link(u"image2"), depth + 1);
        for (const QImage &image : more)
            frames.append(image.scaled(frames.constFirst().size()));
        return frames.mid(0, 1024);
    }
    // A save node, CreateVideo or an image filter: the frames of what feeds it.
    for (const QStringView input : {u"images", u"video", u"image"}) {
        if (depth < 64 && !link(input).isEmpty() && classType != "ImageBatch"_L1)
            return framesOf(link(input), depth + 1);
    }
    // Anything else: the simulator's synthetic frames, as many as the batch.
    const Geometry g = geometry(nodeId);
    const quint32 seed = qHash(m_prompt.toPythonString()) % 360;
    QList<QImage> frames;
    for (int i = 0; i < std::min(g.batch, 1024); ++i)
        frames.append(ImageSynth::outputImage(g.size.boundedTo(QSize(4096, 4096)), i, seed));
    return frames;
}

QString NodeOutputs::audioPath(const QString &nodeId, int depth) const
{
    const JsonTree node = m_prompt.value(nodeId);
    const JsonTree inputs = node.value(u"inputs");
    if (node.value(u"class_type").toString() == "LoadAudio"_L1)
        return QDir::cleanPath(m_dataDir + u"/input/"_s + inputs.value(u"audio").toString());
    for (const QStringView name : {u"audio", u"video"}) {
        const JsonTree v = inputs.value(name);
        if (depth < 64 && v.isArray() && v.size() == 2)
            return audioPath(v.at(0).toString(), depth + 1);
    }
    return {};
}

NodeOutputs::SaveResult NodeOutputs::saveMedia(const QString &nodeId) const
{
    SaveResult result;
    const JsonTree node = m_prompt.value(nodeId);
    const QString classType = node.value(u"class_type").toString();
    const JsonTree inputs = node.value(u"inputs");
    const bool audioNode = classType.contains(u"Audio"_s);
    const bool temporary = classType == "PreviewAudio"_L1;
    QString prefix = inputs.value(u"filename_prefix").toString();
    if (prefix.isEmpty())
        prefix = audioNode ? u"audio/ComfyUI"_s : (classType == "SaveVideo"_L1 ? u"video/ComfyUI"_s : u"ComfyUI"_s);
    const Target target = targetFor(m_dataDir, prefix, temporary);
    if (!target.error.isEmpty()) {
        result.errorMessage = target.error;
        return result;
    }
    QDir().mkpath(target.folder);
    const QDir dir(target.folder);
    // The workflow, where ComfyUI writes it: "prompt", then each extra_pnginfo key.
    MediaSynth::Tags tags{{"prompt", m_prompt.toPython()}};
    const JsonTree pngInfo = m_extraData.value(u"extra_pnginfo");
    for (int k = 0; k < pngInfo.size(); ++k)
        tags.append({pngInfo.keys().at(k).toUtf8(), pngInfo.at(k).toPython()});

    QString extension;
    QString error;
    int counter = nextCounterRemembered(dir, target.stem);
    auto fileName = [&] { return u"%1_%2_.%3"_s.arg(target.stem).arg(counter, 5, 10, QLatin1Char('0')).arg(extension); };
    // The counter scan looks at PNGs only; other extensions must not overwrite an earlier file.
    auto freeName = [&](const QString &suffix) {
        extension = suffix;
        while (QFileInfo::exists(dir.filePath(fileName())))
            ++counter;
    };
    if (audioNode) {
        const QString source = audioPath(nodeId);
        MediaSynth::Audio audio;
        if (!source.isEmpty())
            audio = MediaSynth::readAudio(source, &error);
        if (audio.isEmpty())
            audio = MediaSynth::tone(1000);
        error.clear();
        const QString quality = inputs.value(u"quality").toString();
        const int bitRate = quality.endsWith(u'k') ? quality.chopped(1).toInt() * 1000 : 0;
        if (classType == "SaveAudioMP3"_L1) {
            freeName(u"mp3"_s);
            error = MediaSynth::writeAudio(dir.filePath(fileName()), audio, "mp3", "libmp3lame", tags, bitRate);
        } else if (classType == "SaveAudioOpus"_L1) {
            freeName(u"opus"_s);
            error = MediaSynth::writeAudio(dir.filePath(fileName()), audio, "ogg", "libopus", tags,
                                           bitRate > 0 ? bitRate : 128000);
        } else {
            freeName(u"flac"_s);
            error = MediaSynth::writeAudio(dir.filePath(fileName()), audio, "flac", "flac", tags);
        }
    } else {
        const QList<QImage> frames = framesOf(nodeId);
        double fps = numberInput(inputs, u"fps", classType == "SaveWEBM"_L1 ? 24.0 : 6.0);
        MediaSynth::Audio audio;
        if (classType == "SaveVideo"_L1) {
            // SaveVideo takes CreateVideo's VIDEO: its fps and optional sound.
            const JsonTree video = inputs.value(u"video");
            const JsonTree create = video.isArray() && video.size() == 2 ? m_prompt.value(video.at(0).toString()) : JsonTree();
            fps = numberInput(create.value(u"inputs"), u"fps", 30.0);
            const QString source = audioPath(nodeId);
            if (!source.isEmpty())
                audio = MediaSynth::readAudio(source, &error);
            error.clear();
            freeName(u"mp4"_s);
            error = MediaSynth::writeVideo(dir.filePath(fileName()), frames, fps, "mp4", "libx264", tags, audio);
        } else if (classType == "SaveWEBM"_L1) {
            freeName(u"webm"_s);
            const bool av1 = inputs.value(u"codec").toString() == "av1"_L1;
            error = MediaSynth::writeVideo(dir.filePath(fileName()), frames, fps, "webm",
                                           av1 ? "libaom-av1" : "libvpx-vp9", tags, {},
                                           int(numberInput(inputs, u"crf", 32)));
        } else if (classType == "SaveAnimatedWEBP"_L1) {
            freeName(u"webp"_s);
            error = MediaSynth::writeVideo(dir.filePath(fileName()), frames, fps, "webp", "libwebp_anim", tags, {},
                                           23, inputs.value(u"lossless").toBool());
        } else {
            freeName(u"png"_s);
            error = MediaSynth::writeVideo(dir.filePath(fileName()), frames, fps, "apng", "apng", tags);
        }
    }
    if (!error.isEmpty()) {
        result.errorMessage = error;
        rememberCounter(dir, target.stem, 0);
        return result;
    }
    JsonTree entry = JsonTree::object();
    entry.insert(u"filename"_s, JsonTree::fromString(fileName()));
    entry.insert(u"subfolder"_s, JsonTree::fromString(target.subfolder));
    entry.insert(u"type"_s, JsonTree::fromString(temporary ? u"temp"_s : u"output"_s));
    result.images.append(entry);
    rememberCounter(dir, target.stem, counter + 1);
    // The captures' shapes: audio under "audio"; animations and video under "images" with
    // "animated": [true].
    result.ui = JsonTree::object();
    if (audioNode) {
        result.ui.insert(u"audio"_s, result.images);
    } else {
        result.ui.insert(u"images"_s, result.images);
        JsonTree animated = JsonTree::array();
        animated.append(JsonTree::fromBool(true));
        result.ui.insert(u"animated"_s, animated);
    }
    return result;
}

} // namespace Easel::Sim
