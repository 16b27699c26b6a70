#pragma once

#include "outputref.h"
#include "stripview.h"

#include <QDateTime>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QModelIndex;
class QToolButton;
QT_END_NAMESPACE

namespace Easel {

class GalleryModel;
class OutputStore;
class ThumbnailProvider;
struct OutputRecord;

// This session's outputs in a row under the viewer, newest at the end: the library's
// GalleryModel filtered to what was stored since the window opened (one model, one
// index: the session is a filter of the library, not a second list). It follows new
// outputs until the artist picks one; then "Back to live" returns to following.
// Following is at display rate: a new output says only newestArrived(), and the viewer, when
// it shows the newest state (a frame at most later), moves the strip with followNewest();
// a burst of outputs between two frames moves and scrolls the strip once (every row is in
// the model at once all the same).
// Thumbnails are decoded off the GUI thread by a ThumbnailProvider.
class Filmstrip : public QWidget
{
    Q_OBJECT
public:
    // The store must be open and outlive the strip.
    explicit Filmstrip(OutputStore *store, QWidget *parent = nullptr);

    GalleryModel *model() const { return m_model; }
    StripView *view() const { return m_view; }
    // Also shows what another store writes into the same library (a farm's servers).
    void followStore(OutputStore *store);
    void setSessionStart(const QDateTime &since);

    bool isFollowing() const { return m_following; }
    void setFollowing(bool following);
    // Whether a job runs, so "Back to live" has something live to go back to: without
    // one the button is hidden, even while not following (true until told otherwise).
    void setLiveAvailable(bool available);
    bool isLiveAvailable() const { return m_liveAvailable; }
    // While following: highlights the newest output, brings it into view and returns it
    // (an invalid ref when not following or empty).
    OutputRef followNewest();
    OutputRef current() const;
    OutputRef outputAt(int row) const;
    // Moves by delta outputs (arrows in the viewer); stops following.
    void step(int delta);
    // Shows the output (stops following). False when it is not among the rows held.
    bool selectOutput(qint64 id);
    // Nothing highlighted: the viewer shows an output the strip does not hold.
    void clearChoice();
    // A queue job was clicked: its outputs are selected and its last one shown. False when
    // the job has none in this session.
    bool showJob(const QString &promptId);
    static OutputRef refAt(const QModelIndex &index);
    // The strip's thumbnail of a file if it is in memory (the viewer's stand-in while the
    // file decodes); a null image otherwise.
    QImage cachedThumbnail(const QString &path) const;

signals:
    // The output to show (by the artist's choice, or a new one while following).
    void outputChosen(const Easel::OutputRef &output);
    // While following, a newer output joined the end (followNewest() shows it).
    void newestArrived();
    void followingChanged(bool following);
    void contextMenuRequested(const Easel::OutputRef &output, const QPoint &globalPosition);

private:
    void onRowsInserted(int last);
    // The session's outputs before the first row held came (from the model's worker):
    // the view keeps where it was, and a step waiting for them is taken.
    void onEarlierRowsFetched(int added);
    // Tells the model which rows are on screen (it drops only others).
    void noteRowsInUse();
    void choose(const QModelIndex &index, bool byUser);
    void updateLiveButton();

    GalleryModel *m_model;
    ThumbnailProvider *m_thumbnails;
    StripView *m_view;
    QToolButton *m_live;
    bool m_following = true;
    bool m_liveAvailable = true;
    bool m_choosing = false; // the current index is being set here, not by the artist
    int m_pendingStep = 0;   // outputs to step back once earlier rows come (negative)
};

} // namespace Easel
