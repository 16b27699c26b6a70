// Kiosk mode's core: the administrator's INI (parsing, fail-closed rules, ranges), the
// PIN hash (PBKDF2 round trip, malformed hashes), the unlock throttle on a fake clock,
// and the workflow model refusing locked inputs on every edit path.
#include "jsontree.h"
#include "kioskconfigwriter.h"
#include "kioskfairshare.h"
#include "kioskinputrule.h"
#include "kioskpin.h"
#include "kioskpolicy.h"
#include "kioskthrottle.h"
#include "nodecatalogue.h"
#include "workflowdocument.h"
#include "workflowmodel.h"

#include <QFile>
#include <QFileInfo>
#include <QPasswordDigestor>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Easel;

class tst_KioskPolicy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void missingFileIsNotKiosk();
    void environmentOnlyWithoutASystemFile();
    void parsesEveryKey();
    void malformedLinesFailClosed();
    void ruleParsing_data();
    void ruleParsing();
    void rangeChecks_data();
    void rangeChecks();
    void nodeEditsRefused();
    void approvedWorkflowsStayInTheFolder();
    void pinRoundTrip();
    void pinMatchesRfcPbkdf2();
    void malformedPinHashes_data();
    void malformedPinHashes();
    void throttleDoublesOnAFakeClock();
    void modelRefusesLockedInputs();
    void fairShareKeys();
    void argon2Pins();
    void configWrittenForOwnerAndGroupOnly();
    void weakPinsRefused_data();
    void weakPinsRefused();
    void fairShareOnAFakeClock();

private:
    QString writeConfig(const QByteArray &text);
    QTemporaryDir m_dir;
    std::shared_ptr<const NodeCatalogue> m_catalogue;
};

void tst_KioskPolicy::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/captures/object_info.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_catalogue = std::make_shared<NodeCatalogue>(NodeCatalogue::fromJson(file.readAll()));
}

QString tst_KioskPolicy::writeConfig(const QByteArray &text)
{
    static int n = 0;
    const QString path = m_dir.filePath(u"kiosk%1.conf"_s.arg(++n));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return {};
    return path;
}

void tst_KioskPolicy::missingFileIsNotKiosk()
{
    const KioskPolicy policy = KioskPolicy::load(m_dir.filePath(u"absent.conf"_s));
    QVERIFY(!policy.exists());
    QVERIFY(!policy.isEnabled());
    QVERIFY(policy.problems().isEmpty());
#ifdef Q_OS_LINUX
    QCOMPARE(KioskPolicy::systemPath(), u"/etc/xdg/Easel/kiosk.conf"_s);
#endif
}

void tst_KioskPolicy::environmentOnlyWithoutASystemFile()
{
    if (QFileInfo::exists(KioskPolicy::systemPath()))
        QSKIP("this machine has a system-wide kiosk policy");
    const QString path = writeConfig("[kiosk]\nenabled=true\n");
    qputenv("EASEL_KIOSK_CONFIG", path.toLocal8Bit());
    QCOMPARE(KioskPolicy::configPath(), path);
    qunsetenv("EASEL_KIOSK_CONFIG");
    QCOMPARE(KioskPolicy::configPath(), KioskPolicy::systemPath());
}

