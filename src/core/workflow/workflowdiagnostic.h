#pragma once

#include <QList>
#include <QString>

namespace Easel {

// One finding about a workflow, tied to the node (execution id, e.g. "12" or "5:3") and
// input it concerns, so that a user can find it on the canvas.
struct WorkflowDiagnostic
{
    enum class Severity { Warning, Error };
    enum class Kind {
        Syntax,          // unreadable file or JSON
        UnknownClass,    // class_type missing from /object_info
        MissingInput,    // required input absent
        OutOfRange,      // value below min or above max
        NotInList,       // combo value not among the choices
        BadType,         // value of the wrong JSON type
        BadLink,         // link to a missing node or an out-of-range slot
        Cycle,           // the prompt's links form a loop
        Structure,       // anything else about the saved graph
    };
    Severity severity = Severity::Error;
    Kind kind = Kind::Structure;
    QString nodeId;
    QString nodeTitle; // the title shown, else the type
    QString input;     // empty when it is about the whole node
    QString message;
    // Found by the pre-flight (PromptPreflight): the server is sure to refuse the prompt,
    // so it is not sent.
    bool preflight = false;

    bool isError() const { return severity == Severity::Error; }
    // "node 12 (KSampler), input steps: message"
    QString toString() const;
};

using WorkflowDiagnostics = QList<WorkflowDiagnostic>;

inline bool hasErrors(const WorkflowDiagnostics &list)
{
    for (const WorkflowDiagnostic &d : list) {
        if (d.isError())
            return true;
    }
    return false;
}

} // namespace Easel
