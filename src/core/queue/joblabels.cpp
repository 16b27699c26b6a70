#include "joblabels.h"

#include "jobqueue.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

constexpr int maxValueChars = 40;

QString valueText(const JsonTree &value)
{
    QString text = value.isString() ? value.toString() : QString::fromUtf8(value.toPython());
    text.replace(u'\n', u' ');
    if (text.size() > maxValueChars)
        text = text.left(maxValueChars - 1) + u'…';
    return text;
}

QString translate(const char *text)
{
    return QCoreApplication::translate("JobLabels", text);
}

} // namespace

const ParameterLabels &JobLabels::labelsFor(const QueueBatch &batch) const
{
    auto it = m_labels.find(batch.id);
    if (it == m_labels.end())
        it = m_labels.insert(batch.id, ParameterLabels::fromApiPrompt(batch.promptJson));
    return *it;
}

QString JobLabels::changes(const QueueBatch &batch, const QList<InputOverride> &overrides, Form form) const
{
    if (overrides.isEmpty())
        return {};
    const ParameterLabels &labels = labelsFor(batch);
    QStringList parts;
    parts.reserve(overrides.size());
    for (const InputOverride &item : overrides)
        parts.append((form == Form::Equals ? u"%1 = %2"_s : u"%1 %2"_s)
                         .arg(labels.label(item.nodeId, item.input), valueText(item.value)));
    return parts.join(u", "_s);
}

QString JobLabels::batchSummary(int done, int failed, int stopped)
{
    QStringList parts;
    if (done > 0 || (failed == 0 && stopped == 0))
        parts << QCoreApplication::translate("JobLabels", "%n done", nullptr, done);
    if (failed > 0)
        parts << QCoreApplication::translate("JobLabels", "%n failed", nullptr, failed);
    if (stopped > 0)
        parts << QCoreApplication::translate("JobLabels", "%n cancelled", nullptr, stopped);
    return parts.join(u", "_s);
}

QString JobLabels::name(const QueueBatch &batch, const QueuedJob &job, int batchSize) const
{
    QString name = batch.label;
    if (batchSize > 1)
        name = translate(QT_TRANSLATE_NOOP("JobLabels", "%1 %2/%3")).arg(name).arg(job.indexInBatch).arg(batchSize);
    const QString differs = changes(batch, job.overrides, Form::Compact);
    return differs.isEmpty() ? name : u"%1 · %2"_s.arg(name, differs);
}

} // namespace Easel