void tst_KioskPolicy::parsesEveryKey()
{
    const QString pin = KioskPin::hash(u"r7-Kw3q"_s, KioskPin::Cost::Interactive);
    const QString path = writeConfig("[kiosk]\n"
                                     "enabled=true\n"
                                     "workflows=/srv/easel/workflows\n"
                                     "outputs=/srv/easel/outputs/\n"
                                     "share=/srv/easel/print\n"
                                     "server=http://10.0.0.5:8188\n"
                                     "idle_timeout=90\n"
                                     "admin_pin="
                                     + pin.toLatin1()
                                     + "\n"
                                       "[inputs]\n"
                                       "3.seed=locked\n"
                                       "3.steps=10..30\n"
                                       "6.text=editable\n"
                                       "3.sampler_name=euler|euler_ancestral\n");
    const KioskPolicy policy = KioskPolicy::load(path);
    QVERIFY(policy.exists());
    QVERIFY(policy.isEnabled());
    QCOMPARE(policy.problems(), QStringList());
    QCOMPARE(policy.workflowFolder(), u"/srv/easel/workflows"_s);
    QCOMPARE(policy.outputFolder(), u"/srv/easel/outputs"_s);
    QCOMPARE(policy.shareFolder(), u"/srv/easel/print"_s);
    QCOMPARE(policy.server(), QUrl(u"http://10.0.0.5:8188"_s));
    QCOMPARE(policy.idleTimeoutSeconds(), 90);
    QCOMPARE(policy.pinHash(), pin);
    QVERIFY(!policy.rule(u"3"_s, u"seed"_s).isEditable());
    QVERIFY(policy.rule(u"6"_s, u"text"_s).isEditable());
    QCOMPARE(policy.rule(u"3"_s, u"steps"_s).minimum().toText(), u"10"_s);
    QCOMPARE(policy.rule(u"3"_s, u"steps"_s).maximum().toText(), u"30"_s);
    QCOMPARE(policy.rule(u"3"_s, u"sampler_name"_s).choices(), QStringList({u"euler"_s, u"euler_ancestral"_s}));
    // Inputs not listed are locked: only what the administrator exposed is editable.
    QVERIFY(!policy.rule(u"5"_s, u"width"_s).isEditable());

    // A file without enabled= still means kiosk mode: it exists for a reason.
    QVERIFY(KioskPolicy::load(writeConfig("[kiosk]\nworkflows=/w\n")).isEnabled());
    QVERIFY(!KioskPolicy::load(writeConfig("[kiosk]\nenabled=false\n")).isEnabled());
    // The default can open every input (ranges still apply to the listed ones).
    const KioskPolicy open = KioskPolicy::load(writeConfig("[inputs]\ndefault=editable\n3.seed=locked\n"));
    QVERIFY(open.rule(u"5"_s, u"width"_s).isEditable());
    QVERIFY(!open.rule(u"3"_s, u"seed"_s).isEditable());
}

void tst_KioskPolicy::malformedLinesFailClosed()
{
    const KioskPolicy policy = KioskPolicy::load(writeConfig("[kiosk]\n"
                                                             "idle_timeout=soon\n"
                                                             "admin_pin=1234\n"
                                                             "server=ftp://x\n"
                                                             "[inputs]\n"
                                                             "default=editable\n"
                                                             "3.steps=30..10\n"
                                                             "3.cfg=a..b\n"
                                                             "seed=editable\n"));
    QVERIFY(policy.isEnabled());
    QCOMPARE(policy.problems().size(), 6);
    QCOMPARE(policy.idleTimeoutSeconds(), 0);
    QVERIFY(policy.pinHash().isEmpty()); // a plain PIN is never accepted as a hash
    QVERIFY(!policy.server().isValid());
    QVERIFY(!policy.rule(u"3"_s, u"steps"_s).isEditable());
    QVERIFY(!policy.rule(u"3"_s, u"cfg"_s).isEditable());
}

void tst_KioskPolicy::ruleParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("editable");
    QTest::addColumn<QString>("minimum");
    QTest::addColumn<QString>("maximum");
    QTest::newRow("locked") << u"locked"_s << true << false << QString() << QString();
    QTest::newRow("Locked, spaced") << u"  Locked "_s << true << false << QString() << QString();
    QTest::newRow("editable") << u"editable"_s << true << true << QString() << QString();
    QTest::newRow("range") << u"10..30"_s << true << true << u"10"_s << u"30"_s;
    QTest::newRow("real range") << u"1.5 .. 8"_s << true << true << u"1.5"_s << u"8"_s;
    QTest::newRow("open top") << u"1.."_s << true << true << u"1"_s << QString();
    QTest::newRow("open bottom") << u"..-1"_s << true << true << QString() << u"-1"_s;
    QTest::newRow("big seed") << u"0..18446744073709551615"_s << true << true << u"0"_s << u"18446744073709551615"_s;
    QTest::newRow("equal ends") << u"7..7"_s << true << true << u"7"_s << u"7"_s;
    QTest::newRow("reversed") << u"30..10"_s << false << false << QString() << QString();
    QTest::newRow("both open") << u".."_s << false << false << QString() << QString();
    QTest::newRow("not numbers") << u"x..y"_s << false << false << QString() << QString();
    QTest::newRow("empty") << u""_s << false << false << QString() << QString();
    QTest::newRow("only bars") << u"||"_s << false << false << QString() << QString();
}

