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

static QStringList inputFiles(const QString &inputDir)
{
    QStringList files = QDir(inputDir).entryList(QDir::Files, QDir::Name);
    return files;
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
    return def;
}

JsonTree SimCatalogue::all(const QString &inputDir) const
{
    if (inputDir.isEmpty())
        return m_tree;
    JsonTree copy = m_tree;
    copy.insert(u"LoadImage"_s, definition(u"LoadImage"_s, inputDir));
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
