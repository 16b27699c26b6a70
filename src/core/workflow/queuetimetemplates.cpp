#include "queuetimetemplates.h"

#include "nodecatalogue.h"
#include "textreplacements.h"
#include "workflowdocument.h"

namespace Easel::QueueTimeTemplates {

QByteArray restore(const QByteArray &ranPrompt, const QByteArray &workflowJson,
                   const std::shared_ptr<const NodeCatalogue> &catalogue)
{
    if (workflowJson.isEmpty() || !catalogue)
        return ranPrompt;
    JsonTree ran = JsonTree::parse(ranPrompt);
    const JsonTree saved = JsonTree::parse(workflowJson);
    if (!ran.isObject() || !saved.isObject())
        return ranPrompt;
    WorkflowDocument document(saved, WorkflowDocument::Format::Saved, QString());
    document.setCatalogue(catalogue);
    const JsonTree written = document.toApiPrompt().prompt;
    bool changed = false;
    for (int n = 0; n < ran.size(); ++n) {
        const QString &id = ran.keys().at(n);
        const QString classType = ran.at(n).value(u"class_type").toString();
        const NodeClass *nodeClass = catalogue->nodeClass(classType);
        JsonTree *inputs = ran.at(n).findMutable(u"inputs");
        if (!inputs || !inputs->isObject())
            continue;
        const JsonTree templates = written.value(id).value(u"inputs");
        for (int i = 0; i < inputs->size(); ++i) {
            const QString &name = inputs->keys().at(i);
            const InputSpec *spec = nodeClass ? nodeClass->input(name) : nullptr;
            const bool queueTime = (spec && spec->dynamicPrompts())
                || (TextReplacements::isSaveNodeType(classType) && name == u"filename_prefix");
            const JsonTree asWritten = templates.value(name);
            if (queueTime && inputs->at(i).isString() && asWritten.isString() && !(asWritten == inputs->at(i))) {
                inputs->at(i) = asWritten;
                changed = true;
            }
        }
    }
    return changed ? ran.toPython() : ranPrompt;
}

} // namespace Easel::QueueTimeTemplates
