// The frontend's queue-time rules, with expected values worked out by hand from its code
// (ComfyUI_frontend formatUtil.ts processDynamicPrompt/formatDate @ 1c03589c,
// searchAndReplace.ts applyTextReplacements @ 03389bac, saveImageExtraOutput.ts @ 0146a3b8,
// dynamicPrompts.ts @ 0cebe754) and the shared fixtures (default.json and its expected
// API prompt, the captured /object_info).
#include "dynamicprompt.h"
#include "nodecatalogue.h"
#include "queuetimeresolver.h"
#include "queuetimetemplates.h"
#include "textreplacements.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <ctime>

using namespace Easel;
using namespace Qt::StringLiterals;

class tst_QueueTimeRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dynamicPrompt_data();
    void dynamicPrompt();
    void dynamicPromptVariesOverJobs();
    void dynamicPromptDeepNestingIsBounded();
    void formatDate_data();
    void formatDate();
    void dateIsLocalTime();
    void replacements_data();
    void replacements();
    void resolverOnFixture();
    void resolverUsesJobValues();
    void mutedNodesAreLookedUpToo();
    void resolverWithoutCatalogueLeavesPromptsAlone();
    void templatesComeBackFromTheJobsWorkflow();
    void valuesWrittenAsJavaScriptDoes_data();
    void valuesWrittenAsJavaScriptDoes();

private:
    static JsonTree readJson(const QString &relative);
    std::shared_ptr<const NodeCatalogue> m_catalogue;
};

namespace {

// Picks the scripted indices in order (0 once the script runs out).
DynamicPrompt::Picker script(QList<int> picks)
{
    auto remaining = std::make_shared<QList<int>>(std::move(picks));
    return [remaining](int count) {
        if (remaining->isEmpty())
            return 0;
        const int pick = remaining->takeFirst();
        return pick < count ? pick : 0;
    };
}

} // namespace

void tst_QueueTimeRules::initTestCase()
{
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/captures/object_info.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_catalogue = std::make_shared<NodeCatalogue>(NodeCatalogue::fromJson(file.readAll()));
    QVERIFY(!m_catalogue->isEmpty());
}

JsonTree tst_QueueTimeRules::readJson(const QString &relative)
{
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/workflows/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return JsonTree::parse(file.readAll());
}

void tst_QueueTimeRules::dynamicPrompt_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QList<int>>("picks");
    QTest::addColumn<QString>("expected");

    QTest::addRow("plain text") << u"a cat"_s << QList<int>{} << u"a cat"_s;
    QTest::addRow("one group, second option") << u"a {red|blue|green} cat"_s << QList<int>{1} << u"a blue cat"_s;
    QTest::addRow("one group, last option") << u"a {red|blue|green} cat"_s << QList<int>{2} << u"a green cat"_s;
    // The outer group is split at its own depth: "a" and "{b|c}"; the chosen one is parsed again.
    QTest::addRow("nested, inner chosen") << u"{a|{b|c}}"_s << QList<int>{1, 1} << u"c"_s;
    QTest::addRow("nested, outer chosen") << u"{a|{b|c}}"_s << QList<int>{0} << u"a"_s;
    QTest::addRow("two groups") << u"{x|y} and {p|q}"_s << QList<int>{1, 0} << u"y and p"_s;
    // Comments go before the parse: the line comment to the end of its line (not the
    // newline), the block comment shortest-first.
    QTest::addRow("line comment") << u"a cat // a note\nsits"_s << QList<int>{} << u"a cat \nsits"_s;
    QTest::addRow("block comment") << u"a /* one */cat /* two */"_s << QList<int>{} << u"a cat "_s;
    QTest::addRow("block comment over lines") << u"a/* x\ny */b"_s << QList<int>{} << u"ab"_s;
    QTest::addRow("unterminated block comment stays") << u"a /* b"_s << QList<int>{} << u"a /* b"_s;
    QTest::addRow("comment hides a separator") << u"{x // y|z\n|w}"_s << QList<int>{1} << u"w"_s;
    QTest::addRow("escaped braces and bar") << u"\\{not\\|a group\\}"_s << QList<int>{} << u"{not|a group}"_s;
    QTest::addRow("other escapes stay") << u"a\\nb"_s << QList<int>{} << u"a\\nb"_s;
    QTest::addRow("escape inside a group") << u"{\\{x\\}|y}"_s << QList<int>{0} << u"{x}"_s;
    QTest::addRow("escaped bar does not split") << u"{a\\|b|c}"_s << QList<int>{0} << u"a|b"_s;
    QTest::addRow("empty option chosen") << u"a{|b}c"_s << QList<int>{0} << u"ac"_s;
    QTest::addRow("empty group") << u"a{}c"_s << QList<int>{} << u"ac"_s;
    QTest::addRow("trailing empty option") << u"{b|}"_s << QList<int>{1} << QString();
    QTest::addRow("unclosed brace ends at the end") << u"a {b|c"_s << QList<int>{1} << u"a c"_s;
    QTest::addRow("stray closing brace is text") << u"a } b"_s << QList<int>{} << u"a } b"_s;
    // The one deliberate difference (the frontend appends "undefined").
    QTest::addRow("trailing backslash kept") << u"a\\"_s << QList<int>{} << u"a\\"_s;
}

