#pragma once

#include <QObject>
#include <QSet>
#include <QString>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace Easel {

// Progress ticks arrive far faster than a view repaints: the ids touched in between are
// gathered and handed on at most once per interval (a frame by default), so a sweep's
// flood of progress messages costs the model one dataChanged per frame.
class ChangeCoalescer : public QObject
{
    Q_OBJECT
public:
    explicit ChangeCoalescer(int intervalMs = 16, QObject *parent = nullptr);

    void touch(const QString &id);
    void forget(const QString &id) { m_touched.remove(id); }

signals:
    void flushed(const QSet<QString> &ids);

private:
    QSet<QString> m_touched;
    QTimer *m_timer;
};

} // namespace Easel
