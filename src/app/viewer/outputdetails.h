#pragma once

#include "outputref.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QToolButton;
QT_END_NAMESPACE

namespace Easel {

class GalleryWorker;
class OutputStore;

// What an artist reads beside the picture, like a caption: pixel size, the settings that
// made it in their words (prompt, negative, seed, steps, CFG, sampler, scheduler, model,
// size, LoRAs, from the prompt that ran), what differs from the batch's base, the
// workflow and when. The raw prompt JSON stays behind "Show prompt".
class OutputDetails : public QWidget
{
    Q_OBJECT
public:
    explicit OutputDetails(OutputStore *store, QWidget *parent = nullptr);

    void showOutput(const OutputRef &output);
    // A live preview is on screen: "Preview of <job>"; its settings come with its output.
    void showPreview(const QString &jobName);
    void setPixelSize(const QSize &size);
    void clear();
    // Everything shown, as plain text (tests, copy).
    QString text() const;
    // What a job changed against its batch's base ({node: {input: value}}), one line per
    // input in the editor's words (ParameterLabels of the prompt that ran): "CFG: 8.5",
    // "Positive prompt: a lighthouse…". Values over 60 characters are cut.
    static QStringList changedInputLines(const QByteArray &apiJson, const QByteArray &changedInputsJson);

private:
    void addRow(const QString &label, const QString &value, bool wrap = false);
    // Shows a file's size read on a worker, unless another output is shown since.
    void showFileSize(quint64 asked, qint64 bytes);
    // Reads the index on a connection of its own (made when first asked).
    GalleryWorker *worker();

    OutputStore *m_store;
    QLabel *m_title;
    QLabel *m_size;
    QWidget *m_form;
    QFormLayout *m_rows;
    QToolButton *m_showPrompt;
    QPlainTextEdit *m_prompt;
    QString m_sizeText;  // " · 1.2 MB": the file's size, when read
    QString m_pixelText; // "1024 × 1024 px", when the picture is in
    GalleryWorker *m_worker = nullptr;
    quint64 m_shown = 0; // bumped by clear(): a worker's answer for what was shown before is dropped
};

} // namespace Easel
