#include "safefilename.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Easel {

QString safeFileName(const QString &serverName)
{
    QString name = serverName;
    // Keep the last path element only, whatever the separator.
    const qsizetype slash = std::max(name.lastIndexOf(u'/'), name.lastIndexOf(u'\\'));
    if (slash >= 0)
        name = name.mid(slash + 1);

    QString cleaned;
    cleaned.reserve(name.size());
    for (const QChar c : std::as_const(name)) {
        const bool reserved = u"<>:\"|?*"_s.contains(c);
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || reserved || c.category() == QChar::Other_Format)
            cleaned.append(u'_');
        else
            cleaned.append(c);
    }
    // No hidden files, no names made of dots, no trailing dots or spaces (Windows drops them).
    while (cleaned.startsWith(u'.') || cleaned.startsWith(u' '))
        cleaned.remove(0, 1);
    while (cleaned.endsWith(u'.') || cleaned.endsWith(u' '))
        cleaned.chop(1);

    QString base = cleaned;
    QString extension;
    const qsizetype dot = cleaned.lastIndexOf(u'.');
    if (dot > 0) {
        base = cleaned.left(dot);
        extension = cleaned.mid(dot); // with the dot
        if (extension.size() > 16)
            extension.clear();
    }
    static const QRegularExpression device(
        u"^(con|prn|aux|nul|com[0-9]|lpt[0-9])$"_s, QRegularExpression::CaseInsensitiveOption);
    if (device.match(base).hasMatch())
        base.prepend(u'_');
    if (base.isEmpty())
        base = u"output"_s;
    // Most file systems allow 255 bytes; leave room for a " (n)" suffix.
    while ((base + extension).toUtf8().size() > 200)
        base.chop(1);
    return base + extension;
}

} // namespace Easel
