#pragma once

#include "displayframe.h"

#include <QObject>

#include <functional>

namespace Easel {

// Shows fast-changing state (a running job's step, the running node, the live preview, a
// line that names the running job) at a pace a person can follow, not at the pace the
// server sends it: on a fast server jobs go by at 50 a second, and one label, bar or
// picture change per message made the window spend most of its time laying out and
// painting states nobody could see.
//
// request() says "the state changed"; the apply function reads the newest state and puts
// it on screen. Every request within an interval is answered by one apply at its end, so
// nothing is lost: the last state is always shown, at most one interval late. The first
// request after a quiet interval is applied on the next turn of the event loop (a state
// that rarely changes shows at once), never inside the caller.
//
// Every throttle keeps time on the GUI thread's one DisplayFrame: those due together are
// applied by one wake-up, and the window's frame is painted after them.
class DisplayThrottle : public QObject, private DisplayFrame::Client
{
    Q_OBJECT
public:
    // Bars, highlights and live frames: 20 a second.
    static constexpr int frameMs = 50;
    // Lines of text that change per job or per node: 4 a second, enough to read them.
    static constexpr int textMs = 250;

    DisplayThrottle(int intervalMs, std::function<void()> apply, QObject *parent);

    void request();
    // Applies a pending change now (for example before the widget goes away or is read).
    void flush();
    // Drops a pending change.
    void cancel();
    bool isPending() const { return m_pending; }
    int intervalMs() const { return m_intervalMs; }
    void setIntervalMs(int ms);
    // How many times the state was put on screen.
    qint64 applyCount() const { return m_applied; }

private:
    void frameDue() override { apply(); }
    void apply();
    qint64 dueMs() const;

    std::function<void()> m_apply;
    qint64 m_appliedAt = -1; // on DisplayFrame's clock; -1: never
    int m_intervalMs;
    bool m_pending = false;
    qint64 m_applied = 0;
};

} // namespace Easel
