#include "addresssanitizer.h"
#include "nodecatalogue.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <malloc.h>


using namespace Qt::StringLiterals;
using namespace Easel;

class tst_NodeCatalogue : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void classCount();
    void seedIsExact();
    void emptyImageInputs();
    void v2Combo();
    void legacyCombo();
    void outputNode();
    void hiddenInputs();
    void captureProgressPreview();
    void negativeBigBound();
    void inputOrderFallsBackToText();
    void skipsBrokenClass();
    void malformed_data();
    void malformed();
    void stringsThatLookLikeStructure();
    void errorInALaterClassSaysWhere();
    void repeatedTextIsShared();
    void equalInputsAreOneSpec();
    void equalOptionsAreOneCopy();
    void nameGivenTwiceKeepsTheLast();
    void worstShapeKeepsLessThanItsText();

private:
    QByteArray m_text;
    NodeCatalogue m_catalogue;
};

void tst_NodeCatalogue::initTestCase()
{
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/captures/object_info.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_text = file.readAll();
    NodeCatalogue::ParseError error;
    QElapsedTimer timer;
    timer.start();
    m_catalogue = NodeCatalogue::fromJson(m_text, &error);
    qInfo("parsed %lld bytes in %lld ms (Debug)", qint64(m_text.size()), timer.elapsed());
    QVERIFY2(error.message.isEmpty(), qPrintable(error.message));
}

void tst_NodeCatalogue::classCount()
{
    QCOMPARE(m_catalogue.size(), 384);
    QCOMPARE(m_catalogue.classNames().size(), 384);
    QVERIFY(m_catalogue.skippedClasses().isEmpty());
}

void tst_NodeCatalogue::seedIsExact()
{
    const NodeClass *k = m_catalogue.nodeClass(u"KSampler"_s);
    QVERIFY(k);
    const InputSpec *seed = k->input(u"seed"_s);
    QVERIFY(seed);
    QCOMPARE(seed->type, u"INT"_s);
    QCOMPARE(seed->maximum().toText(), u"18446744073709551615"_s);
    QVERIFY(seed->maximum().isInteger());
    QCOMPARE(seed->minimum().toText(), u"0"_s);
    QVERIFY(seed->controlAfterGenerate());
    QVERIFY(seed->isWidget());
    QCOMPARE(k->input(u"model"_s)->isWidget(), false);
}

void tst_NodeCatalogue::emptyImageInputs()
{
    const NodeClass *c = m_catalogue.nodeClass(u"EmptyImage"_s);
    QVERIFY(c);
    QCOMPARE(c->inputs.size(), 4);
    const QStringList names{u"width"_s, u"height"_s, u"batch_size"_s, u"color"_s};
    const QList<int> defaults{512, 512, 1, 0};
    const QList<int> minimums{1, 1, 1, 0};
    const QList<int> maximums{16384, 16384, 4096, 16777215};
    for (int i = 0; i < 4; ++i) {
        const InputSpec &in = c->inputs.at(i);
        QCOMPARE(in.name, names.at(i));
        QCOMPARE(in.type, u"INT"_s);
        QCOMPARE(in.section, InputSpec::Section::Required);
        QCOMPARE(in.defaultValue().toInteger(), defaults.at(i));
        QCOMPARE(in.minimum(), JsonNumber::fromInt(minimums.at(i)));
        QCOMPARE(in.maximum(), JsonNumber::fromInt(maximums.at(i)));
    }
    QVERIFY(!c->inputs.at(2).step().isValid());
    QCOMPARE(c->inputs.at(0).step(), JsonNumber::fromInt(1));
    QCOMPARE(c->outputTypes, QStringList{u"IMAGE"_s});
    QVERIFY(!c->outputNode);
}

void tst_NodeCatalogue::v2Combo()
{
    const InputSpec *dim = m_catalogue.nodeClass(u"LatentCut"_s)->input(u"dim"_s);
    QVERIFY(dim);
    QCOMPARE(dim->type, u"COMBO"_s);
    QCOMPARE(dim->choices(), (QStringList{u"x"_s, u"y"_s, u"t"_s}));
    QVERIFY(dim->isWidget());
}

