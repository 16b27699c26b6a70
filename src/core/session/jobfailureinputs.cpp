#include "jobfailureinputs.h"

#include "jobqueue.h"
#include "workflowmodel.h"

using namespace Qt::StringLiterals;

namespace Easel {

QList<InputError> inputErrorsOf(const JobFailure &failure)
{
    QList<InputError> errors;
    if (failure.rejected) {
        for (const NodeError &node : failure.nodeErrors) {
            for (const NodeErrorReason &reason : node.reasons) {
                const QString message = reason.details.isEmpty()
                                            ? reason.message
                                            : u"%1: %2"_s.arg(reason.message, reason.details);
                errors.append(InputError{node.nodeId, reason.inputName, message, true});
            }
        }
    } else if (!failure.nodeId.isEmpty()) {
        errors.append(InputError{failure.nodeId, {},
                                 failure.exceptionMessage.isEmpty() ? failure.message : failure.exceptionMessage,
                                 true});
    }
    return errors;
}

} // namespace Easel