void tst_KioskPolicy::ruleParsing()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(bool, editable);
    QFETCH(QString, minimum);
    QFETCH(QString, maximum);
    bool parsed = !ok;
    const KioskInputRule rule = KioskInputRule::parse(text, &parsed);
    QCOMPARE(parsed, ok);
    QCOMPARE(rule.isEditable(), editable);
    QCOMPARE(rule.minimum().isValid() ? rule.minimum().toText() : QString(), minimum);
    QCOMPARE(rule.maximum().isValid() ? rule.maximum().toText() : QString(), maximum);
}

void tst_KioskPolicy::rangeChecks_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<JsonTree>("value");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("low end") << u"10..30"_s << JsonTree::fromInt(10) << true;
    QTest::newRow("high end") << u"10..30"_s << JsonTree::fromInt(30) << true;
    QTest::newRow("below") << u"10..30"_s << JsonTree::fromInt(9) << false;
    QTest::newRow("above") << u"10..30"_s << JsonTree::fromInt(31) << false;
    QTest::newRow("real in") << u"1.5..8"_s << JsonTree::fromDouble(7.99) << true;
    QTest::newRow("real out") << u"1.5..8"_s << JsonTree::fromDouble(1.49) << false;
    QTest::newRow("text for a range") << u"10..30"_s << JsonTree::fromString(u"20"_s) << false;
    QTest::newRow("seed top, exact") << u"0..18446744073709551615"_s
                                     << JsonTree::fromNumber(JsonNumber::fromUInt(18446744073709551615ULL)) << true;
    QTest::newRow("seed past int64") << u"0..9223372036854775807"_s
                                     << JsonTree::fromNumber(JsonNumber::fromUInt(9223372036854775808ULL)) << false;
    QTest::newRow("choice") << u"euler|euler_ancestral"_s << JsonTree::fromString(u"euler_ancestral"_s) << true;
    QTest::newRow("not a choice") << u"euler|euler_ancestral"_s << JsonTree::fromString(u"dpmpp_2m"_s) << false;
    QTest::newRow("editable") << u"editable"_s << JsonTree::fromString(u"anything"_s) << true;
    QTest::newRow("locked") << u"locked"_s << JsonTree::fromInt(1) << false;
}

void tst_KioskPolicy::rangeChecks()
{
    QFETCH(QString, rule);
    QFETCH(JsonTree, value);
    QFETCH(bool, allowed);
    bool ok = false;
    const KioskInputRule r = KioskInputRule::parse(rule, &ok);
    QVERIFY(ok);
    QString why;
    QCOMPARE(r.allows(value, &why), allowed);
    QCOMPARE(why.isEmpty(), allowed);
}

void tst_KioskPolicy::nodeEditsRefused()
{
    const KioskPolicy policy = KioskPolicy::load(writeConfig("[inputs]\ndefault=editable\n"));
    QString why;
    QVERIFY(!policy.allows(u"3"_s, {}, nullptr, &why)); // rename, bypass, mute
    QVERIFY(!why.isEmpty());
    QVERIFY(policy.allows(u"3"_s, u"steps"_s, nullptr, &why));
}

void tst_KioskPolicy::approvedWorkflowsStayInTheFolder()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    QDir(root.path()).mkpath(u"approved"_s);
    const QString approved = root.filePath(u"approved"_s);
    for (const QString &name : {u"b.json"_s, u"a.json"_s, u"notes.txt"_s, u"../outside.json"_s}) {
        QFile file(approved + u'/' + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{}");
    }
    QVERIFY(QFile::link(root.filePath(u"outside.json"_s), approved + u"/link.json"_s));
    const KioskPolicy policy = KioskPolicy::load(writeConfig("[kiosk]\nworkflows=" + approved.toUtf8() + "\n"));
    QCOMPARE(policy.approvedWorkflows(),
             QStringList({approved + u"/a.json"_s, approved + u"/b.json"_s, approved + u"/link.json"_s}));
    QVERIFY(policy.isApproved(approved + u"/a.json"_s));
    QVERIFY(!policy.isApproved(approved + u"/notes.txt"_s));
    QVERIFY(!policy.isApproved(approved + u"/../outside.json"_s));
    QVERIFY(!policy.isApproved(approved + u"/link.json"_s)); // points outside
    QVERIFY(!policy.isApproved(root.filePath(u"outside.json"_s)));
    QVERIFY(!policy.isApproved(QString()));
}