void tst_NodeCatalogue::legacyCombo()
{
    const InputSpec *method = m_catalogue.nodeClass(u"ImageScale"_s)->input(u"upscale_method"_s);
    QVERIFY(method);
    QCOMPARE(method->type, u"COMBO"_s);
    QCOMPARE(method->choices(),
             (QStringList{u"nearest-exact"_s, u"bilinear"_s, u"area"_s, u"bicubic"_s, u"lanczos"_s}));
}

void tst_NodeCatalogue::outputNode()
{
    const NodeClass *save = m_catalogue.nodeClass(u"SaveImage"_s);
    QVERIFY(save);
    QVERIFY(save->outputNode);
    QCOMPARE(save->displayName, u"Save Image"_s);
    QCOMPARE(save->pythonModule, u"nodes"_s);
}

void tst_NodeCatalogue::hiddenInputs()
{
    const NodeClass *save = m_catalogue.nodeClass(u"SaveImage"_s);
    const InputSpec *prompt = save->input(u"prompt"_s);
    QVERIFY(prompt);
    QCOMPARE(prompt->section, InputSpec::Section::Hidden);
    QCOMPARE(prompt->type, u"PROMPT"_s);
    QVERIFY(!prompt->isWidget());
    QCOMPARE(save->inputs.last().name, u"extra_pnginfo"_s);
    // V3 nodes write hidden inputs as one-element arrays.
    const InputSpec *v3 = m_catalogue.nodeClass(u"LoraSave"_s)->input(u"prompt"_s);
    QVERIFY(v3);
    QCOMPARE(v3->section, InputSpec::Section::Hidden);
    QCOMPARE(v3->type, u"PROMPT"_s);
}

void tst_NodeCatalogue::captureProgressPreview()
{
    const NodeClass *c = m_catalogue.nodeClass(u"CaptureProgressPreview"_s);
    QVERIFY(c);
    QStringList names;
    for (const InputSpec &in : c->inputs)
        names.append(in.name);
    QCOMPARE(names, (QStringList{u"image"_s, u"steps"_s, u"preview_format"_s, u"max_size"_s,
                                 u"sleep_seconds"_s, u"send_text"_s, u"unique_id"_s}));
    QCOMPARE(c->input(u"steps"_s)->defaultValue().toInteger(), 4);
    QCOMPARE(c->input(u"preview_format"_s)->choices(), (QStringList{u"JPEG"_s, u"PNG"_s}));
    QCOMPARE(c->input(u"sleep_seconds"_s)->step().toDouble(), 0.05);
    QCOMPARE(c->input(u"send_text"_s)->defaultValue(), QJsonValue(true));
    QCOMPARE(c->category, u"capture"_s);
}

void tst_NodeCatalogue::negativeBigBound()
{
    bool found = false;
    for (const QString &name : m_catalogue.classNames()) {
        for (const InputSpec &in : m_catalogue.nodeClass(name)->inputs) {
            if (in.minimum().toText() == "-18446744073709551615"_L1) {
                found = true;
                QVERIFY(in.minimum() < JsonNumber::fromInt(std::numeric_limits<qint64>::min()));
            }
        }
    }
    QVERIFY(found);
}

void tst_NodeCatalogue::inputOrderFallsBackToText()
{
    const QByteArray text = R"({"N": {"input": {"optional": {"o": ["INT"]}, "required": {"z": ["FLOAT", {"default": 1.5}], "a": ["MODEL"]}},
        "output": [["a", "b"]], "name": "N", "output_node": true}})";
    NodeCatalogue::ParseError error;
    const NodeCatalogue c = NodeCatalogue::fromJson(text, &error);
    QVERIFY2(error.message.isEmpty(), qPrintable(error.message));
    const NodeClass *n = c.nodeClass(u"N"_s);
    QVERIFY(n);
    QCOMPARE(n->inputs.size(), 3);
    QCOMPARE(n->inputs.at(0).name, u"z"_s);
    QCOMPARE(n->inputs.at(1).name, u"a"_s);
    QCOMPARE(n->inputs.at(2).name, u"o"_s);
    QCOMPARE(n->inputs.at(2).section, InputSpec::Section::Optional);
    QCOMPARE(n->outputTypes, QStringList{u"COMBO"_s});
    QCOMPARE(n->displayName, u"N"_s);
}

