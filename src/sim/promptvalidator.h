#pragma once

#include "jsontree.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace Easel::Sim {

class SimCatalogue;

// execution.py:validate_prompt at 0.3.64: the same checks, error types and shapes
// (comfyui-protocol.md §1.2, captures/errors_post_prompt/).
class PromptValidator
{
public:
    struct Result
    {
        bool ok = false;
        JsonTree error;      // {type, message, details, extra_info} when !ok
        JsonTree nodeErrors; // {node_id: {errors, dependent_outputs, class_type}}
        QStringList outputs; // good outputs
    };

    PromptValidator(const SimCatalogue &catalogue, const QString &inputDir);
    Result validate(const JsonTree &prompt, const JsonTree &partialTargets) const;

private:
    struct Validated
    {
        bool valid = false;
        QList<JsonTree> reasons;
    };
    struct InnerException
    {
        QString type;
        QString message;
    };
    struct State
    {
        const JsonTree *prompt = nullptr;
        QHash<QString, Validated> validated;
        QStringList validatedOrder;
        QSet<QString> visiting;
    };
    Validated validateInputs(State &state, const QString &nodeId) const;
    void record(State &state, const QString &nodeId, Validated v) const;

    const SimCatalogue &m_catalogue;
    QString m_inputDir;
};

// Python-ish text of values for messages: str(list) with quotes, ints exact.
QString pythonRepr(const JsonTree &value);

} // namespace Easel::Sim
