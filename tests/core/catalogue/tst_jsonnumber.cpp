#include "jsonnumber.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Easel::JsonNumber;

class tst_JsonNumber : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void compare_data();
    void compare();
    void invalidText_data();
    void invalidText();
    void realText();
};

void tst_JsonNumber::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("integer");
    QTest::addColumn<QString>("roundTrip");
    QTest::addRow("zero") << u"0"_s << true << u"0"_s;
    QTest::addRow("negative zero") << u"-0"_s << true << u"0"_s;
    QTest::addRow("int64 max") << u"9223372036854775807"_s << true << u"9223372036854775807"_s;
    QTest::addRow("int64 min") << u"-9223372036854775808"_s << true << u"-9223372036854775808"_s;
    QTest::addRow("uint64 max seed") << u"18446744073709551615"_s << true << u"18446744073709551615"_s;
    QTest::addRow("minus uint64 max") << u"-18446744073709551615"_s << true << u"-18446744073709551615"_s;
    QTest::addRow("above uint64") << u"18446744073709551616"_s << false << u"1.8446744073709552e+19"_s;
    QTest::addRow("exponent") << u"1e9"_s << false << u"1000000000.0"_s;
    QTest::addRow("half") << u"0.5"_s << false << u"0.5"_s;
    QTest::addRow("real one") << u"1.0"_s << false << u"1.0"_s;
    QTest::addRow("whitespace") << u" 42 "_s << true << u"42"_s;
}

void tst_JsonNumber::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, integer);
    QFETCH(QString, roundTrip);
    bool ok = false;
    const JsonNumber n = JsonNumber::fromText(text, &ok);
    QVERIFY(ok);
    QVERIFY(n.isValid());
    QCOMPARE(n.isInteger(), integer);
    QCOMPARE(n.toText(), roundTrip);
}

void tst_JsonNumber::compare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");
    QTest::addRow("seed max equal") << u"18446744073709551615"_s << u"18446744073709551615"_s << 0;
    QTest::addRow("seed max vs one less") << u"18446744073709551614"_s << u"18446744073709551615"_s << -1;
    QTest::addRow("doubles cannot tell these apart")
        << u"18446744073709551615"_s << u"18446744073709551614"_s << 1;
    QTest::addRow("negative big") << u"-18446744073709551615"_s << u"-18446744073709551614"_s << -1;
    QTest::addRow("negative vs positive") << u"-18446744073709551615"_s << u"0"_s << -1;
    QTest::addRow("int64 min vs below") << u"-9223372036854775808"_s << u"-9223372036854775809"_s << 1;
    QTest::addRow("int vs real") << u"1"_s << u"1.5"_s << -1;
    QTest::addRow("real equals int") << u"2.0"_s << u"2"_s << 0;
    QTest::addRow("zero and negative zero") << u"0"_s << u"-0"_s << 0;
    QTest::addRow("1e9 vs 16384") << u"1000000000"_s << u"16384"_s << 1;
}

void tst_JsonNumber::compare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    const JsonNumber x = JsonNumber::fromText(a);
    const JsonNumber y = JsonNumber::fromText(b);
    QCOMPARE(x.compare(y), expected);
    QCOMPARE(y.compare(x), -expected);
    QCOMPARE(x == y, expected == 0);
    QCOMPARE(x < y, expected < 0);
}

void tst_JsonNumber::invalidText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("empty") << QString();
    QTest::addRow("minus only") << u"-"_s;
    QTest::addRow("letters") << u"abc"_s;
    QTest::addRow("hex") << u"0x10"_s;
    QTest::addRow("leading dot") << u".5"_s;
}

void tst_JsonNumber::invalidText()
{
    QFETCH(QString, text);
    bool ok = true;
    const JsonNumber n = JsonNumber::fromText(text, &ok);
    QVERIFY(!ok);
    QVERIFY(!n.isValid());
}

void tst_JsonNumber::realText()
{
    QCOMPARE(JsonNumber::fromDouble(0.0).toText(), u"0.0"_s);
    QCOMPARE(JsonNumber::fromDouble(0.05).toText(), u"0.05"_s);
    QCOMPARE(JsonNumber::fromInt(-5).toText(), u"-5"_s);
    QCOMPARE(JsonNumber::fromUInt(18446744073709551615ULL).toText(), u"18446744073709551615"_s);
    QCOMPARE(JsonNumber::fromUInt(18446744073709551615ULL).toDouble(), 18446744073709551615.0);
}

QTEST_GUILESS_MAIN(tst_JsonNumber)
#include "tst_jsonnumber.moc"
