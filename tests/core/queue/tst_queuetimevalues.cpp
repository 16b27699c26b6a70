// Each job's own values in its outputs' embedded workflow, and its queue-time values kept
// as overrides. Expected values come from the fixtures (default.json, primitive_node.json,
// their expected API prompts) and the frontend's rule that the embedded workflow is
// serialised before any widget's serializeValue runs (executionUtil.ts @ 01c735d9), so
// it holds templates, while the prompt holds the resolved text.
#include "nodecatalogue.h"
#include "queuetimevalues.h"
#include "workflowdocument.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace Easel;
using namespace Qt::StringLiterals;

class tst_QueueTimeValues : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reopenedWorkflowGivesTheJobsValues();
    void primitiveNodeTakesTheValue();
    void noOverridesKeepsTheFileAsIs();
    void variantsGetTheirOwnResolvedText();
    void aBatchsWorkflowIsReadOnce();
    void aJobsOwnTextIsResolvedToo();

private:
    static QByteArray read(const QString &relative);
    std::shared_ptr<const NodeCatalogue> m_catalogue;
};

void tst_QueueTimeValues::initTestCase()
{
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/captures/object_info.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_catalogue = std::make_shared<NodeCatalogue>(NodeCatalogue::fromJson(file.readAll()));
}

