#pragma once

#include "queuedjob.h"

#include <QJsonObject>
#include <QObject>
#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QThreadPool;
class QTimer;
QT_END_NAMESPACE

namespace Easel {

// What the journal holds: the queue's unfinished jobs and their batches.
struct JournalContents
{
    bool ok = false;
    bool missing = false;
    QString error;
    QString clientId;
    bool paused = false;
    QList<QueueBatch> batches;
    QList<QueuedJob> jobs; // finished ones are not written
    QHash<QString, quint64> pulledBack; // waiting jobs a pause took back, and when sent
};

// The queue's journal on disk: JSON written atomically (QSaveFile) by one writer thread,
// at most every saveDelayMs while jobs change, and read back off the GUI thread. Jobs
// that were waiting, submitted or running come back after a restart; the batch prompts are
// kept as text so that 64-bit seeds stay exact.
class JobJournal : public QObject
{
    Q_OBJECT
public:
    // snapshot: what to write, asked on the GUI thread when a save is due.
    explicit JobJournal(std::function<JournalContents()> snapshot, QObject *parent = nullptr);
    ~JobJournal() override;

    QString path() const { return m_path; }
    void setPath(const QString &path) { m_path = path; }
    // A save soon (coalesced: one write per delay however many changes).
    void scheduleSave();
    bool isSavePending() const;
    // Writes now and waits for the writer (shutdown, tests); false without a path.
    bool flush();
    // Reads the file on a worker thread; loaded() follows on this object's thread.
    void load();
    bool isLoading() const { return m_loading; }

    // parts, when given, keeps each batch's part of the text from one save to the next: a
    // batch never changes but for its pinned server, and making its part again (its prompt
    // as text, its date) was most of a save. A part is used only for a batch equal in every
    // field to the one it was made from; parts of batches no job uses any more go.
    struct BatchPart
    {
        QueueBatch batch; // what object was made from
        QJsonObject object;
    };
    using BatchParts = QHash<QString, BatchPart>;
    static QByteArray serialize(const JournalContents &contents, BatchParts *parts = nullptr);
    static JournalContents read(const QString &path);
    static bool write(const QString &path, const QByteArray &bytes, QString *error);

signals:
    void loaded(const Easel::JournalContents &contents);
    void errorOccurred(const QString &message);

private:
    std::function<JournalContents()> m_snapshot;
    std::unique_ptr<QThreadPool> m_writer;
    QTimer *m_saveTimer;
    std::shared_ptr<BatchParts> m_parts; // the writer's (its saves run one at a time)
    QString m_path;
    bool m_loading = false;
};

} // namespace Easel
