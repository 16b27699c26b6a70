#pragma once

#include "jsontree.h"
#include "nodecatalogue.h"

#include <QHash>

namespace Easel::Sim {

// The recorded /object_info (a resource), both as raw ordered JSON (for input_config in
// validation errors and for serving) and as a typed NodeCatalogue.
class SimCatalogue
{
public:
    SimCatalogue();

    const NodeCatalogue &catalogue() const { return m_catalogue; }
    bool contains(const QString &className) const { return m_raw.contains(className); }
    // The raw definition; `inputDir` refreshes LoadImage's file list like the server.
    JsonTree definition(const QString &className, const QString &inputDir = {}) const;
    JsonTree all(const QString &inputDir) const;
    // The raw [type, options] pair of one input, null if unknown.
    JsonTree inputConfig(const QString &className, const QString &inputName) const;
    bool isOutputNode(const QString &className) const;
    // Drops node classes, as a server without those custom nodes: a farm's servers differ.
    void removeClasses(const QStringList &classNames);

private:
    JsonTree m_tree;
    QHash<QString, int> m_raw; // class -> index in m_tree
    NodeCatalogue m_catalogue;
};

} // namespace Easel::Sim
