#pragma once

#include "displayframe.h"
#include "displaythrottle.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace Easel {

// Paints a window at most once per refresh of its screen. Qt Widgets paints whatever is
// dirty as soon as the event loop is free, however often that is: with jobs going by at 50
// a second the window painted some 300 times a second, five times what any screen shows.
// Between two frames the dirty regions add up in Qt's repaint manager and are painted
// together; input, exposure and resizing are not delayed (they do not go through the
// update request this paces).
//
// What changes by itself (jobs, progress, previews) is painted at 20 frames a second at
// most, the pace at which the window takes the running work's state in (DisplayThrottle::
// frameMs: the live preview, the step line, the running job): at 30 a frame in three showed
// nothing new of it but cost a whole repaint of the queue. Within half a second of the
// artist's input (a key, the mouse, the wheel) at the screen's rate, so typing, hovering
// and scrolling are never slowed.
//
// How: Qt posts one QEvent::UpdateRequest to the window and posts no other until that one
// is handled. One that comes sooner than an interval after the last frame is held, and sent
// again when the interval is up, by the GUI thread's DisplayFrame: in the same wake-up as
// the paced state due then (DisplayThrottle), after it.
class FramePacer : public QObject, private DisplayFrame::Client
{
    Q_OBJECT
public:
    explicit FramePacer(QWidget *window);

    static constexpr int ambientIntervalMs = DisplayThrottle::frameMs;
    static constexpr int inputRecentMs = 500;

    qint64 framesPainted() const { return m_painted; }
    qint64 framesHeld() const { return m_held; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int intervalMs() const;
    void frameDue() override { sendHeld(); }
    void sendHeld();
    void watchInput();
    bool isHolding() const { return DisplayFrame::instance()->isScheduled(this); }
    void holdFor(qint64 ms);

    QWidget *m_window;
    QElapsedTimer m_sinceFrame;
    QElapsedTimer m_sinceInput;
    QPointer<QObject> m_inputWindow; // the window's QWindow, where its input arrives first
    bool m_sending = false;
    qint64 m_painted = 0;
    qint64 m_held = 0;
};

} // namespace Easel
