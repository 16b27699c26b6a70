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

    // Windows opens the device, not a file, for a reserved name followed by anything that
    // starts with a dot ("CON.tar.gz") and ignores spaces before that dot ("aux .png"):
    // compare the stem before the first dot, trailing spaces and dots dropped. A leading
    // '-' would make the file an option to every command line tool it is handed to
    // ("-rf", "--help.png"). Both get a '_' in front.
    QString stem = cleaned.left(cleaned.indexOf(u'.') < 0 ? cleaned.size() : cleaned.indexOf(u'.'));
    while (stem.endsWith(u' ') || stem.endsWith(u'.'))
        stem.chop(1);
    static const QRegularExpression device(
        u"^(con|prn|aux|nul|conin\\$|conout\\$|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])$"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (device.match(stem).hasMatch() || cleaned.startsWith(u'-'))
        cleaned.prepend(u'_');

    QString base = cleaned;
    QString extension;
    const qsizetype dot = cleaned.lastIndexOf(u'.');
    if (dot > 0) {
        base = cleaned.left(dot);
        extension = cleaned.mid(dot); // with the dot
        if (extension.size() > 16)
            extension.clear();
    }
    if (base.isEmpty())
        base = u"output"_s;
    // Most file systems allow 255 bytes; leave room for a " (n)" suffix.
    while ((base + extension).toUtf8().size() > 200)
        base.chop(1);
    return base + extension;
}

} // namespace Easel
