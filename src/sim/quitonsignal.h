#pragma once

#include <QObject>

class QSocketNotifier;

namespace Easel::Sim {

// Ends the event loop on SIGTERM, SIGINT or SIGHUP, so that what main() owns is destroyed
// as on a normal exit: the simulator's own data folder (a QTemporaryDir) is removed instead
// of being left in /tmp when `./easel.sh run` or a test harness stops it. The handler only
// writes a byte to a socket pair (the one thing a signal handler may safely do); the quit
// happens in the event loop, as Qt's "Calling Qt Functions From Unix Signal Handlers" shows.
class QuitOnSignal : public QObject
{
    Q_OBJECT
public:
    // Installs the handlers; one instance per process.
    explicit QuitOnSignal(QObject *parent = nullptr);
    ~QuitOnSignal() override;

    bool isInstalled() const { return m_notifier != nullptr; }

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Easel::Sim
