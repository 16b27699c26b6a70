#pragma once

#include "outputref.h"

#include <QImage>
#include <QPointer>
#include <QWidget>

#include <functional>

QT_BEGIN_NAMESPACE
class QLabel;
class QStackedWidget;
class QToolButton;
QT_END_NAMESPACE

namespace Easel {

class ComparePane;
class DisplayThrottle;
class Filmstrip;
class ImageView;
class OutputDetails;
class OutputActions;
class OutputStore;

// The centre of the window: the picture being made (live preview) or looked at, as large
// as the room allows, with this session's filmstrip under it.
//
// Pages: an image page (ImageView) for stills, and a media page for every other kind of
// output (video, animation, audio, text), which the window fills with setMediaPage(); the
// pane shows it and emits mediaOutputRequested for the page to load the output.
//
// While it follows (the default) the newest preview frame or new output is shown, at
// display rate (DisplayThrottle::frameMs: on a fast server several jobs end between two
// frames), so a finished batch ends on its last picture. Picking an output in the strip
// (or with the arrows) shows it at once and stops following until "Back to live", or until
// the artist queues again (followNewWork). The details beside the picture are filled when
// they are open.
class ViewerPane : public QWidget
{
    Q_OBJECT
public:
    // store: the open library (for the filmstrip and the actions), or null.
    explicit ViewerPane(OutputStore *store, QWidget *parent = nullptr);
    ~ViewerPane() override;

    ImageView *imageView() const { return m_image; }
    Filmstrip *filmstrip() const { return m_filmstrip; }
    OutputActions *actions() const { return m_actions; }
    QStackedWidget *pages() const { return m_pages; }
    ComparePane *comparePane() const { return m_compare; }
    OutputDetails *details() const { return m_details; }
    void setDetailsVisible(bool visible);

    // Shows one output: stills on the image page, other kinds on the media page.
    void showOutput(const Easel::OutputRef &output);
    // A live preview frame (JobQueue::previewReceived). Shown when following.
    void showPreview(const QString &jobId, const QString &nodeId, const QImage &image);
    // How the details name a previewed job (the queue's name for it); the id when unset.
    void setJobNames(std::function<QString(const QString &jobId)> names) { m_jobNames = std::move(names); }
    // A queue job was clicked: its outputs in the strip, its last one shown; a job still
    // running shows its live preview.
    void showJob(const QString &promptId);
    // The page for video, animation, audio and text outputs (not owned before the call;
    // the pane takes it).
    void setMediaPage(QWidget *page);

    OutputRef currentOutput() const { return m_current; }
    // Following's pace (tests make it long to see a burst make one change).
    DisplayThrottle *followThrottle() const { return m_followShown; }
    bool isShowingLive() const { return m_showingLive; }
    bool isFullScreen() const { return m_fullScreen != nullptr; }
    void toggleFullScreen();
    // Space: the live preview <-> the last output shown.
    void toggleLive();
    // The artist queued new work: the viewer follows again ("Back to live": the live
    // preview as it comes, then the newest output), as it did before an output was picked.
    // Not while two outputs are compared or a compare awaits its second: that choice is
    // the artist's and stays until closed.
    void followNewWork();
    QString caption() const;
    // "Compare with…": the next output picked (filmstrip, library, arrows) is compared
    // with this one.
    void startCompare(const Easel::OutputRef &base);
    void compareOutputs(const Easel::OutputRef &left, const Easel::OutputRef &right);
    void closeCompare();
    bool isComparing() const;
    // After "Compare with…", until the second output is picked.
    bool isAwaitingCompare() const { return m_compareBase.isValid(); }

signals:
    void mediaOutputRequested(const Easel::OutputRef &output);
    void currentOutputChanged(const Easel::OutputRef &output);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // What is already in memory to show while an output's file decodes (ImageView::openFile).
    QImage standInFor(const Easel::OutputRef &output) const;
    void updateInfo();
    // What the filmstrip chose: at once when the artist chose, at display rate when it follows.
    void onOutputChosen(const Easel::OutputRef &output);
    void presentOutput(const Easel::OutputRef &output);
    void presentPreview();
    void showFollowed();
    // The details of what is on screen (the preview's job, or the output), when they are open.
    void refreshDetails();
    void showContextMenu(const QPoint &globalPosition);
    void dragOut();
    void leaveFullScreen();

    OutputActions *m_actions;
    QLabel *m_caption;
    QLabel *m_info;
    QToolButton *m_fit;
    QToolButton *m_actual;
    QToolButton *m_detailsButton;
    ComparePane *m_compare;
    OutputDetails *m_details;
    std::function<QString(const QString &)> m_jobNames;
    OutputRef m_compareBase; // waiting for the second output of a compare
    QStackedWidget *m_pages;
    ImageView *m_image;
    QWidget *m_mediaPage = nullptr;
    QPoint m_mediaPress; // where a drag-out from the media page starts
    Filmstrip *m_filmstrip = nullptr;
    QPointer<QWidget> m_fullScreen;
    OutputRef m_current;
    QImage m_lastPreview;
    QString m_previewJob;
    QString m_detailsJob; // the previewed job the details speak of
    bool m_showingLive = false;
    bool m_detailsStale = false; // changed while closed: filled when opened
    // While following: the next thing to show (the newest frame or output).
    // Newest: the filmstrip's newest output (asked of the strip when shown).
    enum class Next { Nothing, Preview, Output, Newest };
    Next m_next = Next::Nothing;
    OutputRef m_nextOutput;
    bool m_stripBehind = false; // the strip has a newer output than it highlights
    DisplayThrottle *m_followShown;
};

} // namespace Easel