void tst_QueueTimeRules::dynamicPrompt()
{
    QFETCH(QString, input);
    QFETCH(QList<int>, picks);
    QFETCH(QString, expected);
    QCOMPARE(DynamicPrompt::resolve(input, script(picks)), expected);
}

void tst_QueueTimeRules::dynamicPromptVariesOverJobs()
{
    QRandomGenerator rng(1234);
    const DynamicPrompt::Picker pick = [&rng](int n) { return int(rng.bounded(n)); };
    QSet<QString> seen;
    for (int job = 0; job < 60; ++job) {
        const QString text = DynamicPrompt::resolve(u"a {red|blue|{pale|dark} green} cat"_s, pick);
        QVERIFY2(QSet<QString>({u"a red cat"_s, u"a blue cat"_s, u"a pale green cat"_s, u"a dark green cat"_s})
                     .contains(text),
                 qPrintable(text));
        seen.insert(text);
    }
    QVERIFY(seen.size() > 1);
}

void tst_QueueTimeRules::dynamicPromptDeepNestingIsBounded()
{
    const QString deep = QString(100000, u'{') + u"x"_s;
    const QString out = DynamicPrompt::resolve(deep, script({}));
    QVERIFY(out.size() < deep.size()); // peeled, not a stack overflow
}

void tst_QueueTimeRules::formatDate_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected");
    // 2026-03-04 05:06:07 local
    QTest::addRow("iso date") << u"yyyy-MM-dd"_s << u"2026-03-04"_s;
    QTest::addRow("unpadded") << u"d/M/yy h:m:s"_s << u"4/3/26 5:6:7"_s;
    QTest::addRow("padded time") << u"hh-mm-ss"_s << u"05-06-07"_s;
    QTest::addRow("three y are kept") << u"yyy"_s << u"yyy"_s;
    QTest::addRow("one y is text") << u"y"_s << u"y"_s;
    QTest::addRow("five y: four, then one") << u"yyyyy"_s << u"2026y"_s;
    QTest::addRow("three d: two, then one") << u"ddd"_s << u"044"_s;
    QTest::addRow("other letters") << u"Day_HH"_s << u"Day_HH"_s;
}

void tst_QueueTimeRules::formatDate()
{
    QFETCH(QString, format);
    QFETCH(QString, expected);
    const QDateTime local(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::LocalTime);
    QCOMPARE(TextReplacements::formatDate(format, local), expected);
}

