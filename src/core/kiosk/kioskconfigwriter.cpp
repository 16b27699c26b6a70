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
    // Every [kiosk] section counts (QSettings merges them): the first admin_pin line in
    // one is replaced, any other is dropped, so no older hash can win.
    qsizetype firstSection = -1;
    bool inKiosk = false;
    bool replaced = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (isSection(line)) {
            inKiosk = line.trimmed().compare("[kiosk]"_L1, Qt::CaseInsensitive) == 0;
            if (inKiosk && firstSection < 0)
                firstSection = i;
            continue;
        }
        if (!inKiosk || !line.contains(u'=') || line.section(u'=', 0, 0).trimmed() != "admin_pin"_L1)
            continue;
        if (replaced) {
            lines.removeAt(i--);
        } else {
            lines[i] = entry;
            replaced = true;
        }
    }
    if (!replaced && firstSection >= 0) {
        lines.insert(firstSection + 1, entry);
    } else if (!replaced) {
        // At the end: lines above any section belong to [General], and a [kiosk] put
        // before them would take them in.
        if (!lines.isEmpty())
            lines.append(QString());
        lines.append(u"[kiosk]"_s);
        lines.append(entry);
    }
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
