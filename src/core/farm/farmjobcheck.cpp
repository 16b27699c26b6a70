#include "farmjobcheck.h"

#include "jsontree.h"
#include "nodecatalogue.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Easel {

FarmJobNeeds FarmJobNeeds::of(const QByteArray &promptJson)
{
    return of(JsonTree::parse(promptJson));
}

FarmJobNeeds FarmJobNeeds::of(const JsonTree &prompt)
{
    FarmJobNeeds needs;
    if (!prompt.isObject())
        return needs;
    needs.valid = true;
    for (int i = 0; i < prompt.size(); ++i) {
        const QString nodeId = prompt.keys().at(i);
        const JsonTree &node = prompt.at(i);
        const QString classType = node.value(u"class_type").toString();
        if (classType.isEmpty()) {
            needs.valid = false;
            continue;
        }
        needs.classes.append(classType);
        const JsonTree inputs = node.value(u"inputs");
        for (int k = 0; k < inputs.size() && inputs.isObject(); ++k) {
            if (!inputs.at(k).isString())
                continue;
            const QString name = inputs.keys().at(k);
            const QString value = inputs.at(k).toString();
            needs.values.append({nodeId, classType, name, value});
            if (needs.checkpoint.isEmpty() && (name == "ckpt_name"_L1 || name == "unet_name"_L1))
                needs.checkpoint = value;
        }
    }
    std::sort(needs.classes.begin(), needs.classes.end());
    needs.classes.erase(std::unique(needs.classes.begin(), needs.classes.end()), needs.classes.end());
    return needs;
}

QStringList FarmJobNeeds::missingIn(const NodeCatalogue &catalogue) const
{
    QStringList missing;
    if (!valid) {
        missing.append(QCoreApplication::translate("Easel::FarmJobNeeds", "a readable API prompt"));
        return missing;
    }
    for (const QString &classType : classes) {
        if (!catalogue.nodeClass(classType))
            missing.append(QCoreApplication::translate("Easel::FarmJobNeeds", "node class %1").arg(classType));
    }
    for (const Value &v : values) {
        const NodeClass *nodeClass = catalogue.nodeClass(v.classType);
        const InputSpec *spec = nodeClass ? nodeClass->input(v.input) : nullptr;
        // Only lists are checked: a free text or a socket link says nothing of the server.
        if (!spec || spec->choices().isEmpty() || !spec->uploadKind().isEmpty())
            continue;
        if (!spec->choices().contains(v.value)) {
            missing.append(QCoreApplication::translate("Easel::FarmJobNeeds", "%1 for %2.%3 (node %4)")
                               .arg(v.value, v.classType, v.input, v.nodeId));
        }
    }
    return missing;
}

} // namespace Easel
