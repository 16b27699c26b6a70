// Kiosk mode's one value check (KioskEditRules on a real WorkflowModel with the captured
// /object_info): control_after_generate stays inside the administrator's ranges
// (increment past the maximum, decrement past the minimum, randomize, 64-bit seed
// ranges), modes change only where the rules allow, integer inputs take integers only,
// choice lists offer and accept only allowed choices, and "Use these settings" goes
// through the same check. Expected values come from the rules in each test's policy.
#include "jsontree.h"
#include "kioskeditrules.h"
#include "kioskpolicy.h"
#include "nodecatalogue.h"
#include "settingstransfer.h"
#include "workflowdocument.h"
#include "workflowmodel.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Easel;

namespace {
// The issue's setup: a PrimitiveInt (its own control_after_generate) feeding steps, and a
// KSampler whose seed has one by name.
const char *primitivePrompt = R"({
  "12": {"class_type": "PrimitiveInt", "inputs": {"value": 28}},
  "3": {"class_type": "KSampler", "inputs": {"seed": 1002, "steps": ["12", 0], "cfg": 8,
        "sampler_name": "euler", "scheduler": "normal", "denoise": 1,
        "model": ["4", 0], "positive": ["6", 0], "negative": ["7", 0], "latent_image": ["5", 0]}}
})";
} // namespace

class tst_KioskEditRules : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void incrementStopsAtTheMaximum();
    void decrementStopsAtTheMinimum();
    void randomizeDrawsInsideTheRange();
    void seedRanges();
    void drawIntegerIsExact();
    void modeChangesOnlyWhereAllowed();
    void integersOnly_data();
    void integersOnly();
    void onlyAllowedChoices();
    void useTheseSettingsIsChecked();
    void documentCheckFindsOutOfRangeValues();

private:
    KioskPolicy policy(const QByteArray &ini);
    WorkflowDocument document(const QByteArray &apiJson);
    QTemporaryDir m_dir;
    std::shared_ptr<const NodeCatalogue> m_catalogue;
};

void tst_KioskEditRules::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/captures/object_info.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_catalogue = std::make_shared<NodeCatalogue>(NodeCatalogue::fromJson(file.readAll()));
}

KioskPolicy tst_KioskEditRules::policy(const QByteArray &ini)
{
    static int n = 0;
    const QString path = m_dir.filePath(u"kiosk%1.conf"_s.arg(++n));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ini) != ini.size())
        return {};
    file.close();
    const KioskPolicy loaded = KioskPolicy::load(path);
    if (!loaded.problems().isEmpty())
        qWarning() << loaded.problems();
    return loaded;
}

WorkflowDocument tst_KioskEditRules::document(const QByteArray &apiJson)
{
    WorkflowDocument doc(JsonTree::parse(apiJson), WorkflowDocument::Format::Api, u"test.json"_s);
    doc.setCatalogue(m_catalogue);
    return doc;
}

void tst_KioskEditRules::incrementStopsAtTheMaximum()
{
    WorkflowDocument doc = document(primitivePrompt);
    // The administrator's workflow increments the value after each picture.
    QVERIFY(doc.setControlMode(u"12"_s, u"value"_s, u"increment"_s, nullptr));
    WorkflowModel model;
    model.setDocument(doc);
    // Without the rules the issue's attack works: 29, 30, 31, ...
    {
        WorkflowModel open;
        open.setDocument(doc);
        for (int i = 0; i < 5; ++i)
            open.applyAfterQueue();
        QCOMPARE(open.document().inputValue(u"12"_s, u"value"_s), JsonTree::fromInt(33));
    }
    KioskEditRules::install(policy("[inputs]\n12.value=10..30\n"), &model);
    QList<qint64> seen;
    for (int i = 0; i < 5; ++i) {
        model.applyAfterQueue();
        seen.append(model.document().inputValue(u"12"_s, u"value"_s).toNumber().toInt64());
    }
    QCOMPARE(seen, (QList<qint64>{29, 30, 30, 30, 30}));
}

