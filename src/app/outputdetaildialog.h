#pragma once

#include "outputrecord.h"

#include <QDialog>

#include <optional>

QT_BEGIN_NAMESPACE
class QGraphicsPixmapItem;
class QGraphicsView;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSlider;
class QTabWidget;
QT_END_NAMESPACE

namespace Easel {

class CompareView;
class GalleryWorker;

// One output at full size (wheel zooms, drag pans), the settings that made it in the
// editor's words (prompts, seed, the inputs that differed from the workflow, the node that
// wrote it by its label), and a side-by-side comparison with another image under a slider.
// It opens at once saying it is reading; the record and the job are read on a worker (a
// connection of its own to the index), and the picture decoded on a pool thread.
class OutputDetailDialog : public QDialog
{
    Q_OBJECT
public:
    // The library's paths: the record is read on a worker's connection, nothing on the
    // calling thread.
    OutputDetailDialog(const QString &libraryDirectory, const QString &databasePath, qint64 outputId,
                       QWidget *parent = nullptr);

    // The record is in (or known to be gone): detailsRead() was sent.
    bool isRead() const { return m_read; }
    // What the dialog shows, as plain text ("Reading…" until isRead()).
    QString parametersText() const;
    // What "Copy details" copies: the text shown and the prompt and node IDs.
    QString detailsText() const;
    // Side by side with another file; asked before the record is in, it starts then.
    void compareWith(const QString &otherPath);

signals:
    void useSettingsRequested();
    void detailsRead();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // What the worker read, as the dialog shows it.
    struct Read
    {
        bool found = false;
        QString title;
        QString path;
        QString seed;
        QStringList lines;
        QStringList technical;
    };
    // Runs on the worker: the text in the editor's words, from the record and its job.
    static Read describe(const std::optional<OutputRecord> &record, const std::optional<JobRecord> &job);
    void showRead(const Read &read);

    GalleryWorker *m_worker = nullptr;
    bool m_read = false;
    QString m_pendingCompare; // a comparison asked before the record was in
    QString m_path;
    QString m_seed;
    QStringList m_technical; // the IDs, copied but not shown
    QGraphicsView *m_image;
    QGraphicsPixmapItem *m_picture = nullptr;
    QList<QPushButton *> m_needRecord; // enabled once the record is in
    QPlainTextEdit *m_parameters;
    QTabWidget *m_tabs;
    CompareView *m_compare;
    QSlider *m_split;
};

} // namespace Easel
