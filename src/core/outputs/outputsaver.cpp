#include "outputsaver.h"

#include "safefilename.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Easel {

OutputSaver::OutputSaver(QString directory)
    : m_directory(std::move(directory))
{}

QString OutputSaver::reservePath(const QString &serverFileName)
{
    const QString name = safeFileName(serverFileName);
    const QFileInfo info(name);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
    QDir dir(m_directory);
    QMutexLocker locker(&m_mutex);
    QString candidate = dir.filePath(name);
    for (int n = 1; QFileInfo::exists(candidate) || m_reserved.contains(candidate); ++n)
        candidate = dir.filePath(u"%1 (%2)%3"_s.arg(base).arg(n).arg(suffix));
    m_reserved.insert(candidate);
    return candidate;
}

OutputSaver::Saved OutputSaver::save(const QString &serverFileName, const QByteArray &bytes)
{
    if (!QDir().mkpath(m_directory)) {
        return {{}, QCoreApplication::translate("Easel::OutputSaver", "Cannot create the folder %1")
                        .arg(m_directory)};
    }
    const QString path = reservePath(serverFileName);
    QSaveFile file(path);
    Saved result;
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        result.error = QCoreApplication::translate("Easel::OutputSaver", "Cannot write %1: %2")
                           .arg(path, file.errorString());
    } else {
        result.path = path;
    }
    QMutexLocker locker(&m_mutex);
    m_reserved.remove(path);
    return result;
}

} // namespace Easel
