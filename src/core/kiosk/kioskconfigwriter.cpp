#include "kioskconfigwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

constexpr QFileDevice::Permissions ownerAndGroup = QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                   | QFileDevice::ReadUser | QFileDevice::WriteUser
                                                   | QFileDevice::ReadGroup;

bool isSection(const QString &line)
{
    const QString t = line.trimmed();
    return t.startsWith(u'[') && t.endsWith(u']');
}

} // namespace

QString KioskConfigWriter::withPinHash(const QString &text, const QString &hash)
{
    const QString entry = u"admin_pin="_s + hash;
    QStringList lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    qsizetype section = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().compare("[kiosk]"_L1, Qt::CaseInsensitive) == 0) {
            section = i;
            break;
        }
    }
    if (section < 0) {
        lines.prepend(QString());
        lines.prepend(entry);
        lines.prepend(u"[kiosk]"_s);
        return lines.join(u'\n') + u'\n';
    }
    qsizetype end = lines.size();
    for (qsizetype i = section + 1; i < lines.size(); ++i) {
        if (isSection(lines.at(i))) {
            end = i;
            break;
        }
    }
    bool replaced = false;
    for (qsizetype i = section + 1; i < end; ++i) {
        const QString key = lines.at(i).section(u'=', 0, 0).trimmed();
        if (lines.at(i).contains(u'=') && key == "admin_pin"_L1) {
            if (replaced) {
                lines.removeAt(i--);
                --end;
                continue;
            }
            lines[i] = entry;
            replaced = true;
        }
    }
    if (!replaced)
        lines.insert(section + 1, entry);
    return lines.join(u'\n') + u'\n';
}

bool KioskConfigWriter::setPinHash(const QString &path, const QString &hash, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QString text;
    const QFileInfo info(path);
    if (info.exists()) {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return fail(in.errorString());
        text = QString::fromUtf8(in.readAll());
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return fail(out.errorString());
    // Before anything is written: the hash is never in a file others may read.
    out.setPermissions(ownerAndGroup);
    const QByteArray bytes = withPinHash(text, hash).toUtf8();
    if (out.write(bytes) != bytes.size() || !out.commit())
        return fail(out.errorString());
    QFile::setPermissions(path, ownerAndGroup);
#ifdef Q_OS_UNIX
    // The new file belongs to whoever wrote it: keep the group the kiosk account reads with.
    if (info.exists() && ::chown(QFile::encodeName(path).constData(), uid_t(-1), gid_t(info.groupId())) != 0)
        return fail(QCoreApplication::translate("Easel::KioskConfigWriter",
                                                "the hash is written, but the file's group could not be kept"));
#endif
    return true;
}

} // namespace Easel
