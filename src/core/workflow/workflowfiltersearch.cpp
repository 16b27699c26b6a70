// WorkflowFilterModel's search: the text keys of each node and its inputs, kept up to date
// with the document, and the matching of the typed text against them (narrowing from the
// last matches while the text grows).
#include "workflowfiltermodel.h"

#include "workflowmodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

// Joins the keys of one node for the quick test; the user cannot type it, so a match never
// spans two keys.
constexpr QChar keySeparator(0x1f);

} // namespace

void WorkflowFilterModel::rebuildKeys()
{
    rebuildRanks();
    m_nodeKey.clear();
    m_allKey.clear();
    m_inputKey.clear();
    m_innerKey.clear();
    m_narrowable = false;
    if (!m_model)
        return;
    const qsizetype count = m_model->document().nodes().size();
    m_nodeKey.resize(size_t(count));
    m_allKey.resize(size_t(count));
    m_inputKey.resize(size_t(count));
    m_innerKey.resize(size_t(count));
    for (qsizetype i = 0; i < count; ++i)
        updateKeys(int(i));
}

void WorkflowFilterModel::updateKeys(int row)
{
    const WorkflowDocument &doc = m_model->document();
    if (row < 0 || row >= doc.nodes().size() || size_t(row) >= m_nodeKey.size())
        return;
    const DocumentNode &n = doc.nodes().at(row);
    QString &nodeKey = m_nodeKey[size_t(row)];
    nodeKey = (n.title + u'\n' + n.classType + u"\n#"_s + n.id).toLower();
    QString all = nodeKey;
    std::vector<QString> &inputs = m_inputKey[size_t(row)];
    inputs.assign(size_t(n.inputs.size()), QString());
    for (qsizetype k = 0; k < n.inputs.size(); ++k) {
        const DocumentInput &input = n.inputs.at(k);
        QString text = input.name;
        if (!input.linked) {
            const JsonTree value = doc.inputValue(n.id, input.name);
            if (value.isString() || value.isNumber())
                text += u'\n' + WorkflowModel::valueText(value);
        }
        inputs[size_t(k)] = text.toLower();
        all += keySeparator + inputs[size_t(k)];
    }
    // A subgraph node is found by what is inside it too.
    QString inner;
    if (n.isSubgraph) {
        QList<int> pending = doc.innerChildren(n.id);
        while (!pending.isEmpty()) {
            const DocumentNode &child = doc.innerNodes().at(pending.takeFirst());
            inner += keySeparator + innerNodeKey(child);
            if (child.isSubgraph)
                pending += doc.innerChildren(child.id);
        }
    }
    m_innerKey[size_t(row)] = inner;
    m_allKey[size_t(row)] = std::move(all) + inner;
    m_narrowable = false; // the node may match a needle it did not match before
}

QString WorkflowFilterModel::innerNodeKey(const DocumentNode &n) const
{
    const WorkflowDocument &doc = m_model->document();
    QString key = n.title + u'\n' + n.classType + u"\n#"_s + n.id;
    for (const DocumentInput &input : n.inputs) {
        key += keySeparator + input.name;
        if (!input.linked) {
            const JsonTree value = doc.inputValue(n.id, input.name);
            if (value.isString() || value.isNumber())
                key += u'\n' + WorkflowModel::valueText(value);
        }
    }
    return key.toLower();
}

bool WorkflowFilterModel::innerNodeMatches(const QString &nodeId) const
{
    const WorkflowDocument &doc = m_model->document();
    const DocumentNode *n = doc.node(nodeId);
    if (!n)
        return false;
    if (innerNodeKey(*n).contains(m_needle))
        return true;
    for (const int child : doc.innerChildren(nodeId)) {
        if (innerNodeMatches(doc.innerNodes().at(child).id))
            return true;
    }
    return false;
}

bool WorkflowFilterModel::matchNode(int node)
{
    const size_t i = size_t(node);
    std::vector<char> &inputs = m_inputMatch[i];
    inputs.assign(m_inputKey[i].size(), 0);
    m_nodeMatch[i] = 0;
    m_anyInputMatch[i] = 0;
    m_innerMatch[i] = 0;
    if (!m_allKey[i].contains(m_needle))
        return false;
    m_nodeMatch[i] = m_nodeKey[i].contains(m_needle);
    for (size_t k = 0; k < inputs.size(); ++k) {
        inputs[k] = m_inputKey[i][k].contains(m_needle);
        m_anyInputMatch[i] |= inputs[k];
    }
    m_innerMatch[i] = !m_innerKey[i].isEmpty() && m_innerKey[i].contains(m_needle);
    return m_nodeMatch[i] || m_anyInputMatch[i] || m_innerMatch[i];
}

void WorkflowFilterModel::matchNeedle(bool narrowing)
{
    if (m_needle.isEmpty() || !m_model) {
        m_nodeMatch.clear();
        m_inputMatch.clear();
        m_anyInputMatch.clear();
        m_innerMatch.clear();
        m_candidates.clear();
        m_matched = false;
        return;
    }
    std::vector<int> matched;
    if (narrowing && m_matched && m_narrowable) {
        // Only the previous matches can match the longer needle.
        for (const int node : std::as_const(m_candidates)) {
            if (matchNode(node))
                matched.push_back(node);
        }
    } else {
        const size_t count = m_allKey.size();
        m_nodeMatch.assign(count, 0);
        m_inputMatch.assign(count, {});
        m_anyInputMatch.assign(count, 0);
        m_innerMatch.assign(count, 0);
        for (size_t node = 0; node < count; ++node) {
            if (matchNode(int(node)))
                matched.push_back(int(node));
        }
    }
    m_candidates = std::move(matched);
    m_matched = true;
    m_narrowable = true;
}

} // namespace Easel
