// Sweeps: the job count shown before queueing, the expansion order, exact 64-bit seeds,
// float steps without drift, and the errors for inputs that are not there.
#include "sweepspec.h"

#include <QTest>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {
const QByteArray prompt = R"({"3": {"class_type": "KSampler", "inputs": {"seed": 18446744073709551615, "steps": 20, "cfg": 8.0, "sampler_name": "euler", "scheduler": "normal", "denoise": 1.0, "model": ["4", 0], "positive": ["6", 0], "negative": ["7", 0], "latent_image": ["5", 0]}}, "5": {"class_type": "EmptyLatentImage", "inputs": {"width": 512, "height": 512, "batch_size": 1}}})";

JsonNumber n(double v) { return JsonNumber::fromDouble(v); }
JsonNumber i(qint64 v) { return JsonNumber::fromInt(v); }
} // namespace

class tst_SweepSpec : public QObject
{
    Q_OBJECT
private slots:
    void jobCount_data();
    void jobCount();
    void gridExpandsLastAxisFastest();
    void sequentialSeedsStayExact();
    void randomSeedsAreSetOnEverySeedInput();
    void floatStepsDoNotDrift();
    void countsDown();
    void errors_data();
    void errors();
    void applyKeepsOtherInputsAndKeyOrder();
    void applyInPlaceLeavesThePromptAsItWas();
};

void tst_SweepSpec::jobCount_data()
{
    QTest::addColumn<SweepSpec>("spec");
    QTest::addColumn<qint64>("count");
    SweepSpec once;
    QTest::addRow("once") << once << qint64(1);
    SweepSpec times;
    times.repeat = 5;
    QTest::addRow("5 times") << times << qint64(5);
    SweepSpec grid;
    grid.axes = {SweepAxis::range(u"3"_s, u"cfg"_s, i(5), i(9), i(1)),
                 SweepAxis::list(u"3"_s, u"sampler_name"_s, {JsonTree::fromString(u"euler"_s), JsonTree::fromString(u"dpmpp_2m"_s)})};
    QTest::addRow("cfg 5..9 x 2 samplers") << grid << qint64(10);
    SweepSpec seeded = grid;
    seeded.seedMode = SweepSpec::SeedMode::Random;
    seeded.seedCount = 3;
    QTest::addRow("3 seeds x grid") << seeded << qint64(30);
    SweepSpec huge;
    huge.axes = {SweepAxis::range(u"3"_s, u"steps"_s, i(1), i(1000000), i(1))};
    QTest::addRow("too many") << huge << SweepSpec::maxJobs + 1;
    SweepSpec badStep;
    badStep.axes = {SweepAxis::range(u"3"_s, u"cfg"_s, n(1), n(2), n(0))};
    QTest::addRow("step 0") << badStep << qint64(0);
}

void tst_SweepSpec::jobCount()
{
    QFETCH(SweepSpec, spec);
    QFETCH(qint64, count);
    QCOMPARE(spec.jobCount(), count);
    if (count > 0 && count <= SweepSpec::maxJobs)
        QCOMPARE(Sweep::expand(spec, prompt).size(), count);
}