void tst_KioskEditRules::decrementStopsAtTheMinimum()
{
    WorkflowDocument doc = document(primitivePrompt);
    QVERIFY(doc.setInputValue(u"12"_s, u"value"_s, JsonTree::fromInt(12), nullptr));
    QVERIFY(doc.setControlMode(u"12"_s, u"value"_s, u"decrement"_s, nullptr));
    WorkflowModel model;
    model.setDocument(doc);
    KioskEditRules::install(policy("[inputs]\n12.value=10..30\n"), &model);
    for (int i = 0; i < 6; ++i)
        model.applyAfterQueue();
    QCOMPARE(model.document().inputValue(u"12"_s, u"value"_s), JsonTree::fromInt(10));
    // An undo step per real change only: 11, 10.
    QCOMPARE(model.undoStack()->count(), 2);
}

void tst_KioskEditRules::randomizeDrawsInsideTheRange()
{
    WorkflowDocument doc = document(primitivePrompt);
    QVERIFY(doc.setControlMode(u"12"_s, u"value"_s, u"randomize"_s, nullptr));
    WorkflowModel model;
    model.setDocument(doc);
    KioskEditRules::install(policy("[inputs]\n12.value=10..30\n"), &model);
    QSet<qint64> drawn;
    for (int i = 0; i < 300; ++i) {
        model.applyAfterQueue();
        const JsonTree value = model.document().inputValue(u"12"_s, u"value"_s);
        QVERIFY(value.toNumber().isInteger());
        const qint64 v = value.toNumber().toInt64();
        QVERIFY2(v >= 10 && v <= 30, qPrintable(QString::number(v)));
        drawn.insert(v);
    }
    // A draw, not a clamp to one end: 300 draws of 21 values leave none out in practice
    // (the chance that one is missed is below 21 · (20/21)^300 ≈ 1e-5); half of them is
    // asserted.
    QVERIFY2(drawn.size() > 10, qPrintable(QString::number(drawn.size())));
}

void tst_KioskEditRules::seedRanges()
{
    WorkflowDocument doc = document(primitivePrompt);
    QVERIFY(doc.setControlMode(u"3"_s, u"seed"_s, u"randomize"_s, nullptr));
    WorkflowModel model;
    model.setDocument(doc);
    KioskEditRules::install(policy("[inputs]\n3.seed=1000..1004\n"), &model);
    for (int i = 0; i < 50; ++i) {
        model.applyAfterQueue();
        const qint64 seed = model.document().inputValue(u"3"_s, u"seed"_s).toNumber().toInt64();
        QVERIFY(seed >= 1000 && seed <= 1004);
    }
    // At the top of the unsigned 64-bit range, compared exactly.
    const JsonNumber top = JsonNumber::fromText(u"18446744073709551615");
    const JsonNumber low = JsonNumber::fromText(u"18446744073709551610");
    QVERIFY(doc.setInputValue(u"3"_s, u"seed"_s, JsonTree::fromNumber(low), nullptr));
    QVERIFY(doc.setControlMode(u"3"_s, u"seed"_s, u"increment"_s, nullptr));
    model.setDocument(doc);
    KioskEditRules::install(policy("[inputs]\n3.seed=18446744073709551610..18446744073709551612\n"), &model);
    for (int i = 0; i < 5; ++i)
        model.applyAfterQueue();
    QCOMPARE(model.document().inputValue(u"3"_s, u"seed"_s).toNumber().toText(), u"18446744073709551612"_s);
    // A typed seed past the range is refused with the range shown.
    QVERIFY(!model.setValue(u"3"_s, u"seed"_s, JsonTree::fromNumber(top)));
    QVERIFY2(model.lastError().contains("18446744073709551612"_L1), qPrintable(model.lastError()));
}

