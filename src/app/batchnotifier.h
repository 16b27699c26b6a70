#pragma once

#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QSystemTrayIcon;
class QWidget;
QT_END_NAMESPACE

namespace Easel {

class JobQueue;

// A desktop notification (QSystemTrayIcon message, with a thumbnail of the first output
// where the platform shows icons) when a batch finishes while the window is not focused.
class BatchNotifier : public QObject
{
    Q_OBJECT
public:
    BatchNotifier(JobQueue *queue, QWidget *window, QSystemTrayIcon *tray, QObject *parent = nullptr);
    ~BatchNotifier() override;

    int notificationsShown() const { return m_shown; }

signals:
    void notified(const QString &title, const QString &message);

private:
    void onBatchFinished(const QString &batchId, const QString &label, int done, int failed,
                         const QString &firstOutputPath, int stopped);

    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray;
    int m_shown = 0;
};

} // namespace Easel
