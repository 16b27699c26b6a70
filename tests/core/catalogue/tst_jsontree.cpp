#include "jsontree.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using Easel::JsonTree;

class tst_JsonTree : public QObject
{
    Q_OBJECT
private slots:
    void keepsKeyOrderAndExactIntegers();
    void writesLikePython();
    void writesEveryEscapeLikePython();
    void malformed_data();
    void malformed();
    void errorPointsAtTheBreak_data();
    void errorPointsAtTheBreak();
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

// Strings are written a run of plain characters at a time and integers without a QString:
// every escape and number kind as Python's json.dumps (ensure_ascii) writes it. The
// expected text is json.dumps's own output for the same value.
void tst_JsonTree::writesEveryEscapeLikePython()
{
    JsonTree t = JsonTree::object();
    t.insert(u"k\"ey\\"_s, JsonTree::fromString(u"plain text, then \"quotes\" and \\ back\\slash\n\ttab\r\b\f\x01\x1f end"_s));
    t.insert(u"\u00e9"_s, JsonTree::fromString(u"caf\u00e9 \u2615 \U0001F600 \x7f~ "_s));
    t.insert(u""_s, JsonTree::fromString(QString()));
    JsonTree numbers = JsonTree::array();
    numbers.append(JsonTree::fromInt(0));
    numbers.append(JsonTree::fromInt(-5));
    numbers.append(JsonTree::fromNumber(Easel::JsonNumber::fromUInt(18446744073709551615ULL)));
    numbers.append(JsonTree::fromNumber(Easel::JsonNumber::fromText(u"-18446744073709551615")));
    numbers.append(JsonTree::fromDouble(1.5));
    numbers.append(JsonTree::fromDouble(-2.25e-07));
    numbers.append(JsonTree::fromDouble(1e16));
    numbers.append(JsonTree::fromInt(123456789012345678));
    numbers.append(JsonTree::fromInt(std::numeric_limits<qint64>::min()));
    t.insert(u"x"_s, numbers);
    const QByteArray python = R"({"k\"ey\\": "plain text, then \"quotes\" and \\ back\\slash\n\ttab\r\b\f\u0001\u001f end", )"
                              R"("\u00e9": "caf\u00e9 \u2615 \ud83d\ude00 \u007f~ ", "": "", )"
                              R"("x": [0, -5, 18446744073709551615, -18446744073709551615, 1.5, -2.25e-07, 1e+16, )"
                              R"(123456789012345678, -9223372036854775808]})";
    QCOMPARE(t.toPython(), python);
    QCOMPARE(JsonTree::parse(python).toPython(), python);
    // Read and written back as Python does (json.dumps(json.loads(...))).
    QCOMPARE(JsonTree::parse("[-0, 0, -1, 9223372036854775807, 9223372036854775808]").toPython(),
             QByteArray("[0, 0, -1, 9223372036854775807, 9223372036854775808]"));
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

void tst_JsonTree::errorPointsAtTheBreak_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<qint64>("offset");
    // The quote before abc is column 47 of line 3 (line 3 starts at offset 10: offset 56).
    QTest::addRow("unterminated string: where it opened, and the end")
        << QByteArray("{\n \"1\": {\n  \"class_type\": \"EmptyImage\", \"inputs\": {\"t\": \"abc")
        << u"line 3, column 47: the string that opens here is never closed: the file ends inside it (line 3, column 51)"_s
        << qint64(56);
    QTest::addRow("escaped quote does not close it")
        << QByteArray(R"({"a": "x\")") << u"line 1, column 7: the string that opens here"_s << qint64(6);
    QTest::addRow("truncated after a value")
        << QByteArray(R"({"a": [1, 2)") << u"line 1, column 12: the file ends before the \"[\" opened at line 1, column 7 is closed"_s
        << qint64(11);
    QTest::addRow("wrong closing bracket")
        << QByteArray(R"({"a": [1, 2}})") << u"line 1, column 12: \"}\" does not close the \"[\" opened at line 1, column 7"_s
        << qint64(11);
    QTest::addRow("closes nothing") << QByteArray(R"({"a": 1}})") << u"line 1, column 9: \"}\" closes nothing"_s << qint64(8);
}

void tst_JsonTree::errorPointsAtTheBreak()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    QFETCH(qint64, offset);
    Easel::JsonParseError error;
    QVERIFY(JsonTree::parse(text, &error).isNull());
    QVERIFY2(error.message.startsWith(expected), qPrintable(error.message));
    QCOMPARE(error.offset, offset);
}

QTEST_GUILESS_MAIN(tst_JsonTree)
#include "tst_jsontree.moc"