void tst_KioskEditRules::drawIntegerIsExact()
{
    const JsonNumber top = JsonNumber::fromText(u"18446744073709551615");
    for (int i = 0; i < 100; ++i) {
        const JsonNumber n = KioskEditRules::drawInteger(JsonNumber::fromText(u"18446744073709551613"), top);
        QVERIFY(!(n < JsonNumber::fromText(u"18446744073709551613")) && !(top < n));
        const JsonNumber all = KioskEditRules::drawInteger(JsonNumber::fromInt(0), top);
        QVERIFY(all.isInteger());
        const JsonNumber negative = KioskEditRules::drawInteger(JsonNumber::fromInt(-5), JsonNumber::fromInt(5), 5);
        const qint64 v = negative.toInt64(99);
        QVERIFY2(v == -5 || v == 0 || v == 5, qPrintable(negative.toText()));
    }
    QVERIFY(!KioskEditRules::drawInteger(JsonNumber::fromInt(3), JsonNumber::fromInt(2)).isValid());
    QCOMPARE(KioskEditRules::drawInteger(JsonNumber::fromInt(7), JsonNumber::fromInt(7)).toInt64(), 7);
}

void tst_KioskEditRules::modeChangesOnlyWhereAllowed()
{
    WorkflowModel model;
    model.setDocument(document(primitivePrompt));
    KioskEditRules::install(policy("[inputs]\n12.value=10..30\n3.seed=editable\n"), &model);
    // A plain editable seed: the visitor may pick the mode.
    QVERIFY(model.inputIndex(u"3"_s, u"seed"_s).data(WorkflowModel::ControlEditableRole).toBool());
    QVERIFY2(model.setControlMode(u"3"_s, u"seed"_s, u"randomize"_s), qPrintable(model.lastError()));
    // A ranged input: the mode is the administrator's.
    QVERIFY(!model.inputIndex(u"12"_s, u"value"_s).data(WorkflowModel::ControlEditableRole).toBool());
    QVERIFY(!model.setControlMode(u"12"_s, u"value"_s, u"increment"_s));
    QVERIFY(!model.setData(model.inputIndex(u"12"_s, u"value"_s), u"randomize"_s, WorkflowModel::ControlModeRole));
    QCOMPARE(model.document().controlMode(u"12"_s, u"value"_s), u"fixed"_s);

    // The administrator locks the mode of an otherwise editable seed.
    WorkflowModel locked;
    locked.setDocument(document(primitivePrompt));
    KioskEditRules::install(policy("[inputs]\n3.seed=editable\n[controls]\n3.seed=locked\n"), &locked);
    QVERIFY(!locked.inputIndex(u"3"_s, u"seed"_s).data(WorkflowModel::ControlEditableRole).toBool());
    QVERIFY(!locked.setControlMode(u"3"_s, u"seed"_s, u"randomize"_s));
    QVERIFY(locked.lastError().contains("administrator"_L1));
    QVERIFY(locked.setValue(u"3"_s, u"seed"_s, JsonTree::fromInt(5))); // the value itself stays editable
    // Or every mode at once.
    WorkflowModel all;
    all.setDocument(document(primitivePrompt));
    KioskEditRules::install(policy("[inputs]\n3.seed=editable\n[controls]\ndefault=locked\n"), &all);
    QVERIFY(!all.setControlMode(u"3"_s, u"seed"_s, u"increment"_s));
    // A locked input's mode never changes.
    WorkflowModel lockedInput;
    lockedInput.setDocument(document(primitivePrompt));
    KioskEditRules::install(policy("[inputs]\n3.seed=locked\n[controls]\ndefault=editable\n"), &lockedInput);
    QVERIFY(!lockedInput.setControlMode(u"3"_s, u"seed"_s, u"increment"_s));
}

void tst_KioskEditRules::integersOnly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("30") << u"30"_s << true;
    QTest::newRow("3e1") << u"3e1"_s << false;
    QTest::newRow("30.0") << u"30.0"_s << false;
    QTest::newRow("25.5") << u"25.5"_s << false;
    QTest::newRow("0x1e") << u"0x1e"_s << false;
    QTest::newRow("31") << u"31"_s << false; // the range
}

