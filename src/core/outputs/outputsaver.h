#pragma once

#include <QByteArray>
#include <QMutex>
#include <QSet>
#include <QString>

namespace Easel {

// Writes fetched outputs into one folder, atomically (QSaveFile). Thread-safe: callers
// run save() on a worker thread, holding the saver by shared pointer.
// Names come from safeFileName(); an existing file is never replaced: the new one gets
// " (n)" before its extension.
class OutputSaver
{
public:
    explicit OutputSaver(QString directory);

    QString directory() const { return m_directory; }

    struct Saved
    {
        QString path;  // empty on failure
        QString error; // translated, says which file and why
    };

    Saved save(const QString &serverFileName, const QByteArray &bytes);

private:
    QString reservePath(const QString &serverFileName);

    QString m_directory;
    QMutex m_mutex;
    QSet<QString> m_reserved; // paths handed out but not yet written
};

} // namespace Easel
