#pragma once

#include <QList>

namespace Easel {

struct InputError;
struct JobFailure;

// Where a failed job's reasons belong in the editor: a rejected prompt's node_errors, one
// per reason on its node and input ("message: details" when the server gave details); an
// execution error on the node that raised it (the exception's message, or the summary);
// nothing for a failure that names no node.
QList<InputError> inputErrorsOf(const JobFailure &failure);

} // namespace Easel
