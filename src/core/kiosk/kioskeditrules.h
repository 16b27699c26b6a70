#pragma once

#include "kioskpolicy.h"
#include "workflowdocument.h"

#include <QStringList>

namespace Easel {

class WorkflowModel;

// The one place where kiosk mode judges a value before it leaves the kiosk: installed on
// the editor's WorkflowModel, it checks every user edit (typed, pasted, a picked choice,
// "Use these settings": WorkflowModel::setValue/setValues) against the administrator's
// rules, offers only the allowed range and choices to the editors, allows a
// control_after_generate mode change only where the rules do, and bounds what
// control_after_generate writes after each Generate. checkDocument() is the last check
// before a prompt is queued.
class KioskEditRules
{
public:
    static void install(const KioskPolicy &policy, WorkflowModel *model);

    // control_after_generate under a rule: change->after is what the workflow's own rule
    // computed; it is replaced by a step or a draw inside the rule's range (or its
    // choices). False when no allowed value can be written (the value stays).
    static bool afterGenerate(const KioskPolicy &policy, const WorkflowDocument &document,
                              WorkflowDocument::ValueChange *change);
    // Every editable value of the document the rules refuse, as "node.input: why"
    // (values the administrator's workflow itself holds out of a range, say).
    static QStringList checkDocument(const KioskPolicy &policy, const WorkflowDocument &document);

    // A uniformly drawn integer in [minimum, maximum] on the step's grid from minimum
    // (64-bit exact). Invalid when the range is empty.
    static JsonNumber drawInteger(const JsonNumber &minimum, const JsonNumber &maximum, quint64 step = 1);
};

} // namespace Easel
