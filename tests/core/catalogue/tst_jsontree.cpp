#include "jsontree.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Easel::JsonTree;

class tst_JsonTree : public QObject
{
    Q_OBJECT
private slots:
    void keepsKeyOrderAndExactIntegers();
    void writesLikePython();
    void malformed_data();
    void malformed();
};

void tst_JsonTree::keepsKeyOrderAndExactIntegers()
{
    Easel::JsonParseError error;
    const JsonTree t = JsonTree::parse(R"({"z": 1, "a": {"seed": 18446744073709551615}, "m": [true, null, "x"]})", &error);
    QVERIFY2(error.message.isEmpty(), qPrintable(error.message));
    QCOMPARE(t.keys(), (QStringList{u"z"_s, u"a"_s, u"m"_s}));
    QCOMPARE(t.value(u"a").value(u"seed").toNumber().toText(), u"18446744073709551615"_s);
    QCOMPARE(t.value(u"m").size(), 3);
    QVERIFY(t.value(u"m").at(1).isNull());
}

void tst_JsonTree::writesLikePython()
{
    const QByteArray text = R"({"type": "status", "data": {"v": 0.0, "n": null, "s": "caf\u00e9 \"q\"", "l": [1, 2]}})";
    const JsonTree t = JsonTree::parse(text);
    QCOMPARE(t.toPython(), text);
    QCOMPARE(JsonTree::parse("{\"a\":1,\"b\":[]}").toPython(), QByteArray(R"({"a": 1, "b": []})"));
}

void tst_JsonTree::malformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addRow("truncated object") << QByteArray(R"({"prompt": {"1": {"class_type": "EmptyImage", )");
    QTest::addRow("trailing garbage") << QByteArray(R"({"a": 1} x)");
    QTest::addRow("bad literal") << QByteArray(R"({"a": tru})");
    QTest::addRow("empty") << QByteArray();
}

void tst_JsonTree::malformed()
{
    QFETCH(QByteArray, text);
    Easel::JsonParseError error;
    const JsonTree t = JsonTree::parse(text, &error);
    QVERIFY(t.isNull());
    QVERIFY(!error.message.isEmpty());
    QVERIFY2(error.message.startsWith("line "_L1), qPrintable(error.message));
    QVERIFY(error.offset >= 0);
}

QTEST_GUILESS_MAIN(tst_JsonTree)
#include "tst_jsontree.moc"