void tst_NodeCatalogue::skipsBrokenClass()
{
    const QByteArray text = R"({"Bad": {"input": {"required": {"x": 5}}, "name": "Bad"}, "Good": {"input": {}, "name": "Good"}})";
    NodeCatalogue::ParseError error;
    const NodeCatalogue c = NodeCatalogue::fromJson(text, &error);
    QVERIFY(error.message.isEmpty());
    QCOMPARE(c.size(), 1);
    QCOMPARE(c.skippedClasses(), QStringList{u"Bad"_s});
}

void tst_NodeCatalogue::malformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("checkLine");
    QTest::addRow("truncated real file") << m_text.left(m_text.size() / 2) << true;
    QTest::addRow("truncated short") << QByteArray(R"({"A": {"input": {"required": )") << false;
    QTest::addRow("not an object") << QByteArray("[1, 2]") << false;
    QTest::addRow("garbage") << QByteArray("}}}") << false;
    // The top level is walked class by class before each class is parsed: its own mistakes.
    QTest::addRow("no comma between classes") << QByteArray(R"({"A": {"input": {}} "B": {"input": {}}})") << false;
    QTest::addRow("no colon") << QByteArray(R"({"A" {"input": {}}})") << false;
    QTest::addRow("trailing comma") << QByteArray(R"({"A": {"input": {}},})") << false;
    QTest::addRow("content after the object") << QByteArray(R"({"A": {"input": {}}} {"B": {}})") << false;
    QTest::addRow("key never closes") << QByteArray(R"({"A": {"input": {}}, "B)") << false;
    QTest::addRow("value missing") << QByteArray(R"({"A": })") << false;
    QTest::addRow("brackets cross") << QByteArray(R"({"A": {"input": [}]})") << false;
}

void tst_NodeCatalogue::malformed()
{
    QFETCH(QByteArray, text);
    NodeCatalogue::ParseError error;
    const NodeCatalogue c = NodeCatalogue::fromJson(text, &error);
    QVERIFY(c.isEmpty());
    QVERIFY(error.offset >= 0);
    QVERIFY2(error.message.contains("line "_L1) && error.message.contains("column "_L1),
             qPrintable(error.message));
}

// Quotes, backslashes and brackets inside strings (keys and values) do not end a class
// early: /object_info is split into classes before they are parsed.
void tst_NodeCatalogue::stringsThatLookLikeStructure()
{
    const QByteArray text = R"J({"A\"}{": {"input": {"required": {"t": ["STRING", {"default": "}, \"B\": {\\", "tooltip": "[{\\"}]}},
        "name": "A\"}{", "description": "ends with a backslash \\"},
      "B": {"input": {"required": {"x": [["}", "{", "\"", "\\"]]}}, "name": "B"}})J";
    NodeCatalogue::ParseError error;
    const NodeCatalogue c = NodeCatalogue::fromJson(text, &error);
    QVERIFY2(error.message.isEmpty(), qPrintable(error.message));
    QCOMPARE(c.classNames(), (QStringList{u"A\"}{"_s, u"B"_s}));
    const NodeClass *a = c.nodeClass(u"A\"}{"_s);
    QVERIFY(a);
    QCOMPARE(a->inputs.size(), 1);
    QCOMPARE(a->inputs.at(0).defaultValue().toString(), u"}, \"B\": {\\"_s);
    QCOMPARE(a->inputs.at(0).tooltip(), u"[{\\"_s);
    QCOMPARE(a->description, u"ends with a backslash \\"_s);
    const NodeClass *b = c.nodeClass(u"B"_s);
    QVERIFY(b);
    QCOMPARE(b->inputs.at(0).choices(), (QStringList{u"}"_s, u"{"_s, u"\""_s, u"\\"_s}));
}

// A mistake inside the second class is reported where it is in the whole text, not in the
// class's own piece.
void tst_NodeCatalogue::errorInALaterClassSaysWhere()
{
    const QByteArray text = "{\"A\": {\"input\": {}},\n \"B\": {\"input\": {\"required\": {\"x\" [\"INT\"]}}}}";
    NodeCatalogue::ParseError error;
    const NodeCatalogue c = NodeCatalogue::fromJson(text, &error);
    QVERIFY(c.isEmpty());
    QVERIFY2(error.offset >= text.indexOf("\"B\""), qPrintable(error.message));
    QVERIFY2(error.offset <= text.indexOf("[\"INT"), qPrintable(error.message));
    QVERIFY2(error.message.startsWith(u"line 2"_s), qPrintable(error.message));
}

