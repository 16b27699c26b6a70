#include "nodeoutputs.h"

#include "imagesynth.h"
#include "inpaintsim.h"
#include "mediasynth.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImageWriter>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>

#ifdef Q_OS_UNIX
#include <dirent.h>
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

namespace Easel::Sim {

NodeOutputs::NodeOutputs(const JsonTree &prompt, const JsonTree &extraData, const QString &dataDir)
    : m_prompt(prompt), m_extraData(extraData), m_dataDir(dataDir)
{
}

static int intInput(const JsonTree &inputs, QStringView name, int fallback)
{
    const JsonTree v = inputs.value(name);
    return v.isNumber() ? v.toNumber().toInt(fallback) : fallback;
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

#ifdef Q_OS_UNIX
// The digits of `<prefix>_<digits>_.png` (5 or more ASCII digits), as the regular expression
// ^<prefix>_(\d{5,})_\.png$ would capture them ('$' also matches before a final newline).
static QByteArrayView counterDigits(QByteArrayView name, QByteArrayView prefix)
{
    if (name.endsWith('\n'))
        name.chop(1);
    constexpr QByteArrayView tail = "_.png";
    if (!name.startsWith(prefix) || !name.endsWith(tail) || name.size() < prefix.size() + 1 + 5 + tail.size()
        || name.at(prefix.size()) != '_')
        return {};
    const QByteArrayView digits = name.sliced(prefix.size() + 1, name.size() - prefix.size() - 1 - tail.size());
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return {};
    }
    return digits;
}
#endif

// The next free `<prefix>_NNNNN_.png` counter: one more than the largest among the files of
// dir (not hidden; symbolic links to files count) that match the pattern. Every save scans
// the folder again, like ComfyUI does, so files removed or added by others are seen.
static int nextCounter(const QDir &dir, const QString &prefix)
{
    int counter = 0;
    const auto pattern = [&prefix] {
        return QRegularExpression(u"^"_s + QRegularExpression::escape(prefix) + u"_(\\d{5,})_\\.png$"_s);
    };
#ifdef Q_OS_UNIX
    // readdir() and a byte comparison: QDir::entryList() decoded and stat'ed every file of
    // the folder and the pattern ran on each, once per saved image, which made long runs
    // quadratic (two thirds of the simulator's time by the 1,000th output of a run).
    const QByteArray encodedPrefix = QFile::encodeName(prefix);
    // Bytes compare like the decoded names unless decoding could map other bytes onto the
    // prefix (U+FFFD, or characters that do not survive the encoding).
    const bool compareBytes = !prefix.contains(QChar::ReplacementCharacter)
                              && QFile::decodeName(encodedPrefix) == prefix;
    const QRegularExpression decodedPattern = compareBytes ? QRegularExpression() : pattern();
    const QByteArray folder = QFile::encodeName(dir.absolutePath());
    DIR *d = ::opendir(folder.constData());
    if (!d)
        return 1;
    while (const dirent *entry = ::readdir(d)) {
        const QByteArrayView name(entry->d_name);
        if (name.startsWith('.')) // hidden, and "." and ".."
            continue;
        int value = -1;
        if (compareBytes) {
            const QByteArrayView digits = counterDigits(name, encodedPrefix);
            if (!digits.isEmpty())
                value = digits.toInt();
        } else if (const auto match = decodedPattern.match(QFile::decodeName(name.toByteArray())); match.hasMatch()) {
            value = match.captured(1).toInt();
        }
        if (value < 0)
            continue;
        bool isFile = entry->d_type == DT_REG;
        if (entry->d_type == DT_LNK || entry->d_type == DT_UNKNOWN) {
            struct stat info;
            isFile = ::stat(QByteArray(folder + '/' + name).constData(), &info) == 0 && S_ISREG(info.st_mode);
        }
        if (isFile)
            counter = qMax(counter, value);
    }
    ::closedir(d);
#else
    const QRegularExpression re = pattern();
    const QStringList files = dir.entryList(QDir::Files);
    for (const QString &f : files) {
        const auto match = re.match(f);
        if (match.hasMatch())
            counter = qMax(counter, match.captured(1).toInt());
    }
#endif
    return counter + 1;
}

#ifdef Q_OS_UNIX
namespace {
// The folder as stat() sees it: any file added, removed or renamed in it changes its
// modification time (and a folder made anew has another inode).
struct FolderStamp
{
    dev_t device = 0;
    ino_t inode = 0;
    qint64 mtimeNs = -1;
    bool operator==(const FolderStamp &) const = default;
};

FolderStamp folderStamp(const QDir &dir)
{
    struct stat info;
    if (::stat(QFile::encodeName(dir.absolutePath()).constData(), &info) != 0)
        return {};
    return {info.st_dev, info.st_ino, qint64(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec};
}

// The counter after the last save of each folder and prefix, with the folder's stamp just
// after that save. While the stamp is unchanged nobody else has touched the folder, so the
// counter is what a new scan would find; any change and the folder is scanned again. A
// 1,000-job run scanned its ever-growing output folder 1,000 times (a seventh of the
// simulator's time). Shared by every server of the process, hence the lock.
struct CounterMemo
{
    FolderStamp stamp;
    int next = 0;
};
QMutex s_counterMutex;
QHash<QString, CounterMemo> s_counters;

QString counterKey(const QDir &dir, const QString &prefix)
{
    return dir.absolutePath() + QChar(0) + prefix;
}
} // namespace
#endif

// nextCounter(), unless the folder is as this process left it after its last save there.
static int nextCounterRemembered(const QDir &dir, const QString &prefix)
{
#ifdef Q_OS_UNIX
    const FolderStamp stamp = folderStamp(dir);
    {
        QMutexLocker locker(&s_counterMutex);
        const auto memo = s_counters.constFind(counterKey(dir, prefix));
        if (stamp.mtimeNs >= 0 && memo != s_counters.cend() && memo->stamp == stamp)
            return memo->next;
    }
#endif
    return nextCounter(dir, prefix);
}

static void rememberCounter(const QDir &dir, const QString &prefix, int next)
{
#ifdef Q_OS_UNIX
    const FolderStamp stamp = next > 0 ? folderStamp(dir) : FolderStamp();
    QMutexLocker locker(&s_counterMutex);
    if (stamp.mtimeNs < 0) {
        s_counters.remove(counterKey(dir, prefix));
        return;
    }
    if (s_counters.size() >= 1024)
        s_counters.clear(); // many folders: a cache only
    s_counters.insert(counterKey(dir, prefix), {stamp, next});
#else
    Q_UNUSED(dir);
    Q_UNUSED(prefix);
    Q_UNUSED(next);
#endif
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
