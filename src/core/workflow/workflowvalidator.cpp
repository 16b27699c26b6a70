#include "workflowvalidator.h"

#include "parameterlabels.h"
#include "promptpreflight.h"
#include "workflowdocument.h"

#include "jsontree.h"
#include "nodecatalogue.h"
#include "typerules.h"
#include "valuerules.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

// lupdate files tr() calls by the class they are made from; a free helper would file these
// strings under the namespace, where the translation is never looked up.
struct WorkflowValidatorText
{
    Q_DECLARE_TR_FUNCTIONS(Easel::WorkflowValidator)
};

QString titleOf(const JsonTree &node)
{
    const QString title = node.value(u"_meta").value(u"title").toString();
    return PromptPreflight::shortClassType(title.isEmpty() ? node.value(u"class_type").toString() : title);
}

} // namespace

WorkflowValidator::WorkflowValidator(const NodeCatalogue &catalogue)
    : m_catalogue(catalogue)
{
}

WorkflowDiagnostics WorkflowValidator::validate(const JsonTree &prompt) const
{
    using S = WorkflowDiagnostic::Severity;
    using K = WorkflowDiagnostic::Kind;
    // Shapes, links, loops and unknown types: the pre-flight every caller shares.
    WorkflowDiagnostics out = PromptPreflight::check(prompt, &m_catalogue);
    if (!prompt.isObject())
        return out;
    // The linked node is named as the editor names it ("Negative prompt", a title), not by
    // its id; the names are worked out at the first bad link only.
    std::optional<ParameterLabels> labels;
    for (int i = 0; i < prompt.size(); ++i) {
        const QString &id = prompt.keys().at(i);
        const JsonTree &node = prompt.at(i);
        const QString title = titleOf(node);
        auto report = [&](S s, K k, const QString &input, const QString &message) {
            out.append({s, k, id, title, input, message});
        };
        const NodeClass *cls = node.isObject() ? m_catalogue.nodeClass(node.value(u"class_type").toString()) : nullptr;
        if (!cls)
            continue;
        const JsonTree inputs = node.value(u"inputs");
        if (!inputs.isObject())
            continue;
        for (int k = 0; k < inputs.size(); ++k) {
            const QString &name = inputs.keys().at(k);
            const JsonTree &value = inputs.at(k);
            const InputSpec *spec = cls->input(name);
            if (!spec || spec->section == InputSpec::Section::Hidden)
                continue; // undeclared inputs (dynamic "a.1.b" groups, UI extras) are ignored by the server
            if (value.isArray()) {
                // A link: its shape is the pre-flight's; its type is checked as the server
                // does (validate_node_input), return_type_mismatch.
                if (value.size() != 2 || !value.at(0).isString() || !value.at(1).isNumber())
                    continue;
                const JsonTree *source = prompt.find(value.at(0).toString());
                const NodeClass *sourceClass = source && source->isObject()
                    ? m_catalogue.nodeClass(source->value(u"class_type").toString())
                    : nullptr;
                const qint64 slot = value.at(1).toNumber().toInt64(-1);
                if (!sourceClass || slot < 0 || slot >= sourceClass->outputTypes.size())
                    continue;
                const QString received = sourceClass->outputTypes.at(int(slot));
                if (!TypeRules::isCompatible(received, spec->type)) {
                    if (!labels)
                        labels.emplace(WorkflowDocument(prompt, WorkflowDocument::Format::Api, {}));
                    report(S::Error, K::BadLink, name,
                           WorkflowValidatorText::tr("takes %1, but %2 gives %3")
                               .arg(spec->type, labels->nodeLabel(value.at(0).toString()), received));
                }
                continue;
            }
            // The one rule set and message set of every value check, as the server judges.
            const QString why = ValueRules::checkInput(spec->type, spec, value, ValueRules::Strictness::Server);
            if (why.isEmpty())
                continue;
            const bool number = spec->type == "INT"_L1 || spec->type == "FLOAT"_L1;
            if ((number && !value.isNumber()) || spec->type == "BOOLEAN"_L1)
                report(S::Error, K::BadType, name, why);
            else
                report(S::Error, number ? K::OutOfRange : K::NotInList, name, why);
        }
        for (const InputSpec &spec : cls->inputs) {
            if (spec.section == InputSpec::Section::Required && !inputs.contains(spec.name))
                report(S::Error, K::MissingInput, spec.name, WorkflowValidatorText::tr("required input is missing"));
        }
    }
    return out;
}

} // namespace Easel