void tst_KioskEditRules::integersOnly()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    WorkflowDocument doc = document(primitivePrompt);
    QVERIFY(doc.setInputValue(u"12"_s, u"value"_s, JsonTree::fromInt(20), nullptr));
    WorkflowModel model;
    model.setDocument(doc);
    KioskEditRules::install(policy("[inputs]\n12.value=10..30\n"), &model);
    // Typed or pasted: the editor's setData with the text.
    QCOMPARE(model.setData(model.inputIndex(u"12"_s, u"value"_s), text), accepted);
    QCOMPARE(model.document().inputValue(u"12"_s, u"value"_s).toNumber().toInt64(), accepted ? text.toLongLong() : 20);
    if (!accepted)
        QVERIFY(!model.lastError().isEmpty());
    // The same check outside kiosk mode for an INT (the spec's rule, shared words).
    WorkflowModel plain;
    plain.setDocument(doc);
    if (text.contains(u'e') || text.contains(u'.'))
        QVERIFY(!plain.setData(plain.inputIndex(u"12"_s, u"value"_s), text));
}

void tst_KioskEditRules::onlyAllowedChoices()
{
    WorkflowModel model;
    model.setDocument(document(primitivePrompt));
    KioskEditRules::install(policy("[inputs]\n3.sampler_name=dpmpp_2m|euler|not_on_server\n"), &model);
    const QModelIndex sampler = model.inputIndex(u"3"_s, u"sampler_name"_s);
    // The server's order, only the allowed ones it has.
    QCOMPARE(sampler.data(WorkflowModel::ChoicesRole).toStringList(), (QStringList{u"euler"_s, u"dpmpp_2m"_s}));
    QVERIFY(!model.setData(sampler, u"heun"_s));
    QVERIFY2(model.lastError().contains("dpmpp_2m"_L1), qPrintable(model.lastError()));
    QVERIFY(model.setData(sampler, u"dpmpp_2m"_s));
    // Ranges are offered narrowed to the editors.
    WorkflowModel ranged;
    ranged.setDocument(document(primitivePrompt));
    KioskEditRules::install(policy("[inputs]\n3.cfg=1.5..9\n"), &ranged);
    const QModelIndex cfg = ranged.inputIndex(u"3"_s, u"cfg"_s);
    QCOMPARE(cfg.data(WorkflowModel::MinimumRole).toString(), u"1.5"_s);
    QCOMPARE(cfg.data(WorkflowModel::MaximumRole).toString(), u"9"_s);
}

void tst_KioskEditRules::useTheseSettingsIsChecked()
{
    WorkflowModel model;
    model.setDocument(document(primitivePrompt));
    KioskEditRules::install(policy("[inputs]\n12.value=10..30\n3.seed=locked\n3.cfg=1..9\n"), &model);
    // A picture's prompt (as queued) with values past the rules.
    QByteArray prompt = primitivePrompt;
    prompt.replace("\"value\": 28", "\"value\": 1082339547111670");
    prompt.replace("\"seed\": 1002", "\"seed\": 5");
    prompt.replace("\"cfg\": 8", "\"cfg\": 7");
    const SettingsTransfer plan = SettingsTransfer::plan(model.document(), prompt);
    QVERIFY(plan.sameGraph());
    QStringList refused;
    QCOMPARE(model.setValues(plan.changes, u"Use these settings"_s, &refused), 1);
    QCOMPARE(refused.size(), 2);
    QCOMPARE(model.document().inputValue(u"3"_s, u"cfg"_s), JsonTree::fromInt(7));
    QCOMPARE(model.document().inputValue(u"12"_s, u"value"_s), JsonTree::fromInt(28));
    QCOMPARE(model.document().inputValue(u"3"_s, u"seed"_s), JsonTree::fromInt(1002));
}

void tst_KioskEditRules::documentCheckFindsOutOfRangeValues()
{
    WorkflowDocument doc = document(primitivePrompt);
    QVERIFY(KioskEditRules::checkDocument(policy("[inputs]\n12.value=10..30\n"), doc).isEmpty());
    QVERIFY(doc.setInputValue(u"12"_s, u"value"_s, JsonTree::fromInt(500), nullptr));
    const QStringList problems = KioskEditRules::checkDocument(policy("[inputs]\n12.value=10..30\n"), doc);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().startsWith("12.value: "_L1));
    // Locked values are the administrator's and not judged.
    QVERIFY(KioskEditRules::checkDocument(policy("[inputs]\n12.value=locked\n"), doc).isEmpty());
}

QTEST_GUILESS_MAIN(tst_KioskEditRules)
#include "tst_kioskeditrules.moc"
