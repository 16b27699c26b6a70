#include "settingstransfer.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

// In an API prompt an input is either a literal value or a link [node id, output slot].
bool isLink(const JsonTree &value)
{
    return value.isArray() && value.size() == 2 && value.at(0).isString() && value.at(1).isNumber();
}

} // namespace

SettingsTransfer SettingsTransfer::plan(const WorkflowDocument &document, const QByteArray &apiPromptJson)
{
    SettingsTransfer result;
    JsonParseError parseError;
    const JsonTree prompt = JsonTree::parse(apiPromptJson, &parseError);
    if (!prompt.isObject()) {
        result.error = QCoreApplication::translate("Easel::SettingsTransfer", "The output's workflow cannot be read.");
        return result;
    }

    // The graph: the same nodes with the same classes, in both directions.
    for (const QString &id : prompt.keys()) {
        const QString classType = prompt.value(id).value(u"class_type").toString();
        const DocumentNode *node = document.node(id);
        if (!node) {
            result.differences.append(QCoreApplication::translate("Easel::SettingsTransfer", "node %1 (%2) is not in the open workflow").arg(id, classType));
        } else if (node->classType != classType) {
            result.differences.append(
                QCoreApplication::translate("Easel::SettingsTransfer", "node %1 is %2 in the open workflow but %3 in the output's").arg(id, node->classType, classType));
        }
    }
    for (const DocumentNode &node : document.nodes()) {
        // Virtual nodes (primitives, reroutes, notes) never reach a prompt, nor do muted
        // (2) or bypassed (4) ones.
        if (node.isVirtual || node.mode != 0 || prompt.contains(node.id))
            continue;
        result.differences.append(QCoreApplication::translate("Easel::SettingsTransfer", "node %1 (%2) is not in the output's workflow").arg(node.id, node.classType));
    }
    if (!result.differences.isEmpty())
        return result;

    for (const QString &id : prompt.keys()) {
        const DocumentNode *node = document.node(id);
        const JsonTree inputs = prompt.value(id).value(u"inputs");
        for (const QString &name : inputs.keys()) {
            const JsonTree value = inputs.value(name);
            if (isLink(value))
                continue;
            const int at = node->indexOfInput(name);
            if (at < 0 || node->inputs.at(at).linked || !node->inputs.at(at).isWidget) {
                // A value the document does not hold here (it comes from a primitive or
                // another node's output, or the class lost the input): left as it is.
                result.skipped.append(id + u'.' + name);
                continue;
            }
            const JsonTree before = document.inputValue(id, name);
            if (before == value)
                continue;
            result.changes.append({id, name, before, value});
        }
    }
    return result;
}

} // namespace Easel