// What /object_info repeats is kept once: equal choice lists, type names and tooltips of
// different classes share one copy (Qt's implicit sharing), so a server whose every loader
// lists the same thousands of model files costs one list.
void tst_NodeCatalogue::repeatedTextIsShared()
{
    const QByteArray text = R"({
      "L1": {"input": {"required": {"m": [["a.safetensors", "b.safetensors"], {"tooltip": "Pick a model."}], "s": ["INT", {"default": 1}]}}},
      "L2": {"input": {"required": {"m": [["a.safetensors", "b.safetensors"], {"tooltip": "Pick a model."}], "s": ["INT", {"default": 2}]}}},
      "L3": {"input": {"required": {"m": ["COMBO", {"options": ["a.safetensors", "c.safetensors"]}]}}}})";
    NodeCatalogue::ParseError error;
    const NodeCatalogue c = NodeCatalogue::fromJson(text, &error);
    QVERIFY2(error.message.isEmpty(), qPrintable(error.message));
    const InputSpec *m1 = c.nodeClass(u"L1"_s)->input(u"m");
    const InputSpec *m2 = c.nodeClass(u"L2"_s)->input(u"m");
    const InputSpec *m3 = c.nodeClass(u"L3"_s)->input(u"m");
    QVERIFY(m1 && m2 && m3);
    QCOMPARE(m1->choices(), m2->choices());
    QCOMPARE(m1->choices().constData(), m2->choices().constData()); // one list
    QCOMPARE(m1->tooltipUtf8().constData(), m2->tooltipUtf8().constData());
    QCOMPARE(m1->type.constData(), m3->type.constData()); // "COMBO"
    // A different list is its own, but its equal strings are still one copy each.
    QVERIFY(m3->choices().constData() != m1->choices().constData());
    QCOMPARE(m3->choices().at(0).constData(), m1->choices().at(0).constData());
    const InputSpec *s1 = c.nodeClass(u"L1"_s)->input(u"s");
    const InputSpec *s2 = c.nodeClass(u"L2"_s)->input(u"s");
    QCOMPARE(s1->name.constData(), s2->name.constData());
    QCOMPARE(s1->defaultValue().toInt(), 1); // values stay each input's own
    QCOMPARE(s2->defaultValue().toInt(), 2);
}

// An input that is the same in several classes (name, type and every option) is one
// InputSpec shared by them; one that differs in anything, even a bound 0 against 0.0, a bound
// given against none, a seed's default one above 2^53, is its own (issue 17: a class costs a pointer per shared input).
void tst_NodeCatalogue::equalInputsAreOneSpec()
{
    const QByteArray text = R"({
      "A": {"input": {"required": {"model": ["MODEL"], "x": ["FLOAT", {"default": 1, "min": 0}]}}},
      "B": {"input": {"required": {"model": ["MODEL"], "x": ["FLOAT", {"default": 1.5, "min": 0}]}},
            "input_order": {"required": ["x", "model"]}},
      "C": {"input": {"required": {"x": ["FLOAT", {"default": 1, "min": 0}]}, "optional": {"model": ["MODEL"]}}},
      "D": {"input": {"required": {"x": ["FLOAT", {"default": 1, "min": 0.0}]}}},
      "E": {"input": {"required": {"x": ["FLOAT", {"default": 1}]}}},
      "S1": {"input": {"required": {"seed": ["INT", {"default": 9007199254740992}]}}},
      "S2": {"input": {"required": {"seed": ["INT", {"default": 9007199254740993}]}}}})";
    NodeCatalogue::ParseError error;
    const NodeCatalogue c = NodeCatalogue::fromJson(text, &error);
    QVERIFY2(error.message.isEmpty(), qPrintable(error.message));
    auto spec = [&](const char *cls, const char16_t *input) {
        const NodeClass *n = c.nodeClass(QString::fromLatin1(cls));
        return n ? n->input(input) : nullptr;
    };
    QVERIFY(spec("A", u"model") && spec("B", u"model") && spec("C", u"model"));
    QCOMPARE(spec("A", u"model"), spec("B", u"model")); // one spec, whatever the order
    QCOMPARE(c.nodeClass(u"B"_s)->inputs.at(0).name, u"x"_s); // B's own order is kept
    QVERIFY(spec("C", u"model") != spec("A", u"model")); // optional, not required
    QCOMPARE(spec("C", u"model")->section, InputSpec::Section::Optional);
    QCOMPARE(spec("A", u"x"), spec("C", u"x"));
    QVERIFY(spec("A", u"x") != spec("B", u"x")); // default 1 against 1.5
    QCOMPARE(spec("B", u"x")->defaultValue().toDouble(), 1.5);
    QVERIFY(spec("S1", u"seed") != spec("S2", u"seed")); // equal as doubles, not as integers
    QCOMPARE(spec("S2", u"seed")->defaultValue().toInteger(), Q_INT64_C(9007199254740993));
    QVERIFY(spec("A", u"x") != spec("D", u"x")); // min 0 against 0.0
    QVERIFY(spec("D", u"x")->minimum().isValid() && !spec("D", u"x")->minimum().isInteger());
    QVERIFY(spec("A", u"x") != spec("E", u"x")); // a bound against none
    QVERIFY(!spec("E", u"x")->minimum().isValid());
    // A copy of the catalogue keeps the same specs: pointers taken from one stay good.
    const NodeCatalogue copy = c;
    QCOMPARE(copy.nodeClass(u"A"_s)->input(u"model"), spec("A", u"model"));
}

