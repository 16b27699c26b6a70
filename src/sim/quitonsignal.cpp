#include "quitonsignal.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <array>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Easel::Sim {

namespace {

// [0] is written by the handler, [1] is read by the event loop.
std::array<int, 2> wakeFds = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // Nothing to do if the pipe is full: one byte waiting is enough to quit.
    [[maybe_unused]] const ssize_t written = ::write(wakeFds[0], &byte, 1);
}

constexpr std::array<int, 3> quitSignals = {SIGTERM, SIGINT, SIGHUP};

} // namespace

QuitOnSignal::QuitOnSignal(QObject *parent) : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, wakeFds.data()) != 0)
        return; // the default action (terminate) stays: no worse than before
    m_notifier = new QSocketNotifier(wakeFds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        while (::read(wakeFds[1], &byte, 1) > 0) {
        }
        m_notifier->setEnabled(false);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int number : quitSignals)
        ::sigaction(number, &action, nullptr);
}

QuitOnSignal::~QuitOnSignal()
{
    // Back to the default action: a signal after this object is gone terminates at once.
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    for (const int number : quitSignals)
        ::sigaction(number, &action, nullptr);
    if (wakeFds[0] >= 0) {
        delete m_notifier;
        m_notifier = nullptr;
        ::close(wakeFds[0]);
        ::close(wakeFds[1]);
        wakeFds = {-1, -1};
    }
}

} // namespace Easel::Sim
