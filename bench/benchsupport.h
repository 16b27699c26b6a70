#pragma once

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>
#include <QUrl>

#include <functional>

// Runs the event loop until done() holds or timeoutMs passes; returns done().
// QTRY_* and QTest::qWait are wrong for benchmarks: between rounds of event processing
// they sleep 10 ms (QTest::qSleep), which throttles the very event loop being measured.
inline bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QElapsedTimer elapsed;
    elapsed.start();
    QTimer check;
    check.setInterval(2);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || elapsed.elapsed() >= timeoutMs)
            loop.quit();
    });
    check.start();
    loop.exec();
    return done();
}

#ifdef EASEL_SIM_PATH
// Starts easel-sim as its own process, as a real server would run, on a free port at the
// given pace; returns its base URL (the first line it prints), or an empty URL.
inline QUrl startSimulator(QProcess &sim, int stepMs)
{
    sim.start(QStringLiteral(EASEL_SIM_PATH),
              {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--step-ms"),
               QString::number(stepMs)});
    if (!sim.waitForStarted() || !spinUntil([&] { return sim.canReadLine(); }, 10000))
        return {};
    return QUrl(QString::fromUtf8(sim.readLine().trimmed()));
}
#endif