void tst_KioskPolicy::pinRoundTrip()
{
    const QString stored = KioskPin::hashPbkdf2(u"2468"_s, KioskPin::minimumIterations);
    QVERIFY(stored.startsWith("pbkdf2-sha256$1000$"_L1));
    QVERIFY(KioskPin::isWellFormed(stored));
    QVERIFY(KioskPin::verify(u"2468"_s, stored));
    QVERIFY(!KioskPin::verify(u"2469"_s, stored));
    QVERIFY(!KioskPin::verify(QString(), stored));
    // Salted: the same PIN hashes differently each time, and both verify.
    const QString again = KioskPin::hashPbkdf2(u"2468"_s, KioskPin::minimumIterations);
    QVERIFY(again != stored);
    QVERIFY(KioskPin::verify(u"2468"_s, again));
    QVERIFY(KioskPin::constantTimeEquals("abc", "abc"));
    QVERIFY(!KioskPin::constantTimeEquals("abc", "abd"));
    QVERIFY(!KioskPin::constantTimeEquals("abc", "ab"));
}

void tst_KioskPolicy::pinMatchesRfcPbkdf2()
{
    // RFC 7914 section 11's PBKDF2-HMAC-SHA256 vector ("passwd", "salt", c = 1, 64 bytes):
    // the hash is the standard construction, so other tools can produce one.
    const QByteArray expected = QByteArray::fromHex(
        "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
        "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
    QCOMPARE(QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, "passwd", "salt", 1, 64), expected);
    // And a hash string made by hand from the same construction verifies.
    const QByteArray salt = "kiosk-salt-16byt";
    const QByteArray key = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, "0000", salt, 1000, 32);
    const QString stored = u"pbkdf2-sha256$1000$"_s + QString::fromLatin1(salt.toBase64()) + u'$'
                           + QString::fromLatin1(key.toBase64());
    QVERIFY(KioskPin::verify(u"0000"_s, stored));
    QCOMPARE(KioskPin::hashPbkdf2(u"0000"_s, 1000, salt), stored);
}

void tst_KioskPolicy::malformedPinHashes_data()
{
    QTest::addColumn<QString>("stored");
    const QString good = KioskPin::hashPbkdf2(u"1"_s, KioskPin::minimumIterations);
    const QStringList parts = good.split(u'$');
    QTest::newRow("plain") << u"1234"_s;
    QTest::newRow("other scheme") << u"sha1$1000$"_s + parts.at(2) + u'$' + parts.at(3);
    QTest::newRow("too few iterations") << u"pbkdf2-sha256$10$"_s + parts.at(2) + u'$' + parts.at(3);
    QTest::newRow("absurd iterations") << u"pbkdf2-sha256$999999999$"_s + parts.at(2) + u'$' + parts.at(3);
    QTest::newRow("bad base64") << u"pbkdf2-sha256$1000$!!!!$"_s + parts.at(3);
    QTest::newRow("short hash") << u"pbkdf2-sha256$1000$"_s + parts.at(2) + u"$AAAA"_s;
    QTest::newRow("missing part") << u"pbkdf2-sha256$1000$"_s + parts.at(2);
}

void tst_KioskPolicy::malformedPinHashes()
{
    QFETCH(QString, stored);
    QString why;
    QVERIFY(!KioskPin::isWellFormed(stored, &why));
    QVERIFY(!why.isEmpty());
    QVERIFY(!KioskPin::verify(u"1"_s, stored));
}

void tst_KioskPolicy::throttleDoublesOnAFakeClock()
{
    qint64 now = 1'000'000;
    KioskThrottle throttle([&now] { return now; });
    QVERIFY(throttle.mayAttempt());
    // The first failures are free.
    for (int i = 1; i < KioskThrottle::freeAttempts; ++i) {
        throttle.recordFailure();
        QVERIFY(throttle.mayAttempt());
    }
    // Then each failure locks out twice as long as the one before.
    qint64 expected = KioskThrottle::baseLockoutMs;
    // 30 s, 60 s, 120 s: then the cap.
    for (int round = 0; round < 3; ++round) {
        throttle.recordFailure();
        QVERIFY(!throttle.mayAttempt());
        QCOMPARE(throttle.remainingMs(), expected);
        now += expected - 1;
        QVERIFY(!throttle.mayAttempt());
        QCOMPARE(throttle.remainingMs(), 1);
        now += 1;
        QVERIFY(throttle.mayAttempt());
        expected *= 2;
    }
    // Capped.
    for (int i = 0; i < 30; ++i)
        throttle.recordFailure();
    QCOMPARE(throttle.remainingMs(), KioskThrottle::maxLockoutMs);
    // A success clears everything.
    now += KioskThrottle::maxLockoutMs;
    throttle.recordSuccess();
    QCOMPARE(throttle.failures(), 0);
    throttle.recordFailure();
    QVERIFY(throttle.mayAttempt());
}

