// libFuzzer target: kiosk mode's administrator text, line by line from the input: an
// [inputs] rule (KioskInputRule::parse) judging a JSON value for each input type, with
// its offered choices and narrowed range; a stored PIN hash (KioskPin::isWellFormed,
// which has libsodium read an $argon2id$ string) and the PIN rules (weakness); a range
// and step for the after-generate draw; and the whole input as a kiosk.conf whose
// admin_pin line is replaced (KioskConfigWriter::withPinHash) and parsed again.
#include "fuzzsupport.h"
#include "jsontree.h"
#include "kioskconfigwriter.h"
#include "kioskeditrules.h"
#include "kioskinputrule.h"
#include "kioskpin.h"

#include <QStringList>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    easelFuzzInit();
    const QString text = QString::fromUtf8(fuzzBytes(data, size));
    const QStringList lines = text.split(u'\n');
    auto line = [&lines](qsizetype i) { return i < lines.size() ? lines.at(i) : QString(); };

    bool ok = false;
    const Easel::KioskInputRule rule = Easel::KioskInputRule::parse(line(0), &ok);
    const Easel::JsonTree value = Easel::JsonTree::parse(line(1).toUtf8());
    for (const QString &type : {QStringLiteral("INT"), QStringLiteral("FLOAT"), QStringLiteral("COMBO"), QString()}) {
        QString why;
        (void)rule.allows(value, &why, type);
    }
    (void)rule.offeredChoices(line(2).split(u'|'));
    Easel::JsonNumber minimum = Easel::JsonNumber::fromText(line(3));
    Easel::JsonNumber maximum = Easel::JsonNumber::fromText(line(4));
    rule.narrow(&minimum, &maximum);
    const quint64 step = line(5).toULongLong() % 1000000;
    (void)Easel::KioskEditRules::drawInteger(minimum, maximum, step);

    // Never verify(): that would run Argon2 with whatever memory the string asks for.
    QString why;
    (void)Easel::KioskPin::isWellFormed(line(2), &why);
    (void)Easel::KioskPin::isLegacy(line(2));
    (void)Easel::KioskPin::weakness(line(2));

    const QString written = Easel::KioskConfigWriter::withPinHash(text, QStringLiteral("h"));
    // Written twice, the text does not change again: one admin_pin line in [kiosk].
    if (Easel::KioskConfigWriter::withPinHash(written, QStringLiteral("h")) != written)
        __builtin_trap();
    return 0;
}