QByteArray tst_QueueTimeValues::read(const QString &relative)
{
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/workflows/") + relative);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void tst_QueueTimeValues::reopenedWorkflowGivesTheJobsValues()
{
    const QByteArray saved = read(u"ui/default.json"_s);
    QVERIFY(!saved.isEmpty());
    InputOverride resolved{u"6"_s, u"text"_s, JsonTree::fromString(u"a blue cat"_s)};
    resolved.queueTime = true;
    const QList<InputOverride> overrides{
        {u"3"_s, u"seed"_s, JsonTree::fromInt(1840636368941396)},
        {u"5"_s, u"width"_s, JsonTree::fromInt(256)},
        resolved,
    };
    QueueTimeValues values;
    values.setCatalogue(m_catalogue);
    const QByteArray jobWorkflow = values.jobWorkflow(u"batch"_s, saved, overrides);

    // Reopened (as Easel or the web UI would) and converted, it is the job's prompt: the
    // fixture's expected prompt with the sweep's values, the template text kept.
    WorkflowDocument reopened(JsonTree::parse(jobWorkflow), WorkflowDocument::Format::Saved, u"job"_s);
    reopened.setCatalogue(m_catalogue);
    const JsonTree prompt = reopened.toApiPrompt().prompt;
    JsonTree expected = JsonTree::parse(read(u"expected/default.api.json"_s));
    expected.findMutable(u"3")->findMutable(u"inputs")->insert(u"seed"_s, JsonTree::fromInt(1840636368941396));
    expected.findMutable(u"5")->findMutable(u"inputs")->insert(u"width"_s, JsonTree::fromInt(256));
    QCOMPARE(prompt.size(), expected.size());
    for (const QString &id : expected.keys()) {
        const JsonTree inputs = expected.value(id).value(u"inputs");
        QCOMPARE(prompt.value(id).value(u"inputs").size(), inputs.size());
        for (const QString &name : inputs.keys())
            QCOMPARE(prompt.value(id).value(u"inputs").value(name).toPython(), inputs.value(name).toPython());
    }
    // Widget slots in the saved file itself: seed first in KSampler, width in EmptyLatentImage.
    const JsonTree tree = JsonTree::parse(jobWorkflow);
    const JsonTree *nodes = tree.find(u"nodes");
    QVERIFY(nodes);
    for (int i = 0; i < nodes->size(); ++i) {
        const JsonTree &node = nodes->at(i);
        const QString id = node.value(u"id").toNumber().toText();
        if (id == u"3")
            QCOMPARE(node.value(u"widgets_values").at(0).toNumber().toText(), u"1840636368941396"_s);
        if (id == u"5")
            QCOMPARE(node.value(u"widgets_values").at(0).toNumber().toInt(), 256);
        if (id == u"6") {
            QCOMPARE(node.value(u"widgets_values").at(0).toString(),
                     u"beautiful scenery nature glass bottle landscape, , purple galaxy bottle,"_s);
        }
    }
}

void tst_QueueTimeValues::primitiveNodeTakesTheValue()
{
    // primitive_node.json: KSampler 2's steps come from PrimitiveNode 1 ([20, "fixed"]).
    const QByteArray saved = read(u"ui/primitive_node.json"_s);
    const QByteArray out = QueueTimeValues::withValues(saved, {{u"2"_s, u"steps"_s, JsonTree::fromInt(33)}},
                                                       m_catalogue.get());
    WorkflowDocument reopened(JsonTree::parse(out), WorkflowDocument::Format::Saved, u"job"_s);
    reopened.setCatalogue(m_catalogue);
    const JsonTree prompt = reopened.toApiPrompt().prompt;
    QCOMPARE(prompt.value(u"2").value(u"inputs").value(u"steps").toNumber().toInt(), 33);
}

void tst_QueueTimeValues::noOverridesKeepsTheFileAsIs()
{
    const QByteArray saved = read(u"ui/default.json"_s);
    QueueTimeValues values;
    values.setCatalogue(m_catalogue);
    InputOverride resolved{u"6"_s, u"text"_s, JsonTree::fromString(u"x"_s)};
    resolved.queueTime = true;
    QCOMPARE(values.jobWorkflow(u"b"_s, saved, {}), saved);
    QCOMPARE(values.jobWorkflow(u"b"_s, saved, {resolved}), saved);
}

void tst_QueueTimeValues::variantsGetTheirOwnResolvedText()
{
    JsonTree prompt = JsonTree::parse(read(u"expected/default.api.json"_s));
    prompt.findMutable(u"6")->findMutable(u"inputs")->insert(u"text"_s, JsonTree::fromString(u"{red|green|blue|pink} cat"_s));
    QueueTimeValues values;
    values.setCatalogue(m_catalogue);
    QList<SweepVariant> variants;
    for (int i = 0; i < 40; ++i)
        variants.append({{{u"3"_s, u"seed"_s, JsonTree::fromInt(i)}}});
    const QList<SweepVariant> jobs = values.resolve(prompt, variants, read(u"ui/default.json"_s));
    QCOMPARE(jobs.size(), 40);
    QSet<QString> seen;
    for (int i = 0; i < jobs.size(); ++i) {
        QCOMPARE(jobs.at(i).overrides.size(), 2);
        QCOMPARE(jobs.at(i).overrides.at(0).value.toNumber().toInt(), i);
        QVERIFY(!jobs.at(i).overrides.at(0).queueTime);
        const InputOverride &text = jobs.at(i).overrides.at(1);
        QVERIFY(text.queueTime);
        QCOMPARE(text.nodeId, u"6"_s);
        QVERIFY(QSet<QString>({u"red cat"_s, u"green cat"_s, u"blue cat"_s, u"pink cat"_s}).contains(text.value.toString()));
        seen.insert(text.value.toString());
    }
    QVERIFY(seen.size() > 1);
    // No variants: one job, resolved too.
    QCOMPARE(values.resolve(prompt, {}, {}).size(), 1);
}

// A sweep's jobs each get their own values in their saved workflow, from one reading of
// the batch's workflow: no job's values reach the next, and the result is what reading the
// file afresh for every job gives (QueueTimeValues::withValues).
void tst_QueueTimeValues::aBatchsWorkflowIsReadOnce()
{
    const QByteArray saved = read(u"ui/default.json"_s);
    QueueTimeValues values;
    values.setCatalogue(m_catalogue);
    const auto seedOf = [](const QByteArray &workflow) {
        const JsonTree tree = JsonTree::parse(workflow);
        const JsonTree *nodes = tree.find(u"nodes");
        for (int i = 0; nodes && i < nodes->size(); ++i) {
            if (nodes->at(i).value(u"id").toNumber().toInt() == 3)
                return nodes->at(i).value(u"widgets_values").at(0).toNumber().toText();
        }
        return QString();
    };
    const QList<InputOverride> first{{u"3"_s, u"seed"_s, JsonTree::fromInt(11)}, {u"5"_s, u"width"_s, JsonTree::fromInt(256)}};
    const QList<InputOverride> second{{u"3"_s, u"seed"_s, JsonTree::fromInt(22)}};
    const QByteArray one = values.jobWorkflow(u"sweep"_s, saved, first);
    const QByteArray two = values.jobWorkflow(u"sweep"_s, saved, second);
    QCOMPARE(values.documentsRead(), 1);
    QCOMPARE(seedOf(one), u"11"_s);
    QCOMPARE(seedOf(two), u"22"_s);
    QCOMPARE(one, QueueTimeValues::withValues(saved, first, m_catalogue.get()));
    QCOMPARE(two, QueueTimeValues::withValues(saved, second, m_catalogue.get())); // width 512 again
    QVERIFY(!two.contains("256"));
    // Another batch, a new catalogue, a forgotten batch: read again.
    values.jobWorkflow(u"other"_s, saved, second);
    QCOMPARE(values.documentsRead(), 2);
    values.setCatalogue(std::make_shared<NodeCatalogue>(*m_catalogue));
    QCOMPARE(values.jobWorkflow(u"sweep"_s, saved, second), two);
    QCOMPARE(values.documentsRead(), 3);
    values.forgetBatch(u"sweep"_s);
    values.jobWorkflow(u"sweep"_s, saved, second);
    QCOMPARE(values.documentsRead(), 4);
    // Not a JSON object: kept as it is, and not read again for every job.
    QCOMPARE(values.jobWorkflow(u"broken"_s, "[1]", second), QByteArray("[1]"));
    QCOMPARE(values.jobWorkflow(u"broken"_s, "[1]", first), QByteArray("[1]"));
    QCOMPARE(values.documentsRead(), 5);
}

// A prompt with nothing to resolve skips the resolver, but only when no job's own value
// (a sweep over a text input) has something to resolve either.
void tst_QueueTimeValues::aJobsOwnTextIsResolvedToo()
{
    const JsonTree prompt = JsonTree::parse(read(u"expected/default.api.json"_s));
    QueueTimeValues values;
    values.setCatalogue(m_catalogue);
    const auto job = [](const QString &nodeId, const QString &input, const JsonTree &value) {
        SweepVariant variant;
        variant.overrides.append(InputOverride{nodeId, input, value});
        return variant;
    };
    const QList<SweepVariant> plain = values.resolve(prompt, {job(u"3"_s, u"seed"_s, JsonTree::fromInt(1))}, {});
    QCOMPARE(plain.size(), 1);
    QCOMPARE(plain.constFirst().overrides.size(), 1); // nothing added
    const QList<SweepVariant> swept =
        values.resolve(prompt,
                       {job(u"6"_s, u"text"_s, JsonTree::fromString(u"{red|red} cat"_s)),
                        job(u"9"_s, u"filename_prefix"_s, JsonTree::fromString(u"%KSampler.seed%"_s))},
                       {});
    QCOMPARE(swept.size(), 2);
    QCOMPARE(swept.at(0).overrides.size(), 2);
    QVERIFY(swept.at(0).overrides.at(1).queueTime);
    QCOMPARE(swept.at(0).overrides.at(1).value.toString(), u"red cat"_s);
    QCOMPARE(swept.at(1).overrides.size(), 2);
    QCOMPARE(swept.at(1).overrides.at(1).nodeId, u"9"_s);
    QCOMPARE(swept.at(1).overrides.at(1).value.toString(),
             prompt.value(u"3").value(u"inputs").value(u"seed").toNumber().toText());
}

QTEST_GUILESS_MAIN(tst_QueueTimeValues)
#include "tst_queuetimevalues.moc"
