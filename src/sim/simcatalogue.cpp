#include "simcatalogue.h"

#include "simulatedmodels.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

static void initSimResources()
{
    Q_INIT_RESOURCE(easel_sim_resources);
}

namespace Easel::Sim {

SimCatalogue::SimCatalogue()
{
    initSimResources();
    QFile file(u":/easel-sim/object_info.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("easel-sim: the object_info resource is missing");
    const QByteArray text = file.readAll();
    m_tree = JsonTree::parse(text);
    SimulatedModels::applyTo(m_tree);
    m_catalogue = NodeCatalogue::fromJson(m_tree.toPython());
    for (int i = 0; i < m_tree.size(); ++i)
        m_raw.insert(m_tree.keys().at(i), i);
}

static QStringList inputFiles(const QString &inputDir, const QStringList &filters = {})
{
    QStringList files = QDir(inputDir).entryList(filters, QDir::Files, QDir::Name);
    return files;
}

// The input-folder files a media loader lists, by content type as ComfyUI's
// folder_paths.filter_files_content_types does (LoadAudio: audio and video; LoadVideo: video).
static QStringList mediaFilters(const QString &className)
{
    const QStringList video = {u"*.mp4"_s, u"*.webm"_s, u"*.mov"_s, u"*.mkv"_s, u"*.avi"_s, u"*.m4v"_s};
    const QStringList audio = {u"*.wav"_s, u"*.mp3"_s, u"*.flac"_s, u"*.ogg"_s, u"*.opus"_s, u"*.m4a"_s, u"*.aac"_s};
    return className == "LoadAudio"_L1 ? audio + video : video;
}

JsonTree SimCatalogue::definition(const QString &className, const QString &inputDir) const
{
    const auto it = m_raw.constFind(className);
    if (it == m_raw.constEnd())
        return {};
    JsonTree def = m_tree.at(it.value());
    if (className == "LoadImage"_L1 && !inputDir.isEmpty()) {
        JsonTree input = def.value(u"input");
        JsonTree required = input.value(u"required");
        JsonTree image = required.value(u"image");
        if (image.isArray() && image.size() > 0) {
            image.at(0) = JsonTree::fromStringList(inputFiles(inputDir));
            required.insert(u"image"_s, image);
            input.insert(u"required"_s, required);
            def.insert(u"input"_s, input);
        }
    }
    if ((className == "LoadAudio"_L1 || className == "LoadVideo"_L1) && !inputDir.isEmpty()) {
        // {"audio": [[files], {"audio_upload": true}]} / {"file": ["COMBO", {"options": [files], ...}]}
        JsonTree input = def.value(u"input");
        JsonTree required = input.value(u"required");
        const QString key = className == "LoadAudio"_L1 ? u"audio"_s : u"file"_s;
        JsonTree spec = required.value(key);
        const JsonTree files = JsonTree::fromStringList(inputFiles(inputDir, mediaFilters(className)));
        if (spec.isArray() && spec.size() > 1 && spec.at(0).isString()) {
            JsonTree options = spec.at(1);
            options.insert(u"options"_s, files);
            spec.at(1) = options;
        } else if (spec.isArray() && spec.size() > 0) {
            spec.at(0) = files;
        }
        required.insert(key, spec);
        input.insert(u"required"_s, required);
        def.insert(u"input"_s, input);
    }
    return def;
}

JsonTree SimCatalogue::all(const QString &inputDir) const
{
    if (inputDir.isEmpty())
        return m_tree;
    JsonTree copy = m_tree;
    for (const QString &loader : {u"LoadImage"_s, u"LoadAudio"_s, u"LoadVideo"_s}) {
        if (m_raw.contains(loader))
            copy.insert(loader, definition(loader, inputDir));
    }
    return copy;
}

JsonTree SimCatalogue::inputConfig(const QString &className, const QString &inputName) const
{
    const auto it = m_raw.constFind(className);
    if (it == m_raw.constEnd())
        return {};
    const JsonTree input = m_tree.at(it.value()).value(u"input");
    for (const char16_t *section : {u"required", u"optional"}) {
        const JsonTree sectionTree = input.value(QStringView(section));
        if (const JsonTree *spec = sectionTree.find(inputName)) {
            JsonTree config = *spec;
            if (config.isArray() && config.size() == 1) // validate_inputs sees (type, {})
                config.append(JsonTree::object());
            return config;
        }
    }
    return {};
}

void SimCatalogue::removeClasses(const QStringList &classNames)
{
    bool removed = false;
    for (const QString &name : classNames)
        removed = m_tree.remove(name) || removed;
    if (!removed)
        return;
    m_catalogue = NodeCatalogue::fromJson(m_tree.toPython());
    m_raw.clear();
    for (int i = 0; i < m_tree.size(); ++i)
        m_raw.insert(m_tree.keys().at(i), i);
}

bool SimCatalogue::isOutputNode(const QString &className) const
{
    const NodeClass *c = m_catalogue.nodeClass(className);
    return c && c->outputNode;
}

} // namespace Easel::Sim