void tst_QueueTimeRules::dateIsLocalTime()
{
    // 23:30 UTC is the next morning in Tokyo (UTC+9, no daylight saving).
    const QByteArray previous = qgetenv("TZ");
    qputenv("TZ", "Asia/Tokyo");
    tzset();
    const QDateTime utc(QDate(2026, 3, 4), QTime(23, 30), Qt::UTC);
    const QString out = TextReplacements::apply(u"%date:yyyy-MM-dd hh:mm%"_s, {}, utc);
    if (previous.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", previous);
    tzset();
    QCOMPARE(out, u"2026-03-05 08:30"_s);
}

void tst_QueueTimeRules::replacements_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::addRow("date and seed") << u"%date:yyyy-MM-dd%/portrait_%KSampler.seed%"_s
                                   << u"2026-03-04/portrait_156680208700286"_s;
    QTest::addRow("by S&R name over title") << u"%Sampler.steps%"_s << u"30"_s;
    QTest::addRow("by title") << u"%Empty Latent Image.width%"_s << u"512"_s;
    QTest::addRow("first of two") << u"%CLIPTextEncode.text%"_s << u"first"_s;
    QTest::addRow("unsafe characters") << u"%Notes.text%"_s << u"a_b_c_d_e_f_g_h_i_j_k"_s;
    QTest::addRow("boolean and float") << u"%KSampler.flag%-%KSampler.cfg%"_s << u"true-7.5"_s;
    QTest::addRow("unknown node kept") << u"x_%Nope.seed%"_s << u"x_%Nope.seed%"_s;
    QTest::addRow("unknown widget kept") << u"%KSampler.nope%"_s << u"%KSampler.nope%"_s;
    QTest::addRow("server's own tokens kept") << u"%width%x%height%"_s << u"%width%x%height%"_s;
    QTest::addRow("three parts kept") << u"%a.b.c%"_s << u"%a.b.c%"_s;
    QTest::addRow("dotted date: first part only") << u"%date:yyyy.MM.dd%"_s << u"2026"_s;
    QTest::addRow("dotted date with one dot is a look-up") << u"%date:yyyy.MM%"_s << u"%date:yyyy.MM%"_s;
    QTest::addRow("double percent") << u"100%%KSampler.steps%"_s << u"100%20"_s;
    QTest::addRow("lone percent") << u"50% off"_s << u"50% off"_s;
}

void tst_QueueTimeRules::replacements()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QList<TextReplacements::Node> nodes;
    nodes.append({u"KSampler"_s, true, u"KSampler"_s,
                  {{u"seed"_s, u"156680208700286"_s}, {u"steps"_s, u"20"_s}, {u"flag"_s, u"true"_s},
                   {u"cfg"_s, u"7.5"_s}}});
    nodes.append({u"KSampler"_s, true, u"Sampler"_s, {{u"steps"_s, u"25"_s}}});
    nodes.append({u"Sampler"_s, true, u"Other"_s, {{u"steps"_s, u"30"_s}}});
    nodes.append({u"EmptyLatentImage"_s, true, u"Empty Latent Image"_s, {{u"width"_s, u"512"_s}}});
    nodes.append({u"CLIPTextEncode"_s, true, u"A"_s, {{u"text"_s, u"first"_s}}});
    nodes.append({u"CLIPTextEncode"_s, true, u"B"_s, {{u"text"_s, u"second"_s}}});
    nodes.append({QString(), false, u"Notes"_s, {{u"text"_s, u"a/b?c<d>e\\f:g*h|i\"j\x01k"_s}}});
    const QDateTime local(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::LocalTime);
    QCOMPARE(TextReplacements::apply(value, nodes, local), expected);
}

void tst_QueueTimeRules::resolverOnFixture()
{
    // default.json's graph as the server gets it; the user has typed a dynamic prompt and a
    // patterned file name.
    JsonTree prompt = readJson(u"expected/default.api.json"_s);
    const JsonTree saved = readJson(u"ui/default.json"_s);
    QVERIFY(prompt.isObject());
    QVERIFY(saved.isObject());
    prompt.findMutable(u"6")->findMutable(u"inputs")->insert(u"text"_s, JsonTree::fromString(u"a {red|blue} cat // note"_s));
    prompt.findMutable(u"9")->findMutable(u"inputs")->insert(
        u"filename_prefix"_s,
        JsonTree::fromString(u"%date:yyyy%/%KSampler.seed%_%CLIPTextEncode.text%_{a|b}_%width%"_s));
    const QueueTimeResolver resolver(prompt, m_catalogue.get(), saved);
    QVERIFY(!resolver.isEmpty());
    const QDateTime local(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::LocalTime);
    const QList<QueueTimeResolver::Value> values = resolver.resolve({}, script({1}), local);
    QCOMPARE(values.size(), 2);
    // CLIPTextEncode's text is dynamicPrompts: true in /object_info.
    QCOMPARE(values.at(0).nodeId, u"6"_s);
    QCOMPARE(values.at(0).input, u"text"_s);
    QCOMPARE(values.at(0).value, u"a blue cat "_s);
    // filename_prefix: not dynamic ({a|b} stays); the first CLIPTextEncode in the saved
    // graph's order is node 7; %width% is the server's.
    QCOMPARE(values.at(1).nodeId, u"9"_s);
    QCOMPARE(values.at(1).value, u"2026/156680208700286_text, watermark_{a|b}_%width%"_s);
}

