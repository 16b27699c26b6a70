#include "terminalreporter.h"

#include <QCoreApplication>
#include <QTimer>
#include <unistd.h>

#include <utility>

namespace Easel {

namespace {

// Lines to a pipe or a file go out at most this long after they are written, together: a
// run of 500 jobs a second wrote six lines a job, each its own write() and a wake-up of
// the reader (issue 17: CPU per job). A terminal's bar and lines still go out at once.
constexpr int pipeFlushMs = 50;
bool flushPending = false;

void flushSoon(FILE *out)
{
    if (!QCoreApplication::instance()) {
        std::fflush(out);
        return;
    }
    if (std::exchange(flushPending, true))
        return;
    QTimer::singleShot(pipeFlushMs, QCoreApplication::instance(), [] {
        flushPending = false;
        std::fflush(stdout);
        std::fflush(stderr);
    });
}

} // namespace

TerminalReporter::TerminalReporter(FILE *out)
    : m_out(out)
    , m_interactive(isatty(fileno(out)) == 1)
{}

void TerminalReporter::finishBar()
{
    if (m_barShown) {
        std::fputs("\r\033[K", m_out);
        m_barShown = false;
    }
}

void TerminalReporter::line(const QString &text)
{
    finishBar();
    std::fputs(text.toLocal8Bit().constData(), m_out);
    std::fputc('\n', m_out);
    if (m_interactive)
        std::fflush(m_out);
    else
        flushSoon(m_out); // and at exit
}

void TerminalReporter::progress(int job, int jobCount, double fraction, const QString &detail)
{
    const int percent = int(fraction * 100.0 + 0.5);
    const QString head = QCoreApplication::translate("Easel::TerminalReporter", "job %1/%2")
                             .arg(job)
                             .arg(jobCount);
    if (!m_interactive) {
        const int tenth = int(fraction * 10.0);
        if (job == m_lastJob && tenth == m_lastTenth)
            return;
        m_lastJob = job;
        m_lastTenth = tenth;
        line(QStringLiteral("%1 %2% %3").arg(head).arg(percent, 3).arg(detail));
        return;
    }
    constexpr int width = 30;
    const int filled = std::clamp(int(fraction * width), 0, width);
    const QString bar = QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char('-'));
    const QString text = QStringLiteral("\r\033[K%1 [%2] %3% %4")
                             .arg(head, bar)
                             .arg(percent, 3)
                             .arg(detail.left(40));
    std::fputs(text.toLocal8Bit().constData(), m_out);
    std::fflush(m_out);
    m_barShown = true;
}

} // namespace Easel
