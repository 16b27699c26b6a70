#include "jsonnumber.h"

#include <QTest>
#include <limits>

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
    void toInt64_data();
    void toInt64();
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

// Out-of-range values (a fuzzed 9.5e30 slot index, say) must give the fallback: a plain
// cast of such a double to an integer is undefined behaviour.
void tst_JsonNumber::toInt64_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("small") << u"5"_s << qint64(5);
    QTest::newRow("real truncates") << u"5.75"_s << qint64(5);
    QTest::newRow("negative real") << u"-2.5"_s << qint64(-2);
    QTest::newRow("int64 max") << u"9223372036854775807"_s << qint64(9223372036854775807LL);
    QTest::newRow("int64 min") << u"-9223372036854775808"_s << std::numeric_limits<qint64>::min();
    QTest::newRow("uint64 max") << u"18446744073709551615"_s << qint64(-77);
    QTest::newRow("below int64") << u"-9223372036854775809"_s << qint64(-77);
    QTest::newRow("huge real") << u"9.55556e+30"_s << qint64(-77);
    QTest::newRow("2^63 as real") << u"9223372036854775808.0"_s << qint64(-77);
    QTest::newRow("huge negative real") << u"-1e300"_s << qint64(-77);
}

void tst_JsonNumber::toInt64()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    bool ok = false;
    const JsonNumber n = JsonNumber::fromText(text, &ok);
    QVERIFY(ok);
    QCOMPARE(n.toInt64(-77), expected);
    const bool fitsInt = expected >= std::numeric_limits<int>::min() && expected <= std::numeric_limits<int>::max()
        && expected != -77;
    QCOMPARE(n.toInt(-77), fitsInt ? int(expected) : -77);
}

QTEST_GUILESS_MAIN(tst_JsonNumber)
#include "tst_jsonnumber.moc"
