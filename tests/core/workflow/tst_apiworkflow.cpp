// Reading API-format workflow files: the sample workflows open, bad files say what and
// where, --set and seed variation edit only what they should.
#include "apiworkflow.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Easel;
using namespace Qt::StringLiterals;

class tst_ApiWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void samplesOpen_data();
    void samplesOpen();
    void badInput_data();
    void badInput();
    void setInput();
    void randomizeSeeds();
    void seedsStayExact();
};

void tst_ApiWorkflow::samplesOpen_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("sd15") << u"sd15_basic.json"_s;
    QTest::addRow("sdxl") << u"default_graph_sdxl1_0.json"_s;
    QTest::addRow("dynamic group") << u"dynamic_group_sparse_api.json"_s;
}

void tst_ApiWorkflow::samplesOpen()
{
    QFETCH(QString, file);
    const QString path = QStringLiteral(EASEL_SHARED_DIR "/workflows/api/") + file;
    QFile raw(path);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(raw.readAll()).object();
    ApiWorkflow::LoadError error;
    const ApiWorkflow workflow = ApiWorkflow::fromFile(path, &error);
    QVERIFY2(!workflow.isNull(), qPrintable(error.message));
    QCOMPARE(workflow.nodes().size(), expected.size());
    for (const ApiWorkflow::Node &node : workflow.nodes())
        QCOMPARE(node.classType, expected.value(node.id).toObject().value("class_type"_L1).toString());
}

void tst_ApiWorkflow::badInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::addRow("truncated") << QByteArray("{\"1\": {\"class_type\": \"A\"") << u"line 1"_s;
    QTest::addRow("syntax on line 3") << QByteArray("{\n\"1\": {\"class_type\": \"A\"},\n oops}") << u"line 3"_s;
    QTest::addRow("empty file") << QByteArray() << u"not valid JSON"_s;
    QTest::addRow("array") << QByteArray("[]") << u"not a workflow"_s;
    QTest::addRow("no nodes") << QByteArray("{}") << u"no nodes"_s;
    QTest::addRow("ui format") << QByteArray(R"({"nodes": [], "links": []})") << u"Export (API)"_s;
    QTest::addRow("node not object") << QByteArray(R"({"1": 5})") << u"class_type"_s;
    QTest::addRow("inputs not object") << QByteArray(R"({"1": {"class_type": "A", "inputs": []}})")
                                       << u"inputs"_s;
}

void tst_ApiWorkflow::badInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    ApiWorkflow::LoadError error;
    QVERIFY(ApiWorkflow::fromJson(json, u"w.json"_s, &error).isNull());
    QVERIFY2(error.message.contains(expected), qPrintable(error.message));
    QVERIFY(error.message.contains(u"w.json"_s));
}

void tst_ApiWorkflow::setInput()
{
    ApiWorkflow::LoadError error;
    ApiWorkflow workflow = ApiWorkflow::fromJson(
        R"({"3": {"class_type": "KSampler", "inputs": {"seed": 1, "model": ["4", 0]}}})", u"w"_s, &error);
    QString message;
    QVERIFY(workflow.setInput(u"3"_s, u"seed"_s, u"42"_s, &message));
    QVERIFY(workflow.setInput(u"3"_s, u"sampler_name"_s, u"euler a"_s, &message));
    QVERIFY(!workflow.setInput(u"3"_s, u"model"_s, u"1"_s, &message));
    QVERIFY(message.contains(u"link"_s));
    QVERIFY(!workflow.setInput(u"9"_s, u"seed"_s, u"1"_s, &message));
    const QJsonObject inputs = QJsonDocument::fromJson(workflow.json()).object()
                                   .value("3"_L1).toObject().value("inputs"_L1).toObject();
    QCOMPARE(inputs.value("seed"_L1).toInteger(), 42);
    QCOMPARE(inputs.value("sampler_name"_L1).toString(), u"euler a"_s);
}

void tst_ApiWorkflow::randomizeSeeds()
{
    ApiWorkflow::LoadError error;
    ApiWorkflow workflow = ApiWorkflow::fromJson(
        R"({"3": {"class_type": "KSampler", "inputs": {"seed": 1}},
            "4": {"class_type": "KSamplerAdvanced", "inputs": {"noise_seed": 1}},
            "5": {"class_type": "EmptyLatentImage", "inputs": {"width": 512}}})", u"w"_s, &error);
    QCOMPARE(workflow.randomizeSeeds({u"4.noise_seed"_s}), 1);
    const QJsonObject root = QJsonDocument::fromJson(workflow.json()).object();
    QCOMPARE(root.value("4"_L1).toObject().value("inputs"_L1).toObject().value("noise_seed"_L1).toInteger(), 1);
    QCOMPARE(root.value("5"_L1).toObject().value("inputs"_L1).toObject().value("width"_L1).toInteger(), 512);
    // The inputs a many-job run varies are the ones randomizeSeeds changes: numbers named
    // seed or noise_seed, not kept, not links.
    const ApiWorkflow many = ApiWorkflow::fromJson(
        R"({"3": {"class_type": "KSampler", "inputs": {"seed": 1, "steps": 20}},
            "4": {"class_type": "KSamplerAdvanced", "inputs": {"noise_seed": 1, "seed": ["9", 0]}},
            "6": {"class_type": "RandomNoise", "inputs": {"noise_seed": 7}}})", u"w"_s, &error);
    const QList<std::pair<QString, QString>> expected{{u"3"_s, u"seed"_s}, {u"4"_s, u"noise_seed"_s}};
    QCOMPARE(many.seedInputs({u"6.noise_seed"_s}), expected);
    QVERIFY(ApiWorkflow::freshSeed() >= 0 && ApiWorkflow::freshSeed() < (qint64(1) << 53));
}

// Seeds are unsigned 64-bit; a QJsonDocument round trip would turn 18446744073709551615
// into 1.8446744073709552e+19. Edits and seed variation must leave them exact.
void tst_ApiWorkflow::seedsStayExact()
{
    ApiWorkflow::LoadError error;
    ApiWorkflow workflow = ApiWorkflow::fromJson(
        R"({"3": {"class_type": "KSampler", "inputs": {"seed": 1, "cfg": 7.5}},
            "4": {"class_type": "KSamplerAdvanced", "inputs": {"noise_seed": 18446744073709551615}}})",
        u"w"_s, &error);
    QVERIFY2(!workflow.isNull(), qPrintable(error.message));
    QString message;
    QVERIFY(workflow.setInput(u"3"_s, u"seed"_s, u"18446744073709551615"_s, &message));
    QVERIFY(workflow.json().contains(R"("seed": 18446744073709551615)"));
    QVERIFY(workflow.json().contains(R"("noise_seed": 18446744073709551615)"));
    QVERIFY(workflow.json().contains(R"("cfg": 7.5)"));
    QCOMPARE(workflow.randomizeSeeds({u"4.noise_seed"_s}), 1);
    QVERIFY(workflow.json().contains(R"("noise_seed": 18446744073709551615)"));
    QVERIFY(!workflow.json().contains(R"("seed": 18446744073709551615)"));
    // Key order survives: node 3 first, its inputs in file order.
    QVERIFY(workflow.json().indexOf("\"3\"") < workflow.json().indexOf("\"4\""));
}

QTEST_GUILESS_MAIN(tst_ApiWorkflow)
#include "tst_apiworkflow.moc"