void tst_KioskPolicy::modelRefusesLockedInputs()
{
    QString error;
    WorkflowDocument doc = WorkflowDocument::fromFile(QStringLiteral(EASEL_SHARED_DIR "/workflows/api/sd15_basic.json"),
                                                      &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    doc.setCatalogue(m_catalogue);
    const KioskPolicy policy = KioskPolicy::load(writeConfig("[inputs]\n"
                                                             "3.seed=locked\n"
                                                             "3.steps=10..30\n"
                                                             "6.text=editable\n"));
    WorkflowModel model;
    model.setDocument(doc);
    model.setEditGuard([&policy](const QString &node, const QString &input, const JsonTree *value, QString *why) {
        return policy.allows(node, input, value, why);
    });
    QSignalSpy edited(&model, &WorkflowModel::documentEdited);

    // The editor's path: setData. Locked and unlisted inputs refuse and are not editable.
    const QModelIndex seed = model.inputIndex(u"3"_s, u"seed"_s);
    QVERIFY(!(model.flags(seed) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(seed, u"1"_s));
    QVERIFY(model.lastError().contains("locked"_L1));
    QCOMPARE(model.document().inputValue(u"3"_s, u"seed"_s), JsonTree::fromInt(8566257));
    const QModelIndex width = model.inputIndex(u"5"_s, u"width"_s);
    QVERIFY(!(model.flags(width) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(width, 768));
    // The setter every other path uses (applied settings, uploads).
    QVERIFY(!model.setValue(u"3"_s, u"seed"_s, JsonTree::fromInt(2)));
    QVERIFY(!model.setControlMode(u"3"_s, u"seed"_s, u"fixed"_s));
    // Node-level edits are refused too.
    QVERIFY(!model.setTitle(u"3"_s, u"Mine"_s));
    QVERIFY(!model.setData(model.nodeIndex(u"3"_s), u"Mine"_s));
    QVERIFY(!(model.flags(model.nodeIndex(u"3"_s)) & Qt::ItemIsEditable));
    QVERIFY(!model.setNodeMode(u"3"_s, 4));
    QCOMPARE(edited.count(), 0);
    QCOMPARE(model.undoStack()->count(), 0);

    // Ranges: inside is accepted, outside refused with the allowed range as the reason.
    const QModelIndex steps = model.inputIndex(u"3"_s, u"steps"_s);
    QVERIFY(model.flags(steps) & Qt::ItemIsEditable);
    QVERIFY(model.setData(steps, u"25"_s));
    QVERIFY(!model.setData(steps, u"31"_s));
    QVERIFY(model.lastError().contains("30"_L1));
    QVERIFY(!model.setData(steps, u"9"_s));
    QCOMPARE(model.document().inputValue(u"3"_s, u"steps"_s), JsonTree::fromInt(25));
    QVERIFY(model.setData(model.inputIndex(u"6"_s, u"text"_s), u"a lighthouse"_s));
    QCOMPARE(edited.count(), 2);

    // Without a guard everything is editable again.
    model.setEditGuard({});
    QVERIFY(model.setData(seed, u"1"_s));
}

void tst_KioskPolicy::argon2Pins()
{
    const QString stored = KioskPin::hash(u"r7-Kw3q"_s, KioskPin::Cost::Interactive);
    // libsodium's standard string: other Argon2 tools read and write it.
    QVERIFY2(stored.startsWith("$argon2id$v=19$m=65536,t=2,p=1$"_L1), qPrintable(stored));
    QVERIFY(KioskPin::isWellFormed(stored));
    QVERIFY(!KioskPin::isLegacy(stored));
    QVERIFY(KioskPin::verify(u"r7-Kw3q"_s, stored));
    QVERIFY(!KioskPin::verify(u"r7-Kw3Q"_s, stored));
    QVERIFY(!KioskPin::verify(QString(), stored));
    QVERIFY(KioskPin::hash(u"r7-Kw3q"_s, KioskPin::Cost::Interactive) != stored); // salted
    // The kiosk's own cost: 256 MiB, 3 passes.
    const QString moderate = KioskPin::hash(u"r7-Kw3q"_s);
    QVERIFY2(moderate.startsWith("$argon2id$v=19$m=262144,t=3,p=1$"_L1), qPrintable(moderate));
    QString why;
    QVERIFY(!KioskPin::isWellFormed(u"$argon2id$v=19$m=65536,t=2,p=1$broken"_s, &why));
    QVERIFY(why.contains("--kiosk-hash-pin"_L1));
    // An older PBKDF2 hash still unlocks, and the policy asks for a new one.
    const QString legacy = KioskPin::hashPbkdf2(u"2468"_s, KioskPin::minimumIterations);
    QVERIFY(KioskPin::isLegacy(legacy));
    const KioskPolicy policy = KioskPolicy::load(writeConfig("[kiosk]\nadmin_pin=" + legacy.toLatin1() + "\n"));
    QCOMPARE(policy.pinHash(), legacy);
    QCOMPARE(policy.problems().size(), 1);
    QVERIFY(policy.problems().first().contains("--kiosk-hash-pin"_L1));
}

void tst_KioskPolicy::configWrittenForOwnerAndGroupOnly()
{
    const QString path = writeConfig("# the studio's kiosk\n[kiosk]\nworkflows=/srv/w\nadmin_pin=old\n"
                                     "[inputs]\n3.seed=locked\n");
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser
                                            | QFile::ReadGroup | QFile::ReadOther));
    const QString hash = KioskPin::hash(u"r7-Kw3q"_s, KioskPin::Cost::Interactive);
    QString error;
    QVERIFY2(KioskConfigWriter::setPinHash(path, hash, &error), qPrintable(error));
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
    QVERIFY(!(permissions & (QFile::ReadOther | QFile::WriteOther | QFile::ExeOther)));
    QVERIFY(!(permissions & QFile::WriteGroup));
    QVERIFY(permissions & QFile::ReadGroup);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith("# the studio's kiosk\n[kiosk]\n"_L1));
    QVERIFY(!text.contains("admin_pin=old"_L1));
    QCOMPARE(text.count("admin_pin="_L1), 1);
    const KioskPolicy policy = KioskPolicy::load(path);
    QCOMPARE(policy.pinHash(), hash);
    QCOMPARE(policy.workflowFolder(), u"/srv/w"_s);
    QVERIFY(!policy.rule(u"3"_s, u"seed"_s).isEditable());
    // A new file, and a file without [kiosk].
    const QString fresh = m_dir.filePath(u"fresh.conf"_s);
    QVERIFY(KioskConfigWriter::setPinHash(fresh, hash, &error));
    QCOMPARE(KioskPolicy::load(fresh).pinHash(), hash);
    QVERIFY(!(QFileInfo(fresh).permissions() & QFile::ReadOther));
    QCOMPARE(KioskConfigWriter::withPinHash(u"[inputs]\n6.text=editable\n"_s, u"h"_s),
             u"[inputs]\n6.text=editable\n\n[kiosk]\nadmin_pin=h\n"_s);
    // Keys above any section stay there ([General]); a second hash replaces the first.
    const QString general = KioskConfigWriter::withPinHash(u"admin_pin=stray\n"_s, u"h"_s);
    QCOMPARE(general, u"admin_pin=stray\n\n[kiosk]\nadmin_pin=h\n"_s);
    QCOMPARE(KioskConfigWriter::withPinHash(general, u"h2"_s), u"admin_pin=stray\n\n[kiosk]\nadmin_pin=h2\n"_s);
    // Two [kiosk] sections (QSettings merges them): one admin_pin is left, the new one.
    QCOMPARE(KioskConfigWriter::withPinHash(u"[kiosk]\nadmin_pin=a\n[inputs]\n[kiosk]\nadmin_pin=b\n"_s, u"h"_s),
             u"[kiosk]\nadmin_pin=h\n[inputs]\n[kiosk]\n"_s);
}

