#pragma once

#include "outputref.h"
#include "promptsummary.h"

#include <QThreadPool>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QButtonGroup;
class QLabel;
class QSlider;
QT_END_NAMESPACE

namespace Easel {

class CompareCanvas;
struct AnimationFrames;
class GalleryWorker;
class OutputStore;

// Two outputs compared: wipe, side by side or difference, zoom and pan locked together.
// Each side is labelled with its file, its seed and the settings where it differs from the
// other (from the prompts that ran), so the artist knows which is which and why.
// Two videos or animations with the same number of frames are compared frame by frame:
// one scrubber and ',' / '.' move both sides to the same frame index (frames decoded with
// FFmpeg or Qt's image plugins on a worker thread, once, when the compare opens).
class ComparePane : public QWidget
{
    Q_OBJECT
public:
    explicit ComparePane(OutputStore *store, QWidget *parent = nullptr);
    ~ComparePane() override;

    void compare(const OutputRef &left, const OutputRef &right);
    OutputRef left() const { return m_left; }
    OutputRef right() const { return m_right; }
    CompareCanvas *canvas() const { return m_canvas; }
    QString leftLabel() const { return m_leftLabel; }
    QString rightLabel() const { return m_rightLabel; }
    bool isReady() const { return m_ready; }
    // Frame by frame (both sides moving pictures of the same length): frameCount() > 1.
    int frameCount() const { return m_frameCount; }
    int frame() const { return m_frame; }          // asked for
    int shownFrame() const { return m_shownFrame; } // on the canvas
    QString frameNote() const;                       // why there is no scrubber, if any
    void setFrame(int index);
    void stepFrame(int delta) { setFrame(m_frame + delta); }

signals:
    void closeRequested();
    void ready(); // both pictures decoded and shown
    void frameShown(int index);

private:
    // Each side's label: its name, its seed, and its own value of each setting that
    // differs from the other side's (the prompts' summaries; none until they are read).
    void buildLabels(const QList<PromptSetting> &left, const QList<PromptSetting> &right);
    // Reads the two jobs' settings on m_worker, then labels the sides again.
    void readSettings(int generation);

    OutputStore *m_store;
    CompareCanvas *m_canvas;
    QButtonGroup *m_modes;
    OutputRef m_left;
    OutputRef m_right;
    QString m_leftLabel;
    QString m_rightLabel;
    GalleryWorker *m_worker = nullptr; // reads the index, made when first asked
    int m_generation = 0;
    bool m_ready = false;
    QWidget *m_frameBar;
    QSlider *m_scrubber;
    QLabel *m_frameLabel;
    std::shared_ptr<const AnimationFrames> m_leftFrames;
    std::shared_ptr<const AnimationFrames> m_rightFrames;
    int m_frameCount = 0;
    int m_frame = 0;
    int m_shownFrame = -1;
    int m_frameGeneration = 0;
    QThreadPool m_pool;
};

} // namespace Easel
