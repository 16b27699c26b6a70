#include "promptpreflight.h"

#include "jsontree.h"
#include "nodecatalogue.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <vector>

namespace Easel::PromptPreflight {

namespace {

// lupdate files tr() calls by the class they are made from; a free helper would file these
// strings under the namespace, where the translation is never looked up.
struct PromptPreflightText
{
    Q_DECLARE_TR_FUNCTIONS(Easel::PromptPreflight)
};

QString typeName(const JsonTree &value)
{
    switch (value.type()) {
    case JsonTree::Type::Null: return PromptPreflightText::tr("null");
    case JsonTree::Type::Bool: return PromptPreflightText::tr("true or false");
    case JsonTree::Type::Number: return PromptPreflightText::tr("a number");
    case JsonTree::Type::String: return PromptPreflightText::tr("text");
    case JsonTree::Type::Array: return PromptPreflightText::tr("a list");
    case JsonTree::Type::Object: return PromptPreflightText::tr("an object");
    }
    return {};
}

// Above 2^64 - 1 no ComfyUI input takes it (the widest, seeds, stop there).
bool tooLarge(const JsonTree &value)
{
    if (!value.isNumber() || value.toNumber().isInteger())
        return false;
    const double d = value.toNumber().toDouble();
    return !(qAbs(d) < 18446744073709551616.0);
}

} // namespace

QString shortClassType(const QString &classType)
{
    QString text = classType.size() > 60 ? classType.left(59) + QChar(0x2026) : classType;
    for (QChar &c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            c = u'?';
    }
    return text;
}

WorkflowDiagnostics check(const JsonTree &prompt, const NodeCatalogue *catalogue)
{
    using S = WorkflowDiagnostic::Severity;
    using K = WorkflowDiagnostic::Kind;
    WorkflowDiagnostics out;
    if (!prompt.isObject())
        return {{S::Error, K::Structure, {}, {}, {}, PromptPreflightText::tr("the prompt is not a JSON object of nodes"), true}};
    const QStringList &ids = prompt.keys();
    QHash<QString, int> index;
    for (int i = 0; i < prompt.size(); ++i) {
        if (index.contains(ids.at(i))) {
            out.append({S::Warning, K::Structure, ids.at(i), {}, {},
                        PromptPreflightText::tr("the node id is given twice; only the later node is sent")});
        }
        index.insert(ids.at(i), i); // the last one wins, as in Python
    }
    auto titleOf = [&](const JsonTree &node) {
        const JsonTree title = node.value(u"_meta").value(u"title");
        if (title.isString() && !title.toString().isEmpty())
            return shortClassType(title.toString());
        const JsonTree type = node.value(u"class_type");
        return type.isString() ? shortClassType(type.toString()) : QString();
    };
    std::vector<std::vector<int>> edges(size_t(prompt.size()));
    for (int i = 0; i < prompt.size(); ++i) {
        if (index.value(ids.at(i)) != i)
            continue; // an earlier duplicate: not sent
        const QString &id = ids.at(i);
        const JsonTree &node = prompt.at(i);
        const QString title = titleOf(node);
        auto report = [&](S s, K k, const QString &input, const QString &message) {
            out.append({s, k, id, title, input, message});
        };
        if (!node.isObject()) {
            report(S::Error, K::Structure, {}, PromptPreflightText::tr("the node is %1, not an object").arg(typeName(node)));
            continue;
        }
        QSet<QString> keys;
        for (const QString &key : node.keys()) {
            if (keys.contains(key))
                report(S::Warning, K::Structure, {}, PromptPreflightText::tr("\"%1\" is given twice; the later value is used").arg(key));
            keys.insert(key);
        }
        const JsonTree classType = node.value(u"class_type");
        const NodeClass *nodeClass = nullptr;
        if (!node.contains(u"class_type")) {
            report(S::Error, K::Structure, {}, PromptPreflightText::tr("the node has no class_type"));
        } else if (!classType.isString()) {
            report(S::Error, K::BadType, {}, PromptPreflightText::tr("class_type is %1, not text").arg(typeName(classType)));
        } else if (catalogue) {
            nodeClass = catalogue->nodeClass(classType.toString());
            if (!nodeClass) {
                report(S::Error, K::UnknownClass, {},
                       classType.toString().isEmpty()
                           ? PromptPreflightText::tr("the node has an empty class_type")
                           : PromptPreflightText::tr("the node type %1 is not installed on the server").arg(shortClassType(classType.toString())));
            }
        }
        const JsonTree *inputs = node.find(u"inputs");
        if (!inputs) {
            report(S::Error, K::Structure, {}, PromptPreflightText::tr("the node has no inputs object"));
            continue;
        }
        if (!inputs->isObject()) {
            report(S::Error, K::BadType, {}, PromptPreflightText::tr("inputs is %1, not an object").arg(typeName(*inputs)));
            continue;
        }
        QSet<QString> names;
        for (int k = 0; k < inputs->size(); ++k) {
            const QString &name = inputs->keys().at(k);
            const JsonTree &value = inputs->at(k);
            if (names.contains(name))
                report(S::Warning, K::Structure, name, PromptPreflightText::tr("the input is given twice; the later value is used"));
            names.insert(name);
            if (tooLarge(value)) {
                report(S::Error, K::OutOfRange, name,
                       PromptPreflightText::tr("the number %1 is too large for any input").arg(value.toNumber().toText().left(40)));
                continue;
            }
            if (!value.isArray())
                continue;
            // The server reads every list as a link (values that are lists travel as
            // {"__value__": [...]}).
            if (value.size() != 2 || !value.at(0).isString()) {
                report(S::Error, K::BadLink, name, PromptPreflightText::tr("a link must be [node id, output slot]"));
                continue;
            }
            const QString source = value.at(0).toString();
            const JsonTree &slotValue = value.at(1);
            const JsonNumber slot = slotValue.toNumber();
            if (!slotValue.isNumber() || !slot.isInteger()) {
                report(S::Error, K::BadLink, name, PromptPreflightText::tr("the output slot of a link must be a whole number"));
                continue;
            }
            if (slot.compare(JsonNumber::fromInt(0)) < 0) {
                report(S::Error, K::BadLink, name, PromptPreflightText::tr("linked to output %1 of node %2: slots count from 0")
                                                       .arg(slot.toText(), shortClassType(source)));
                continue;
            }
            const int target = index.value(source, -1);
            if (target < 0) {
                report(S::Error, K::BadLink, name,
                       PromptPreflightText::tr("linked to node %1, which is not in the prompt").arg(shortClassType(source)));
                continue;
            }
            if (target == i) {
                report(S::Error, K::Cycle, name, PromptPreflightText::tr("linked to the node's own output"));
                continue;
            }
            edges[size_t(i)].push_back(target);
            const JsonTree sourceType = prompt.at(target).value(u"class_type");
            const NodeClass *sourceClass = catalogue && sourceType.isString() ? catalogue->nodeClass(sourceType.toString()) : nullptr;
            if (sourceClass && slot.compare(JsonNumber::fromInt(sourceClass->outputTypes.size())) >= 0) {
                report(S::Error, K::BadLink, name,
                       PromptPreflightText::tr("linked to output %1 of node %2, which has %n output(s)", nullptr,
                          int(sourceClass->outputTypes.size()))
                           .arg(slot.toText(), source));
            }
        }
    }

    // Loops of links: an iterative depth-first search (a long chain cannot exhaust the
    // stack); each loop is reported once, on the node that closes it.
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
                    out.append({S::Error, K::Cycle, ids.at(node), titleOf(prompt.at(node)), {},
                                PromptPreflightText::tr("its inputs depend on its own output (a loop through node %1)").arg(ids.at(to))});
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
    for (WorkflowDiagnostic &d : out)
        d.preflight = d.isError();
    return out;
}

bool refuses(const WorkflowDiagnostics &diagnostics)
{
    for (const WorkflowDiagnostic &d : diagnostics) {
        // The converter's unknown types and loops (through reroutes or bypassed nodes)
        // are sure refusals too.
        if (d.isError()
            && (d.preflight || d.kind == WorkflowDiagnostic::Kind::UnknownClass
                || d.kind == WorkflowDiagnostic::Kind::Cycle))
            return true;
    }
    return false;
}

} // namespace Easel::PromptPreflight
