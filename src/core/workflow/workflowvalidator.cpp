#include "workflowvalidator.h"

#include "jsontree.h"
#include "nodecatalogue.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Easel::WorkflowValidator", text);
}

bool isLink(const JsonTree &v)
{
    return v.isArray() && v.size() == 2 && v.at(0).isString() && v.at(1).isNumber();
}

QString titleOf(const JsonTree &node)
{
    const QString title = node.value(u"_meta").value(u"title").toString();
    return title.isEmpty() ? node.value(u"class_type").toString() : title;
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
    WorkflowDiagnostics out;
    if (!prompt.isObject())
        return {{S::Error, K::Structure, {}, {}, {}, tr("the prompt is not a JSON object")}};
    QHash<QString, int> index;
    for (int i = 0; i < prompt.size(); ++i)
        index.insert(prompt.keys().at(i), i);
    std::vector<std::vector<int>> edges(size_t(prompt.size()));

    for (int i = 0; i < prompt.size(); ++i) {
        const QString &id = prompt.keys().at(i);
        const JsonTree &node = prompt.at(i);
        const QString title = titleOf(node);
        auto report = [&](S s, K k, const QString &input, const QString &message) {
            out.append({s, k, id, title, input, message});
        };
        const QString classType = node.value(u"class_type").toString();
        const NodeClass *cls = m_catalogue.nodeClass(classType);
        if (!cls) {
            report(S::Error, K::UnknownClass, {},
                   classType.isEmpty() ? tr("the node has no class_type (its type is not installed)")
                                       : tr("the node type %1 is not installed on the server").arg(classType));
        }
        const JsonTree inputs = node.value(u"inputs");
        for (int k = 0; inputs.isObject() && k < inputs.size(); ++k) {
            const QString &name = inputs.keys().at(k);
            const JsonTree &value = inputs.at(k);
            if (isLink(value)) {
                const QString source = value.at(0).toString();
                const double slot = value.at(1).toNumber().toDouble();
                const int target = index.value(source, -1);
                if (target < 0) {
                    report(S::Error, K::BadLink, name, tr("linked to node %1, which is not in the prompt").arg(source));
                    continue;
                }
                edges[size_t(i)].push_back(target);
                const NodeClass *sourceClass = m_catalogue.nodeClass(prompt.at(target).value(u"class_type").toString());
                if (sourceClass && (slot < 0 || slot >= sourceClass->outputTypes.size())) {
                    report(S::Error, K::BadLink, name,
                           tr("linked to output %1 of node %2, which has %3 outputs")
                               .arg(value.at(1).toNumber().toText(), source)
                               .arg(sourceClass->outputTypes.size()));
                }
                continue;
            }
            const InputSpec *spec = cls ? cls->input(name) : nullptr;
            if (!spec || spec->section == InputSpec::Section::Hidden)
                continue; // undeclared inputs (dynamic "a.1.b" groups, UI extras) are ignored by the server
            if (spec->type == "INT"_L1 || spec->type == "FLOAT"_L1) {
                if (!value.isNumber()) {
                    report(S::Error, K::BadType, name, tr("expects a number"));
                    continue;
                }
                const JsonNumber n = value.toNumber();
                if (spec->minimum.isValid() && n < spec->minimum)
                    report(S::Error, K::OutOfRange, name,
                           tr("%1 is below the minimum %2").arg(n.toText(), spec->minimum.toText()));
                else if (spec->maximum.isValid() && spec->maximum < n)
                    report(S::Error, K::OutOfRange, name,
                           tr("%1 is above the maximum %2").arg(n.toText(), spec->maximum.toText()));
            } else if (spec->type == "COMBO"_L1 && !spec->choices.isEmpty()) {
                const QString text = value.isString() ? value.toString() : value.toPythonString();
                if (!spec->choices.contains(text))
                    report(S::Error, K::NotInList, name, tr("\"%1\" is not one of the server's choices").arg(text));
            } else if (spec->type == "BOOLEAN"_L1 && !value.isBool()) {
                report(S::Error, K::BadType, name, tr("expects true or false"));
            }
        }
        if (!cls)
            continue;
        for (const InputSpec &spec : cls->inputs) {
            if (spec.section == InputSpec::Section::Required && !inputs.contains(spec.name))
                report(S::Error, K::MissingInput, spec.name, tr("required input is missing"));
        }
    }

    // Cycles: iterative depth-first search, so that a long chain cannot exhaust the stack.
    std::vector<char> state(size_t(prompt.size()), 0); // 0 new, 1 on the stack, 2 done
    for (int start = 0; start < prompt.size(); ++start) {
        if (state[size_t(start)])
            continue;
        std::vector<std::pair<int, size_t>> stack{{start, 0}};
        state[size_t(start)] = 1;
        while (!stack.empty()) {
            auto &[node, next] = stack.back();
            if (next < edges[size_t(node)].size()) {
                const int to = edges[size_t(node)][next++];
                if (state[size_t(to)] == 1) {
                    out.append({S::Error, K::Cycle, prompt.keys().at(node), titleOf(prompt.at(node)), {},
                                tr("its inputs depend on its own output (through node %1)").arg(prompt.keys().at(to))});
                } else if (state[size_t(to)] == 0) {
                    state[size_t(to)] = 1;
                    stack.push_back({to, 0});
                }
            } else {
                state[size_t(node)] = 2;
                stack.pop_back();
            }
        }
    }
    return out;
}

} // namespace Easel