// Options (default, bounds, choices, tooltip, widget flags) are held once for every input
// that has the same, whatever its name: a server whose classes each name their inputs
// differently still repeats "INT, default 0, min 0, max 2^64-1" thousands of times. An input
// itself is a name, a type, a section and a pointer (issue 17: /object_info memory).
void tst_NodeCatalogue::equalOptionsAreOneCopy()
{
    static_assert(sizeof(InputSpec) <= 32, "an input whose name no other class has costs its InputSpec");
    const QByteArray text = R"({
      "A": {"input": {"required": {"seed_a": ["INT", {"default": 0, "min": 0, "max": 18446744073709551615}],
                                   "cfg_a": ["FLOAT", {"default": 8.0, "step": 0.1, "tooltip": "Guidance."}]}}},
      "B": {"input": {"required": {"seed_b": ["INT", {"default": 0, "min": 0, "max": 18446744073709551615}],
                                   "cfg_b": ["FLOAT", {"default": 8.0, "step": 0.1, "tooltip": "Other."}],
                                   "model_b": ["MODEL"]}}},
      "C": {"input": {"required": {"seed_c": ["INT", {"default": 0, "min": 0, "max": 18446744073709551614}],
                                   "text": ["STRING", {"multiline": true}]}}}})";
    NodeCatalogue::ParseError error;
    const NodeCatalogue c = NodeCatalogue::fromJson(text, &error);
    QVERIFY2(error.message.isEmpty(), qPrintable(error.message));
    auto spec = [&](const char *cls, const char16_t *input) {
        const NodeClass *n = c.nodeClass(QString::fromLatin1(cls));
        return n ? n->input(input) : nullptr;
    };
    QVERIFY(spec("A", u"seed_a") && spec("B", u"seed_b") && spec("C", u"seed_c"));
    QVERIFY(spec("A", u"seed_a") != spec("B", u"seed_b")); // two inputs: their names differ
    QCOMPARE(&spec("A", u"seed_a")->options(), &spec("B", u"seed_b")->options()); // one set of options
    QCOMPARE(spec("B", u"seed_b")->maximum().toText(), u"18446744073709551615"_s);
    QVERIFY(&spec("C", u"seed_c")->options() != &spec("A", u"seed_a")->options()); // max one less
    QCOMPARE(spec("C", u"seed_c")->maximum().toText(), u"18446744073709551614"_s);
    QVERIFY(&spec("A", u"cfg_a")->options() != &spec("B", u"cfg_b")->options()); // tooltips differ
    QCOMPARE(spec("A", u"cfg_a")->tooltip(), u"Guidance."_s);
    QCOMPARE(spec("B", u"cfg_b")->tooltip(), u"Other."_s);
    QCOMPARE(spec("B", u"cfg_b")->step().toDouble(), 0.1);
    // No options at all: every such input has the same empty ones.
    QCOMPARE(&spec("B", u"model_b")->options(), &InputOptions::none());
    QVERIFY(!spec("B", u"model_b")->defaultValue().isDouble() && spec("B", u"model_b")->choices().isEmpty());
    QVERIFY(spec("C", u"text")->multiline() && spec("C", u"text")->isWidget());
    QVERIFY(!spec("A", u"seed_a")->multiline());
}

