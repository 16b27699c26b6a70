#include "runjobs.h"

#include "apiworkflow.h"
#include "nodecatalogue.h"
#include "queuetimevalues.h"

#include <algorithm>
#include <memory>

namespace Easel {

namespace {

bool isLink(const JsonTree &value)
{
    return value.isArray() && value.size() == 2 && value.at(0).isString();
}

// The inputs whose values differ from the file's.
QList<InputOverride> difference(const JsonTree &file, const JsonTree &job)
{
    QList<InputOverride> out;
    for (int n = 0; job.isObject() && n < job.size(); ++n) {
        const QString &id = job.keys().at(n);
        const JsonTree *inputs = job.at(n).find(u"inputs");
        const JsonTree before = file.value(id).value(u"inputs");
        for (int i = 0; inputs && inputs->isObject() && i < inputs->size(); ++i) {
            const QString &name = inputs->keys().at(i);
            const JsonTree &value = inputs->at(i);
            if (!isLink(value) && !(before.value(name) == value))
                out.append({id, name, value});
        }
    }
    return out;
}

} // namespace

RunJobs RunJobs::make(const QByteArray &filePrompt, const QList<QByteArray> &prompts,
                      const QByteArray &workflowJson, const NodeCatalogue *catalogue)
{
    RunJobs jobs;
    jobs.filePrompt = filePrompt;
    jobs.workflowJson = workflowJson;
    jobs.catalogue = catalogue;
    const JsonTree file = JsonTree::parse(filePrompt);
    for (const QByteArray &prompt : prompts)
        jobs.variants.append(SweepVariant{difference(file, JsonTree::parse(prompt))});
    return jobs;
}

RunJobs RunJobs::repeat(const QByteArray &filePrompt, const QByteArray &prompt, int count,
                        const QList<std::pair<QString, QString>> &seeds, const QByteArray &workflowJson,
                        const NodeCatalogue *catalogue)
{
    RunJobs jobs;
    jobs.filePrompt = filePrompt;
    jobs.workflowJson = workflowJson;
    jobs.catalogue = catalogue;
    const QList<InputOverride> base = difference(JsonTree::parse(filePrompt), JsonTree::parse(prompt));
    jobs.variants.reserve(std::max(count, 1));
    jobs.variants.append(SweepVariant{base});
    for (int i = 1; i < count; ++i) {
        QList<InputOverride> overrides = base;
        for (const std::pair<QString, QString> &seed : seeds) {
            const JsonTree value = JsonTree::fromInt(ApiWorkflow::freshSeed());
            const auto same = std::find_if(overrides.begin(), overrides.end(), [&seed](const InputOverride &o) {
                return o.nodeId == seed.first && o.input == seed.second;
            });
            if (same != overrides.end())
                same->value = value;
            else
                overrides.append({seed.first, seed.second, value});
        }
        jobs.variants.append(SweepVariant{std::move(overrides)});
    }
    return jobs;
}

QByteArray RunJobs::firstResolvedPrompt() const
{
    const JsonTree file = JsonTree::parse(filePrompt);
    QueueTimeValues queueTime;
    // Not owned: the caller's catalogue outlives this call.
    queueTime.setCatalogue(std::shared_ptr<const NodeCatalogue>(catalogue, [](const NodeCatalogue *) { }));
    const QList<SweepVariant> first{variants.isEmpty() ? SweepVariant{} : variants.constFirst()};
    const SweepVariant job = queueTime.resolve(file, first, workflowJson).constFirst();
    return job.overrides.isEmpty() ? filePrompt : Sweep::apply(file, job.overrides);
}

} // namespace Easel
