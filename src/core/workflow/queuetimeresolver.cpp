#include "queuetimeresolver.h"

#include "nodecatalogue.h"
#include "promptconverter.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <climits>
#include <numeric>
#include <optional>

namespace Easel {

namespace {

bool isLink(const JsonTree &value)
{
    return value.isArray() && value.size() == 2 && value.at(0).isString() && value.at(1).isNumber();
}

} // namespace

QString QueueTimeResolver::javaScriptText(const JsonTree &value)
{
    switch (value.type()) {
    case JsonTree::Type::Null: return {}; // (value ?? '')
    case JsonTree::Type::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case JsonTree::Type::String: return value.toString();
    case JsonTree::Type::Object: return QStringLiteral("[object Object]");
    case JsonTree::Type::Array: {
        QStringList parts;
        for (int i = 0; i < value.size(); ++i)
            parts.append(value.at(i).isNull() ? QString() : javaScriptText(value.at(i)));
        return parts.join(u',');
    }
    case JsonTree::Type::Number: break;
    }
    const JsonNumber number = value.toNumber();
    // Integers are written exactly (JavaScript would round past 2^53: a seed the server
    // receives exactly is more use in a file name than its rounding).
    if (number.isInteger())
        return number.toText();
    const double d = number.toDouble();
    // The range is checked first: casting a double outside qint64's range is undefined.
    if (qAbs(d) < 9.0e18 && d == double(qint64(d)))
        return QString::number(qint64(d));
    QString text = QString::number(d, 'g', QLocale::FloatingPointShortest);
    // JavaScript writes exponents without a leading zero: 1e-7, 1e+21.
    const qsizetype e = text.indexOf(u'e');
    if (e >= 0 && e + 2 < text.size() && text.at(e + 2) == u'0')
        text.remove(e + 2, 1);
    return text;
}

QueueTimeResolver::QueueTimeResolver(const JsonTree &prompt, const NodeCatalogue *catalogue,
                                     const JsonTree &savedWorkflow)
{
    if (!prompt.isObject())
        return;
    // "Node name for S&R" properties of the saved workflow's nodes (top level; subgraph
    // nodes reach the prompt as "outer:inner" ids and keep the default).
    // The frontend takes the first match in its graph's node order: the saved file's.
    QHash<QString, QString> searchNames;
    QHash<QString, int> graphOrder;
    if (const JsonTree *nodes = savedWorkflow.find(u"nodes"); nodes && nodes->isArray()) {
        for (int i = 0; i < nodes->size(); ++i) {
            const JsonTree &node = nodes->at(i);
            const JsonTree id = node.value(u"id");
            if (!id.isNumber() && !id.isString())
                continue;
            const QString key = id.isNumber() ? id.toNumber().toText() : id.toString();
            graphOrder.insert(key, i);
            const JsonTree *properties = node.find(u"properties");
            const JsonTree *name = properties ? properties->find(u"Node name for S&R") : nullptr;
            if (name && name->isString())
                searchNames.insert(key, name->toString());
        }
    }
    const QStringList &ids = prompt.keys();
    for (int n = 0; n < prompt.size(); ++n) {
        const JsonTree &node = prompt.at(n);
        const QString classType = node.value(u"class_type").toString();
        const JsonTree *inputs = node.find(u"inputs");
        if (!node.isObject() || !inputs || !inputs->isObject())
            continue;
        const QString &id = ids.at(n);
        const NodeClass *nodeClass = catalogue ? catalogue->nodeClass(classType) : nullptr;
        const bool saveNode = TextReplacements::isSaveNodeType(classType);

        TextReplacements::Node lookup;
        const auto name = searchNames.constFind(id);
        if (name != searchNames.cend()) {
            lookup.searchName = *name;
            lookup.hasSearchName = true;
        } else if (!saveNode) {
            // Every node but the save nodes gets the property, set to its type, when the
            // frontend creates it (saveImageExtraOutput.ts).
            lookup.searchName = classType;
            lookup.hasSearchName = true;
        }
        const JsonTree title = node.value(u"_meta").value(u"title");
        lookup.title = title.isString() ? title.toString()
                       : nodeClass && !nodeClass->displayName.isEmpty() ? nodeClass->displayName
                                                                        : classType;
        NodeValues values;
        values.nodeId = id;
        const QStringList &names = inputs->keys();
        for (int i = 0; i < inputs->size(); ++i) {
            const JsonTree &value = inputs->at(i);
            if (isLink(value))
                continue;
            values.widgets.append({names.at(i), value});
            lookup.widgets.append({names.at(i), javaScriptText(value)});
            if (!value.isString())
                continue;
            const InputSpec *spec = nodeClass ? nodeClass->input(names.at(i)) : nullptr;
            if (spec && spec->dynamicPrompts())
                m_targets.append({id, names.at(i), Kind::DynamicPrompt, value.toString()});
            else if (saveNode && names.at(i) == u"filename_prefix")
                m_targets.append({id, names.at(i), Kind::Replacements, value.toString()});
        }
        m_nodes.append(lookup);
        m_nodeValues.append(values);
    }
    if (graphOrder.isEmpty())
        return;
    // The frontend looks through every node of its graph, also those that send nothing
    // (muted, bypassed): their values are the saved file's widgets_values, named in the
    // catalogue's widget order.
    QSet<QString> inPrompt;
    for (const NodeValues &values : std::as_const(m_nodeValues))
        inPrompt.insert(values.nodeId);
    const JsonTree *savedNodes = savedWorkflow.find(u"nodes");
    for (int i = 0; catalogue && savedNodes && i < savedNodes->size(); ++i) {
        const JsonTree &node = savedNodes->at(i);
        const JsonTree id = node.value(u"id");
        const QString key = id.isNumber() ? id.toNumber().toText() : id.toString();
        const QString type = node.value(u"type").toString();
        const NodeClass *nodeClass = catalogue->nodeClass(type);
        if (key.isEmpty() || inPrompt.contains(key) || !nodeClass)
            continue;
        TextReplacements::Node lookup;
        const auto name = searchNames.constFind(key);
        lookup.hasSearchName = name != searchNames.cend() || !TextReplacements::isSaveNodeType(type);
        lookup.searchName = name != searchNames.cend() ? *name : type;
        const JsonTree title = node.value(u"title");
        lookup.title = title.isString() ? title.toString()
                       : !nodeClass->displayName.isEmpty() ? nodeClass->displayName
                                                           : type;
        const JsonTree values = node.value(u"widgets_values");
        NodeValues own;
        own.nodeId = key;
        if (values.isArray()) {
            const QStringList slotNames = PromptConverter::widgetSlots(*nodeClass, values.size());
            for (int k = 0; k < values.size() && k < slotNames.size(); ++k) {
                if (slotNames.at(k).isEmpty())
                    continue; // control_after_generate, an upload button
                own.widgets.append({slotNames.at(k), values.at(k)});
                lookup.widgets.append({slotNames.at(k), javaScriptText(values.at(k))});
            }
        }
        m_nodes.append(lookup);
        m_nodeValues.append(own);
    }
    QList<int> order(m_nodes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return graphOrder.value(m_nodeValues.at(a).nodeId, INT_MAX) < graphOrder.value(m_nodeValues.at(b).nodeId, INT_MAX);
    });
    QList<TextReplacements::Node> nodes;
    QList<NodeValues> nodeValues;
    for (int i : order) {
        nodes.append(m_nodes.at(i));
        nodeValues.append(m_nodeValues.at(i));
    }
    m_nodes = nodes;
    m_nodeValues = nodeValues;
}

