// Where a saved workflow's nodes sit on the web UI's canvas: "pos" and "size" of each node,
// written as [x, y] or, by old frontends, as {"0": x, "1": y} (comfyui-protocol.md §5.1).
// The graph map reads them and writes "pos" back when a node is moved.
#include "workflowdocument.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Easel::WorkflowDocument", text);
}

// The two numbers of a pair in either form; false when it is missing or not numbers.
bool readPair(const JsonTree *value, double *first, double *second)
{
    if (!value)
        return false;
    const JsonTree *a = nullptr;
    const JsonTree *b = nullptr;
    if (value->isArray() && value->size() >= 2) {
        a = &value->at(0);
        b = &value->at(1);
    } else if (value->isObject()) {
        a = value->find(u"0");
        b = value->find(u"1");
    }
    if (!a || !b || !a->isNumber() || !b->isNumber())
        return false;
    *first = a->toNumber().toDouble();
    *second = b->toNumber().toDouble();
    return std::isfinite(*first) && std::isfinite(*second);
}

JsonTree number(double v)
{
    // Whole numbers stay integers, as the web UI writes them after a drag with snapping.
    if (std::abs(v) < 1e15 && v == std::floor(v))
        return JsonTree::fromInt(qint64(v));
    return JsonTree::fromDouble(v);
}

} // namespace

std::optional<QPointF> WorkflowDocument::nodePosition(const QString &nodeId) const
{
    const DocumentNode *n = node(nodeId);
    const JsonTree *tree = n && m_format == Format::Saved ? nodeTreeConst(*n) : nullptr;
    double x = 0;
    double y = 0;
    if (!tree || !readPair(tree->find(u"pos"), &x, &y))
        return std::nullopt;
    return QPointF(x, y);
}

std::optional<QSizeF> WorkflowDocument::nodeSize(const QString &nodeId) const
{
    const DocumentNode *n = node(nodeId);
    const JsonTree *tree = n && m_format == Format::Saved ? nodeTreeConst(*n) : nullptr;
    double w = 0;
    double h = 0;
    if (!tree || !readPair(tree->find(u"size"), &w, &h) || w <= 0 || h <= 0)
        return std::nullopt;
    return QSizeF(w, h);
}

bool WorkflowDocument::setNodePosition(const QString &nodeId, const QPointF &pos, QString *error)
{
    const DocumentNode *n = node(nodeId);
    if (!n) {
        if (error)
            *error = tr("The workflow has no node %1").arg(nodeId);
        return false;
    }
    JsonTree *tree = m_format == Format::Saved ? nodeTree(*n) : nullptr;
    if (!tree || !tree->isObject()) {
        // API prompts keep no positions: the server has no use for them.
        if (error)
            *error = tr("Only a saved workflow keeps node positions");
        return false;
    }
    if (!std::isfinite(pos.x()) || !std::isfinite(pos.y())) {
        if (error)
            *error = tr("A node position must be a finite number");
        return false;
    }
    JsonTree *current = tree->findMutable(u"pos");
    if (current && current->isObject() && !current->isArray()) {
        // Keep an old frontend's form: it reads its own files back.
        current->insert(u"0"_s, number(pos.x()));
        current->insert(u"1"_s, number(pos.y()));
        return true;
    }
    JsonTree pair = JsonTree::array();
    pair.append(number(pos.x()));
    pair.append(number(pos.y()));
    tree->insert(u"pos"_s, std::move(pair));
    return true;
}

bool WorkflowDocument::clearNodePosition(const QString &nodeId)
{
    const DocumentNode *n = node(nodeId);
    JsonTree *tree = n && m_format == Format::Saved ? nodeTree(*n) : nullptr;
    if (!tree || !tree->isObject())
        return false;
    tree->remove(u"pos");
    return true;
}

} // namespace Easel
