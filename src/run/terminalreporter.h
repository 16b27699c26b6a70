#pragma once

#include <QString>
#include <cstdio>

namespace Easel {

// Progress of a headless run on a terminal: one redrawn bar when stdout is a terminal,
// plain lines (one per tenth of progress, at most) when it is a pipe or a file, so logs
// stay readable.
class TerminalReporter
{
public:
    // How often a run's progress is worth showing: the bar is redrawn, and the runner sends
    // a job's newest state (JobRunner::setProgressIntervalMs), at most this often.
    static constexpr int refreshMs = 100;

    explicit TerminalReporter(FILE *out = stdout);

    bool isInteractive() const { return m_interactive; }
    void setInteractive(bool interactive) { m_interactive = interactive; }

    // A message on its own line (clears the bar first).
    void line(const QString &text);
    void progress(int job, int jobCount, double fraction, const QString &detail);
    void finishBar();

private:
    FILE *m_out;
    bool m_interactive;
    bool m_barShown = false;
    int m_lastJob = -1;
    int m_lastTenth = -1;
};

} // namespace Easel
