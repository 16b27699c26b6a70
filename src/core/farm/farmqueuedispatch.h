#pragma once

#include "jobdispatch.h"

#include <QPointer>

namespace Easel {

class FarmDispatcher;

// JobQueue's jobs on a farm: the JobDispatch that JobQueue::setDispatch takes, on top of a
// FarmDispatcher (not owned; it must outlive this object or be deleted with it). The
// farm's own choices (warm server, shortest queue, node and model checks, loss and
// resend) apply unchanged; this adapter only speaks in JobQueue's job ids, which the farm
// uses as its own for these jobs.
class FarmQueueDispatch : public JobDispatch
{
    Q_OBJECT
public:
    explicit FarmQueueDispatch(FarmDispatcher *farm, QObject *parent = nullptr);
    ~FarmQueueDispatch() override;

    FarmDispatcher *farm() const { return m_farm; }

    int freePlaces() const override;
    QStringList serverIds() const override;
    QString serverName(const QString &serverId) const override;
    // The farm makes its own prompt ids (request.promptId is not used).
    void dispatch(const DispatchRequest &request) override;
    void cancel(const QString &jobId) override;
    void interrupt(const QString &jobId) override;
    void takeBack(const QString &jobId) override;
    void adopt(const QString &jobId, const QString &promptId, const QString &server,
               const QByteArray &promptJson, const QByteArray &workflowJson,
               const QHash<QString, QString> &imageUploads = {}) override;
    bool holds(const QString &jobId) const override;

private:
    void failLater(const QString &jobId, const QString &message);

    QPointer<FarmDispatcher> m_farm;
};

} // namespace Easel