// JSON allows a key twice (Python's json keeps the last): the last definition counts, in
// the first one's place, and the class is listed once.
void tst_NodeCatalogue::nameGivenTwiceKeepsTheLast()
{
    const QByteArray text = R"({"A": {"input": {"required": {"x": ["INT"]}}, "category": "one"},
      "B": {"input": {}, "output": ["IMAGE"]},
      "A": {"input": {"required": {"y": ["FLOAT"]}}, "category": "two", "output": ["LATENT"]}})";
    NodeCatalogue::ParseError error;
    const NodeCatalogue c = NodeCatalogue::fromJson(text, &error);
    QVERIFY2(error.message.isEmpty(), qPrintable(error.message));
    QCOMPARE(c.size(), 2);
    QCOMPARE(c.classNames(), (QStringList{u"A"_s, u"B"_s}));
    const NodeClass *a = c.nodeClass(u"A"_s);
    QVERIFY(a);
    QCOMPARE(a->category, u"two"_s);
    QCOMPARE(a->outputTypes, QStringList{u"LATENT"_s});
    QCOMPARE(a->inputs.size(), 1);
    QCOMPARE(a->inputs.at(0).name, u"y"_s);
    QCOMPARE(c.nodeClass(u"B"_s)->outputTypes, QStringList{u"IMAGE"_s});
}

// Issue 17: peak memory while parsing and holding /object_info stays within 2x its text,
// the text included, so the catalogue itself must keep less than the text. Checked on the
// worst shape for sharing: the recorded answer copied under new class names with every
// input, display name, description and tooltip renamed too, so no two classes share an
// input. Bytes are counted by the allocator (in use, heap and mmap), not timed: the same
// parse allocates the same. The peak itself is bench_objectinfomemory's figure.
void tst_NodeCatalogue::worstShapeKeepsLessThanItsText()
{
#if EASEL_UNDER_ASAN
    QSKIP("the sanitizer's allocator does not report to mallinfo2");
#endif
    const QByteArray body = m_text.mid(1, m_text.size() - 2).trimmed();
    QByteArray text = QByteArray("{") + body;
    static const char *const notInputs[] = {"output", "output_is_list", "output_name", "output_tooltips",
                                            "options", "required", "optional", "hidden"};
    for (int copy = 1; text.size() < 8 * 1024 * 1024; ++copy) {
        const QByteArray tag = QByteArray::number(copy);
        QByteArray renamed = body;
        renamed.replace("\": {\"input\": ", QByteArray("_" + tag + "\": {\"input\": "));
        renamed.replace("\"display_name\": \"", QByteArray("\"display_name\": \"#" + tag + " "));
        renamed.replace("\"description\": \"", QByteArray("\"description\": \"#" + tag + " "));
        renamed.replace("\"tooltip\": \"", QByteArray("\"tooltip\": \"#" + tag + " "));
        renamed.replace("\": [", QByteArray("_" + tag + "\": ["));
        for (const char *key : notInputs)
            renamed.replace(QByteArray(QByteArray("\"") + key + "_" + tag + "\": ["),
                            QByteArray(QByteArray("\"") + key + "\": ["));
        text += ", ";
        text += renamed;
    }
    text += "}";
    text.squeeze();
    auto inUse = [] {
        const struct mallinfo2 info = mallinfo2();
        return qint64(info.uordblks + info.hblkhd);
    };
    const qint64 before = inUse();
    NodeCatalogue::ParseError error;
    const NodeCatalogue c = NodeCatalogue::fromJson(text, &error);
    const qint64 kept = inUse() - before;
    QVERIFY2(error.message.isEmpty(), qPrintable(error.message));
    QVERIFY(c.size() > 9000);
    const NodeClass *copy = c.nodeClass(u"KSampler_7"_s);
    QVERIFY(copy && copy->input(u"seed_7") && !m_catalogue.nodeClass(u"KSampler"_s)->input(u"seed_7"));
    qInfo("text %lld bytes, %d classes: the catalogue keeps %lld bytes (%.2fx)", qint64(text.size()), c.size(), kept,
          double(kept) / double(text.size()));
    QVERIFY2(kept < text.size(), qPrintable(u"%1 bytes kept for %2 of text"_s.arg(kept).arg(text.size())));
}

QTEST_GUILESS_MAIN(tst_NodeCatalogue)
#include "tst_nodecatalogue.moc"