void tst_QueueTimeRules::resolverUsesJobValues()
{
    JsonTree prompt = readJson(u"expected/default.api.json"_s);
    QVERIFY(prompt.isObject());
    prompt.findMutable(u"9")->findMutable(u"inputs")->insert(
        u"filename_prefix"_s, JsonTree::fromString(u"s%KSampler.seed%_w%Empty Latent Image.width%_%CLIP Text Encode (Prompt).text%"_s));
    const QueueTimeResolver resolver(prompt, m_catalogue.get());
    const JsonTree seed = JsonTree::fromInt(1840636368941396);
    const JsonTree width = JsonTree::fromInt(256);
    const JsonTree text = JsonTree::fromString(u"{x|y}: a/b"_s);
    const auto jobValue = [&](const QString &node, const QString &input) -> const JsonTree * {
        if (node == u"3" && input == u"seed")
            return &seed;
        if (node == u"5" && input == u"width")
            return &width;
        if (node == u"6" && input == u"text")
            return &text;
        return nullptr;
    };
    const QList<QueueTimeResolver::Value> values = resolver.resolve(jobValue, script({0}), QDateTime::currentDateTime());
    QCOMPARE(values.size(), 2);
    QCOMPARE(values.at(0).nodeId, u"6"_s);
    QCOMPARE(values.at(0).value, u"x: a/b"_s);
    // Without a saved workflow the prompt's order counts: node 6 is the first titled so;
    // the look-up reads its template, with unsafe characters replaced.
    QCOMPARE(values.at(1).value, u"s1840636368941396_w256_{x_y}_ a_b"_s);
}

// default.json with EmptyLatentImage (node 5) muted: it is not in the prompt, but the
// frontend's graph still has it, so %EmptyLatentImage.width% reads its saved 512; a
// renamed node is found by its S&R property, not its type.
void tst_QueueTimeRules::mutedNodesAreLookedUpToo()
{
    JsonTree saved = readJson(u"ui/default.json"_s);
    JsonTree *nodes = saved.findMutable(u"nodes");
    QVERIFY(nodes);
    for (int i = 0; i < nodes->size(); ++i) {
        const QString id = nodes->at(i).value(u"id").toNumber().toText();
        if (id == u"5")
            nodes->at(i).insert(u"mode"_s, JsonTree::fromInt(2));
        if (id == u"3") {
            JsonTree properties = JsonTree::object();
            properties.insert(u"Node name for S&R"_s, JsonTree::fromString(u"Sampler"_s));
            nodes->at(i).insert(u"properties"_s, properties);
        }
    }
    JsonTree prompt = readJson(u"expected/default.api.json"_s);
    prompt.remove(u"5");
    prompt.findMutable(u"9")->findMutable(u"inputs")->insert(
        u"filename_prefix"_s, JsonTree::fromString(u"%EmptyLatentImage.width%_%Sampler.steps%_%KSampler.steps%"_s));
    const QueueTimeResolver resolver(prompt, m_catalogue.get(), saved);
    const QList<QueueTimeResolver::Value> values = resolver.resolve({}, script({}), QDateTime::currentDateTime());
    QCOMPARE(values.size(), 1);
    // KSampler is no node's S&R name now, nor a title ("KSampler" is the display name, so
    // the title look-up finds it): 20 both ways.
    QCOMPARE(values.at(0).value, u"512_20_20"_s);
}

