#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace Easel {

// Calls fn(result) on context's thread once future has a result, unless context was
// destroyed first. QFuture::then(context, ...) in Qt 6.4 asserts in debug builds (and
// warns and drops the continuation in release builds) when the context dies before the
// future finishes, which happens whenever a window or runner closes with work in flight.
// A watcher owned by the context simply goes away with it. A future that ends without a
// result (cancelled because its producer went away) calls nothing.
template<typename T, typename Function>
void onFinished(const QFuture<T> &future, QObject *context, Function &&fn)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, fn = std::forward<Function>(fn)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> done = watcher->future();
                         if (done.resultCount() > 0)
                             fn(done.result());
                     });
    watcher->setFuture(future);
}

} // namespace Easel