QList<QueueTimeResolver::Value> QueueTimeResolver::resolve(const JobValue &jobValue,
                                                           const DynamicPrompt::Picker &pick,
                                                           const QDateTime &now) const
{
    QList<Value> resolved;
    if (m_targets.isEmpty())
        return resolved;
    auto valueOf = [&](const Target &target) {
        const JsonTree *own = jobValue ? jobValue(target.nodeId, target.input) : nullptr;
        if (!own)
            return std::optional<QString>(target.value);
        return own->isString() ? std::optional<QString>(own->toString()) : std::nullopt;
    };
    // The look-up table with this job's values, made only when a pattern needs it.
    QList<TextReplacements::Node> nodes;
    bool nodesReady = false;
    for (const Target &target : m_targets) {
        const std::optional<QString> text = valueOf(target);
        if (!text)
            continue;
        QString out;
        if (target.kind == Kind::DynamicPrompt) {
            if (!DynamicPrompt::hasSyntax(*text))
                continue;
            out = DynamicPrompt::resolve(*text, pick);
        } else {
            if (!TextReplacements::hasPattern(*text))
                continue;
            if (!nodesReady) {
                nodes = m_nodes;
                if (jobValue) {
                    for (qsizetype n = 0; n < nodes.size(); ++n) {
                        const NodeValues &values = m_nodeValues.at(n);
                        for (qsizetype w = 0; w < values.widgets.size(); ++w) {
                            if (const JsonTree *own = jobValue(values.nodeId, values.widgets.at(w).first))
                                nodes[n].widgets[w].second = javaScriptText(*own);
                        }
                    }
                }
                nodesReady = true;
            }
            out = TextReplacements::apply(*text, nodes, now);
        }
        if (out != *text)
            resolved.append({target.nodeId, target.input, out});
    }
    return resolved;
}

} // namespace Easel
