// JobQueue's journal (where it is, loading it back, what is saved) and the other clients'
// jobs shown at the top of the queue.
#include "jobqueue.h"

#include "jobjournal.h"
#include "singleserverdispatch.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Easel {

// ---------------------------------------------------------------------------------------
// Journal

QString JobQueue::journalPath() const
{
    return m_journal->path();
}

void JobQueue::setJournalPath(const QString &path)
{
    m_journal->setPath(path);
}

bool JobQueue::isLoading() const
{
    return m_journal->isLoading();
}

void JobQueue::scheduleSave()
{
    m_journal->scheduleSave();
}

bool JobQueue::flushJournal()
{
    return m_journal->flush();
}

JournalContents JobQueue::journalSnapshot() const
{
    JournalContents contents;
    contents.clientId = m_single ? m_single->clientId() : QString();
    contents.paused = m_paused;
    contents.jobs = m_jobs;
    contents.batches = m_batches.values();
    contents.pulledBack = m_pulledBack;
    return contents;
}

void JobQueue::loadJournal()
{
    m_journal->load();
}

void JobQueue::onJournalLoaded(const JournalContents &contents)
{
    if (!contents.ok) {
        emit journalError(tr("Cannot read the queue journal: %1").arg(contents.error));
        pump();
        return;
    }
    m_savedClientId = contents.clientId;
    for (const QueueBatch &batch : contents.batches) {
        if (!m_batches.contains(batch.id))
            m_batches.insert(batch.id, batch);
    }
    // Restored jobs go before the ones queued while the journal loaded.
    QList<QueuedJob> restored;
    for (const QueuedJob &job : contents.jobs) {
        if (!m_byPrompt.contains(job.promptId) && !findJob(job.id))
            restored.append(job);
    }
    if (!restored.isEmpty()) {
        const int first = int(m_foreign.size());
        beginInsertRows({}, first, first + int(restored.size()) - 1);
        for (qsizetype i = 0; i < restored.size(); ++i) {
            m_byPrompt.insert(restored.at(i).promptId, restored.at(i).id);
            m_jobs.insert(i, restored.at(i));
            countJob(restored.at(i), 1);
        }
        endInsertRows();
    }
    QList<QString> onServer;
    for (const QueuedJob &job : std::as_const(restored)) {
        if (contents.pulledBack.contains(job.id)) {
            const quint64 order = contents.pulledBack.value(job.id);
            m_pulledBack.insert(job.id, order);
            m_submitCount = std::max(m_submitCount, order);
        }
        emit jobAdded(job.id);
        if (job.isOnServer())
            onServer.append(job.id);
    }
    if (contents.paused && !m_paused) {
        m_paused = true;
        emit pausedChanged(true);
    }
    emit journalLoaded(int(restored.size()));
    if (!restored.isEmpty())
        startClock();
    adoptRestored(onServer);
    // A pause holds back what has not run, found on the server or not.
    if (m_paused)
        pauseDispatched();
    pump();
}

// ---------------------------------------------------------------------------------------
// Other clients' jobs

void JobQueue::onOtherClientsJobs(const QStringList &running, const QStringList &pending)
{
    QList<QueuedJob> foreign;
    auto collect = [&](const QStringList &promptIds, bool isRunning) {
        for (const QString &promptId : promptIds) {
            if (m_byPrompt.contains(promptId))
                continue; // one of Easel's
            QueuedJob job;
            job.id = u"foreign:"_s + promptId;
            job.promptId = promptId;
            job.markForeign(isRunning);
            foreign.append(job);
        }
    };
    if (m_showForeign) {
        collect(running, true);
        collect(pending, false);
    }
    showForeign(foreign);
}

} // namespace Easel
