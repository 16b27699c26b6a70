#include "nodeoutputs.h"

#include "imagesynth.h"
#include "inpaintsim.h"

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
    g.batch = qBound(1, g.batch, 64);
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

} // namespace Easel::Sim