void tst_KioskPolicy::weakPinsRefused_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("weak");
    QTest::newRow("0000") << u"0000"_s << true;
    QTest::newRow("1111") << u"1111"_s << true;
    QTest::newRow("five") << u"73915"_s << true;
    QTest::newRow("000000") << u"000000"_s << true;
    QTest::newRow("123456") << u"123456"_s << true;
    QTest::newRow("654321") << u"654321"_s << true;
    QTest::newRow("abcdef") << u"abcdef"_s << true;
    QTest::newRow("121212") << u"121212"_s << true;
    QTest::newRow("123123") << u"123123"_s << true;
    QTest::newRow("DDMMYY") << u"240385"_s << true;
    QTest::newRow("MMDDYY") << u"122490"_s << true;
    QTest::newRow("year") << u"198744"_s << true;
    QTest::newRow("DDMMYYYY") << u"24031985"_s << true;
    QTest::newRow("YYYYMMDD") << u"19850324"_s << true;
    QTest::newRow("password") << u"Password"_s << true;
    QTest::newRow("random digits") << u"739154"_s << false;
    QTest::newRow("eight digits") << u"73915482"_s << false;
    QTest::newRow("words") << u"teal-heron"_s << false;
}

void tst_KioskPolicy::weakPinsRefused()
{
    QFETCH(QString, pin);
    QFETCH(bool, weak);
    QCOMPARE(!KioskPin::weakness(pin).isEmpty(), weak);
}