void tst_QueueTimeRules::resolverWithoutCatalogueLeavesPromptsAlone()
{
    JsonTree prompt = readJson(u"expected/default.api.json"_s);
    prompt.findMutable(u"6")->findMutable(u"inputs")->insert(u"text"_s, JsonTree::fromString(u"{a|b}"_s));
    const QueueTimeResolver resolver(prompt, nullptr);
    QVERIFY(resolver.resolve({}, script({1}), QDateTime::currentDateTime()).isEmpty());
}

// "Use these settings" keeping templates: the job's saved workflow (default.json with a
// dynamic prompt in node 6 and a patterned name in node 9, and the job's seed) gives the
// text as written back to the prompt that ran; the seed stays the job's.
void tst_QueueTimeRules::templatesComeBackFromTheJobsWorkflow()
{
    JsonTree saved = readJson(u"ui/default.json"_s);
    JsonTree *nodes = saved.findMutable(u"nodes");
    QVERIFY(nodes);
    for (int i = 0; i < nodes->size(); ++i) {
        JsonTree &node = nodes->at(i);
        const QString id = node.value(u"id").toNumber().toText();
        JsonTree values = JsonTree::array();
        if (id == u"6")
            values.append(JsonTree::fromString(u"a {red|blue} cat"_s));
        else if (id == u"9")
            values.append(JsonTree::fromString(u"%date:yyyy%_x"_s));
        else
            continue;
        node.insert(u"widgets_values"_s, values);
    }
    JsonTree ran = readJson(u"expected/default.api.json"_s);
    ran.findMutable(u"6")->findMutable(u"inputs")->insert(u"text"_s, JsonTree::fromString(u"a blue cat"_s));
    ran.findMutable(u"9")->findMutable(u"inputs")->insert(u"filename_prefix"_s, JsonTree::fromString(u"2026_x"_s));
    ran.findMutable(u"3")->findMutable(u"inputs")->insert(u"seed"_s, JsonTree::fromInt(42));
    const JsonTree restored =
        JsonTree::parse(QueueTimeTemplates::restore(ran.toPython(), saved.toPython(), m_catalogue));
    QCOMPARE(restored.value(u"6").value(u"inputs").value(u"text").toString(), u"a {red|blue} cat"_s);
    QCOMPARE(restored.value(u"9").value(u"inputs").value(u"filename_prefix").toString(), u"%date:yyyy%_x"_s);
    QCOMPARE(restored.value(u"3").value(u"inputs").value(u"seed").toNumber().toInt(), 42);
    QCOMPARE(restored.value(u"7").value(u"inputs").value(u"text").toString(), u"text, watermark"_s);
    // No workflow (an API job): as it ran.
    QCOMPARE(QueueTimeTemplates::restore(ran.toPython(), {}, m_catalogue), ran.toPython());
}

// ('' + value) in the frontend: Number.prototype.toString, true/false, '' for null.
void tst_QueueTimeRules::valuesWrittenAsJavaScriptDoes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::addRow("integer") << QByteArray("512") << u"512"_s;
    QTest::addRow("float") << QByteArray("7.5") << u"7.5"_s;
    QTest::addRow("whole float") << QByteArray("8.0") << u"8"_s;
    QTest::addRow("small") << QByteArray("1e-7") << u"1e-7"_s;
    QTest::addRow("large") << QByteArray("1e21") << u"1e+21"_s;
    QTest::addRow("true") << QByteArray("true") << u"true"_s;
    QTest::addRow("null") << QByteArray("null") << QString();
    QTest::addRow("text") << QByteArray("\"a/b\"") << u"a/b"_s;
    // The one difference: exact past 2^53 (JavaScript would print 18446744073709552000).
    QTest::addRow("64-bit seed") << QByteArray("18446744073709551615") << u"18446744073709551615"_s;
}

void tst_QueueTimeRules::valuesWrittenAsJavaScriptDoes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QCOMPARE(QueueTimeResolver::javaScriptText(JsonTree::parse(json)), expected);
}

QTEST_GUILESS_MAIN(tst_QueueTimeRules)
#include "tst_queuetimerules.moc"