void tst_SweepSpec::gridExpandsLastAxisFastest()
{
    SweepSpec spec;
    spec.axes = {SweepAxis::range(u"3"_s, u"cfg"_s, i(5), i(7), i(1)),
                 SweepAxis::list(u"3"_s, u"sampler_name"_s, {JsonTree::fromString(u"euler"_s), JsonTree::fromString(u"dpmpp_2m"_s)})};
    QString error;
    const QList<SweepVariant> variants = Sweep::expand(spec, prompt, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(variants.size(), 6);
    QStringList labels;
    for (const SweepVariant &variant : variants) {
        QStringList parts;
        for (const InputOverride &item : variant.overrides)
            parts.append(item.label());
        labels.append(parts.join(u", "_s));
    }
    QCOMPARE(labels, (QStringList{u"3.cfg = 5, 3.sampler_name = euler"_s,
                                  u"3.cfg = 5, 3.sampler_name = dpmpp_2m"_s,
                                  u"3.cfg = 6, 3.sampler_name = euler"_s,
                                  u"3.cfg = 6, 3.sampler_name = dpmpp_2m"_s,
                                  u"3.cfg = 7, 3.sampler_name = euler"_s,
                                  u"3.cfg = 7, 3.sampler_name = dpmpp_2m"_s}));
    const QByteArray applied = Sweep::apply(prompt, variants.at(3).overrides);
    QVERIFY(applied.contains(R"("cfg": 6)"));
    QVERIFY(applied.contains(R"("sampler_name": "dpmpp_2m")"));
    QVERIFY2(applied.contains("18446744073709551615"), "the untouched seed stays exact");
}

void tst_SweepSpec::sequentialSeedsStayExact()
{
    SweepSpec spec;
    spec.seedMode = SweepSpec::SeedMode::Sequential;
    spec.seedCount = 3;
    spec.seedStart = 18446744073709551613ULL;
    const QList<SweepVariant> variants = Sweep::expand(spec, prompt);
    QCOMPARE(variants.size(), 3);
    QCOMPARE(variants.at(0).overrides.constFirst().label(), u"3.seed = 18446744073709551613"_s);
    const QByteArray last = Sweep::apply(prompt, variants.at(2).overrides);
    QVERIFY(last.contains(R"("seed": 18446744073709551615)"));
}

void tst_SweepSpec::randomSeedsAreSetOnEverySeedInput()
{
    SweepSpec spec;
    spec.seedMode = SweepSpec::SeedMode::Random;
    spec.seedCount = 4;
    const QList<SweepVariant> variants = Sweep::expand(spec, prompt);
    QCOMPARE(variants.size(), 4);
    QSet<QString> seeds;
    for (const SweepVariant &variant : variants) {
        QCOMPARE(variant.overrides.size(), 1);
        QCOMPARE(variant.overrides.constFirst().input, u"seed"_s);
        seeds.insert(variant.overrides.constFirst().label());
    }
    QCOMPARE(seeds.size(), 4);
}

void tst_SweepSpec::floatStepsDoNotDrift()
{
    SweepAxis axis = SweepAxis::range(u"3"_s, u"cfg"_s, n(5.0), n(6.0), n(0.1));
    QCOMPARE(axis.count(), 11);
    QCOMPARE(axis.valueAt(3).toNumber().toText(), u"5.3"_s);
    QCOMPARE(axis.valueAt(10).toNumber().toText(), u"6.0"_s);
}

void tst_SweepSpec::countsDown()
{
    SweepAxis axis = SweepAxis::range(u"3"_s, u"steps"_s, i(30), i(10), i(10));
    QCOMPARE(axis.count(), 3);
    QCOMPARE(axis.valueAt(2).toNumber().toText(), u"10"_s);
}

void tst_SweepSpec::errors_data()
{
    QTest::addColumn<SweepSpec>("spec");
    SweepSpec missingNode;
    missingNode.axes = {SweepAxis::range(u"99"_s, u"cfg"_s, i(1), i(2), i(1))};
    QTest::addRow("missing node") << missingNode;
    SweepSpec missingInput;
    missingInput.axes = {SweepAxis::range(u"3"_s, u"nope"_s, i(1), i(2), i(1))};
    QTest::addRow("missing input") << missingInput;
    SweepSpec four;
    for (int k = 0; k < 4; ++k)
        four.axes.append(SweepAxis::range(u"3"_s, u"steps"_s, i(1), i(2), i(1)));
    QTest::addRow("four axes") << four;
    SweepSpec empty;
    empty.axes = {SweepAxis::list(u"3"_s, u"sampler_name"_s, {})};
    QTest::addRow("empty list") << empty;
    SweepSpec seedless;
    seedless.seedMode = SweepSpec::SeedMode::Sequential;
    seedless.seedInputs = {u"5.seed"_s};
    QTest::addRow("no such seed") << seedless;
}

void tst_SweepSpec::errors()
{
    QFETCH(SweepSpec, spec);
    QString error;
    QVERIFY(Sweep::expand(spec, prompt, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void tst_SweepSpec::applyKeepsOtherInputsAndKeyOrder()
{
    const QByteArray applied = Sweep::apply(prompt, {{u"5"_s, u"width"_s, JsonTree::fromInt(768)}});
    QVERIFY(applied.indexOf("\"3\"") < applied.indexOf("\"5\""));
    QVERIFY(applied.contains(R"({"width": 768, "height": 512, "batch_size": 1})"));
    QVERIFY(Sweep::apply(prompt, {{u"5"_s, u"depth"_s, JsonTree::fromInt(1)}}).isEmpty());
}

// The queue writes each job from its batch's one parsed prompt: the same text as apply,
// and the prompt unchanged afterwards (an input given twice, a missing input half-way).
void tst_SweepSpec::applyInPlaceLeavesThePromptAsItWas()
{
    const JsonTree original = JsonTree::parse(prompt);
    JsonTree tree = original;
    const QList<InputOverride> overrides = {{u"5"_s, u"width"_s, JsonTree::fromInt(768)},
                                            {u"3"_s, u"seed"_s, JsonTree::fromInt(7)},
                                            {u"5"_s, u"width"_s, JsonTree::fromInt(1024)}};
    const QByteArray written = Sweep::applyInPlace(tree, overrides);
    QCOMPARE(written, Sweep::apply(prompt, overrides));
    QVERIFY(written.contains(R"({"width": 1024, "height": 512, "batch_size": 1})"));
    QVERIFY(written.contains(R"("seed": 7,)"));
    QVERIFY(tree == original);
    QCOMPARE(tree.toPython(), original.toPython());

    const QList<InputOverride> broken = {{u"3"_s, u"seed"_s, JsonTree::fromInt(7)},
                                         {u"5"_s, u"depth"_s, JsonTree::fromInt(1)}};
    QVERIFY(Sweep::applyInPlace(tree, broken).isEmpty());
    QVERIFY(tree == original);
    JsonTree list = JsonTree::array();
    QVERIFY(Sweep::applyInPlace(list, overrides).isEmpty());
    // Nothing to override: the prompt as it is.
    QCOMPARE(Sweep::applyInPlace(tree, {}), original.toPython());
}

QTEST_GUILESS_MAIN(tst_SweepSpec)
#include "tst_sweepspec.moc"
