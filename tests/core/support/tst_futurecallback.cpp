// onFinished: results reach a live context on its thread; a destroyed context gets
// nothing and nothing crashes (the case QFuture::then(context) asserts on in Qt 6.4).
#include "futurecallback.h"

#include <QPromise>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

using namespace Easel;

class tst_FutureCallback : public QObject
{
    Q_OBJECT

private slots:
    void deliversOnTheContextThread();
    void destroyedContextGetsNothing();
    void cancelledFutureCallsNothing();
};

void tst_FutureCallback::deliversOnTheContextThread()
{
    QObject context;
    int value = 0;
    QThread *thread = nullptr;
    onFinished(QtConcurrent::run([] { return 42; }), &context, [&](int result) {
        value = result;
        thread = QThread::currentThread();
    });
    QTRY_COMPARE(value, 42);
    QCOMPARE(thread, QThread::currentThread());
}

void tst_FutureCallback::destroyedContextGetsNothing()
{
    QPromise<int> promise;
    promise.start();
    bool called = false;
    {
        QObject context;
        onFinished(promise.future(), &context, [&](int) { called = true; });
    }
    promise.addResult(1);
    promise.finish();
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!called);
}

void tst_FutureCallback::cancelledFutureCallsNothing()
{
    QObject context;
    bool called = false;
    bool finished = false;
    auto promise = std::make_unique<QPromise<int>>();
    QFuture<int> future = promise->future();
    promise->start();
    onFinished(future, &context, [&](int) { called = true; });
    auto *watcher = new QFutureWatcher<int>(&context);
    connect(watcher, &QFutureWatcherBase::finished, this, [&] { finished = true; });
    watcher->setFuture(future);
    promise.reset(); // the producer goes away: the future is cancelled without a result
    QTRY_VERIFY(finished);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(tst_FutureCallback)
#include "tst_futurecallback.moc"
