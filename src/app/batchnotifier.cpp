#include "batchnotifier.h"

#include "futurecallback.h"
#include "jobqueue.h"
#include "pngchunkscreen.h"

#include <QIcon>
#include <QImageReader>
#include <QPixmap>
#include <QSystemTrayIcon>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace Easel {

BatchNotifier::BatchNotifier(JobQueue *queue, QWidget *window, QSystemTrayIcon *tray, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_tray(tray)
{
    connect(queue, &JobQueue::batchFinished, this, &BatchNotifier::onBatchFinished);
}

BatchNotifier::~BatchNotifier() = default;

void BatchNotifier::onBatchFinished(const QString &, const QString &label, int done, int failed,
                                    const QString &firstOutputPath, int stopped)
{
    if (m_window && m_window->isActiveWindow())
        return;
    const QString title = tr("Batch “%1” finished").arg(label);
    const QString message = failed == 0 && stopped == 0 ? tr("%n job(s) done", nullptr, done)
                                                        : JobLabels::batchSummary(done, failed, stopped);
    ++m_shown;
    emit notified(title, message);
    if (!m_tray || !QSystemTrayIcon::supportsMessages())
        return;
    if (firstOutputPath.isEmpty()) {
        m_tray->showMessage(title, message, QSystemTrayIcon::Information);
        return;
    }
    // The thumbnail is decoded off the GUI thread.
    const auto load = QtConcurrent::run([firstOutputPath] {
        if (!PngChunkScreen::fileProblem(firstOutputPath).isEmpty())
            return QImage();
        QImageReader reader(firstOutputPath);
        const QSize size = reader.size();
        if (size.isValid())
            reader.setScaledSize(size.scaled(96, 96, Qt::KeepAspectRatio));
        return reader.read();
    });
    onFinished(load, this, [this, title, message](const QImage &thumbnail) {
        if (thumbnail.isNull())
            m_tray->showMessage(title, message, QSystemTrayIcon::Information);
        else
            m_tray->showMessage(title, message, QIcon(QPixmap::fromImage(thumbnail)));
    });
}

} // namespace Easel
