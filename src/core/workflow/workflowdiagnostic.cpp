#include "workflowdiagnostic.h"

#include <QCoreApplication>

namespace Easel {

QString WorkflowDiagnostic::toString() const
{
    QString where;
    if (!nodeId.isEmpty()) {
        where = nodeTitle.isEmpty()
            ? QCoreApplication::translate("Easel::WorkflowDiagnostic", "node %1").arg(nodeId)
            : QCoreApplication::translate("Easel::WorkflowDiagnostic", "node %1 (%2)").arg(nodeId, nodeTitle);
        if (!input.isEmpty())
            where += QCoreApplication::translate("Easel::WorkflowDiagnostic", ", input %1").arg(input);
        where += QLatin1String(": ");
    }
    const QString level = severity == Severity::Error
        ? QCoreApplication::translate("Easel::WorkflowDiagnostic", "error")
        : QCoreApplication::translate("Easel::WorkflowDiagnostic", "warning");
    return level + QLatin1String(": ") + where + message;
}

} // namespace Easel