void tst_KioskPolicy::fairShareKeys()
{
    const KioskPolicy defaults = KioskPolicy::load(writeConfig("[kiosk]\n"));
    QCOMPARE(defaults.maxWaitingJobs(), 2);
    QCOMPARE(defaults.minIntervalSeconds(), 5);
    QCOMPARE(defaults.retakeSeconds(), 3);
    const KioskPolicy set = KioskPolicy::load(writeConfig("[kiosk]\nmax_waiting=3\nmin_interval=20\nretake_after=1\n"));
    QCOMPARE(set.retakeSeconds(), 1);
    QCOMPARE(set.maxWaitingJobs(), 3);
    QCOMPARE(set.minIntervalSeconds(), 20);
    QVERIFY(set.problems().isEmpty());
    // Out of bounds: the default stays and the line is reported (0 would stop the kiosk,
    // thousands would be no share at all).
    const KioskPolicy bad = KioskPolicy::load(writeConfig("[kiosk]\nmax_waiting=0\nmin_interval=-1\n"));
    QCOMPARE(bad.maxWaitingJobs(), 2);
    QCOMPARE(bad.minIntervalSeconds(), 5);
    QCOMPARE(bad.problems().size(), 2);
    const KioskPolicy many = KioskPolicy::load(writeConfig("[kiosk]\nmax_waiting=1000\n"));
    QCOMPARE(many.maxWaitingJobs(), 2);
    // [controls] lines that cannot be read lock the mode.
    const KioskPolicy controls = KioskPolicy::load(writeConfig("[inputs]\n3.seed=editable\n[controls]\n3.seed=sometimes\n"));
    QCOMPARE(controls.problems().size(), 1);
    QString why;
    QVERIFY(!controls.allowsControlMode(u"3"_s, u"seed"_s, u"increment"_s, &why));
    QVERIFY(!why.isEmpty());
}

void tst_KioskPolicy::fairShareOnAFakeClock()
{
    qint64 now = 1000;
    KioskFairShare share(2, 5000, [&now] { return now; });
    QCOMPARE(share.check(0), KioskFairShare::Verdict::Go);
    share.recordGenerate();
    // Held down: the interval refuses until it has passed.
    QCOMPARE(share.check(1), KioskFairShare::Verdict::TooSoon);
    QCOMPARE(share.waitMs(), 5000);
    now += 4999;
    QCOMPARE(share.check(1), KioskFairShare::Verdict::TooSoon);
    now += 1;
    QCOMPARE(share.check(1), KioskFairShare::Verdict::Go);
    share.recordGenerate();
    now += 60'000;
    // Two unfinished: the cap refuses however long ago the last one was.
    QCOMPARE(share.check(2), KioskFairShare::Verdict::TooMany);
    QCOMPARE(share.check(5), KioskFairShare::Verdict::TooMany);
    QCOMPARE(share.check(1), KioskFairShare::Verdict::Go);
    // The idle reset forgets the interval.
    share.recordGenerate();
    share.reset();
    QCOMPARE(share.check(0), KioskFairShare::Verdict::Go);
    // A cap below 1 would stop the kiosk: it is 1 at least.
    QCOMPARE(KioskFairShare(0, 0).maxJobs(), 1);
}

QTEST_GUILESS_MAIN(tst_KioskPolicy)
#include "tst_kioskpolicy.moc"
