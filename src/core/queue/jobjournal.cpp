#include "jobjournal.h"

#include "futurecallback.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

constexpr int journalVersion = 1;
constexpr int saveDelayMs = 100;

QString stateKey(QueuedJob::State state)
{
    switch (state) {
    case QueuedJob::State::Waiting: return u"waiting"_s;
    case QueuedJob::State::Submitted: return u"submitted"_s;
    case QueuedJob::State::Running: return u"running"_s;
    default: return {};
    }
}

} // namespace

JobJournal::JobJournal(std::function<JournalContents()> snapshot, QObject *parent)
    : QObject(parent)
    , m_snapshot(std::move(snapshot))
    , m_writer(std::make_unique<QThreadPool>())
    , m_saveTimer(new QTimer(this))
    , m_parts(std::make_shared<BatchParts>())
{
    m_writer->setMaxThreadCount(1); // writes land in order
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(saveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, [this] {
        if (m_path.isEmpty())
            return;
        // The state now (the jobs and batches share their data with the queue's: no deep
        // copy); written out as JSON on the writer, not here: with a long queue that is
        // every unfinished job and its batch's prompt, ten times a second while jobs change.
        const JournalContents contents = m_snapshot();
        const QString path = m_path;
        onFinished(QtConcurrent::run(m_writer.get(), [path, contents, parts = m_parts] {
                       QString error;
                       return write(path, serialize(contents, parts.get()), &error) ? QString() : error;
                   }),
                   this, [this](const QString &error) {
                       if (!error.isEmpty())
                           emit errorOccurred(tr("Cannot write the queue journal: %1").arg(error));
                   });
    });
}

JobJournal::~JobJournal()
{
    m_writer->waitForDone();
}

void JobJournal::scheduleSave()
{
    if (!m_path.isEmpty() && !m_saveTimer->isActive())
        m_saveTimer->start();
}

bool JobJournal::isSavePending() const
{
    return m_saveTimer->isActive();
}

bool JobJournal::flush()
{
    m_saveTimer->stop();
    m_writer->waitForDone();
    if (m_path.isEmpty())
        return false;
    QString error;
    if (!write(m_path, serialize(m_snapshot(), m_parts.get()), &error)) { // the writer is idle
        emit errorOccurred(tr("Cannot write the queue journal: %1").arg(error));
        return false;
    }
    return true;
}

void JobJournal::load()
{
    if (m_path.isEmpty() || m_loading)
        return;
    m_loading = true;
    const QString path = m_path;
    onFinished(QtConcurrent::run([path] { return read(path); }), this, [this](const JournalContents &contents) {
        m_loading = false;
        emit loaded(contents);
    });
}

namespace {

bool sameBatch(const QueueBatch &a, const QueueBatch &b)
{
    return a.id == b.id && a.label == b.label && a.promptJson == b.promptJson && a.workflowJson == b.workflowJson
           && a.created == b.created && a.pinnedServer == b.pinnedServer && a.imageUploads == b.imageUploads
           && a.jobCount == b.jobCount;
}

QJsonObject batchObject(const QueueBatch &batch)
{
    QJsonObject object;
    object.insert("id"_L1, batch.id);
    object.insert("label"_L1, batch.label);
    // As text: a JSON number inside would lose 64-bit precision in QJsonDocument.
    object.insert("prompt"_L1, QString::fromUtf8(batch.promptJson));
    object.insert("workflow"_L1, QString::fromUtf8(batch.workflowJson));
    object.insert("created"_L1, batch.created.toString(Qt::ISODateWithMs));
    // The jobs made at queueing: only unfinished jobs are kept here, and a restored job's
    // name still reads "8/12", not "8/7" (its index against the jobs left).
    object.insert("jobCount"_L1, batch.jobCount);
    if (!batch.pinnedServer.isEmpty())
        object.insert("pinned"_L1, batch.pinnedServer);
    if (!batch.imageUploads.isEmpty()) {
        QJsonObject uploads;
        for (auto it = batch.imageUploads.cbegin(); it != batch.imageUploads.cend(); ++it)
            uploads.insert(it.key(), it.value());
        object.insert("uploads"_L1, uploads);
    }
    return object;
}

} // namespace

QByteArray JobJournal::serialize(const JournalContents &contents, BatchParts *parts)
{
    QJsonObject root;
    root.insert("version"_L1, journalVersion);
    root.insert("clientId"_L1, contents.clientId);
    root.insert("paused"_L1, contents.paused);
    QJsonArray jobs;
    QSet<QString> usedBatches;
    for (const QueuedJob &job : contents.jobs) {
        const QString state = stateKey(job.state);
        if (state.isEmpty())
            continue; // finished: nothing to bring back
        QJsonObject object;
        object.insert("id"_L1, job.id);
        object.insert("batch"_L1, job.batchId);
        object.insert("index"_L1, job.indexInBatch);
        object.insert("promptId"_L1, job.promptId);
        object.insert("state"_L1, state);
        if (!job.server.isEmpty() && job.isOnServer())
            object.insert("server"_L1, job.server);
        if (job.state == QueuedJob::State::Waiting && contents.pulledBack.contains(job.id))
            object.insert("pulledBack"_L1, QString::number(contents.pulledBack.value(job.id)));
        object.insert("overrides"_L1, job.journalOverrides);
        jobs.append(object);
        usedBatches.insert(job.batchId);
    }
    QJsonArray batches;
    BatchParts kept;
    for (const QueueBatch &batch : contents.batches) {
        if (!usedBatches.contains(batch.id))
            continue;
        if (!parts) {
            batches.append(batchObject(batch));
            continue;
        }
        const auto known = parts->constFind(batch.id);
        BatchPart part = known != parts->cend() && sameBatch(known->batch, batch) ? *known
                                                                                   : BatchPart{batch, batchObject(batch)};
        batches.append(part.object);
        kept.insert(batch.id, std::move(part));
    }
    if (parts)
        *parts = std::move(kept);
    root.insert("batches"_L1, batches);
    root.insert("jobs"_L1, jobs);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

JournalContents JobJournal::read(const QString &path)
{
    JournalContents contents;
    QFile file(path);
    if (!file.exists()) {
        contents.ok = true;
        contents.missing = true;
        return contents;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        contents.error = file.errorString();
        return contents;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || root.value("version"_L1).toInt() != journalVersion) {
        contents.error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                     : u"unknown journal version"_s;
        return contents;
    }
    contents.clientId = root.value("clientId"_L1).toString();
    contents.paused = root.value("paused"_L1).toBool();
    QSet<QString> batchIds;
    QHash<QString, std::pair<int, int>> leastSizes; // per batch: its jobs kept here, their highest index
    for (const QJsonValue &value : root.value("batches"_L1).toArray()) {
        const QJsonObject object = value.toObject();
        QueueBatch batch;
        batch.id = object.value("id"_L1).toString();
        batch.label = object.value("label"_L1).toString();
        batch.promptJson = object.value("prompt"_L1).toString().toUtf8();
        batch.workflowJson = object.value("workflow"_L1).toString().toUtf8();
        batch.created = QDateTime::fromString(object.value("created"_L1).toString(), Qt::ISODateWithMs);
        batch.pinnedServer = object.value("pinned"_L1).toString();
        batch.jobCount = std::max(object.value("jobCount"_L1).toInt(), 0);
        const QJsonObject uploads = object.value("uploads"_L1).toObject();
        for (auto it = uploads.constBegin(); it != uploads.constEnd(); ++it) {
            if (it.value().isString())
                batch.imageUploads.insert(it.key(), it.value().toString());
        }
        if (batch.id.isEmpty() || !JsonTree::parse(batch.promptJson).isObject())
            continue;
        batchIds.insert(batch.id);
        contents.batches.append(batch);
    }
    for (const QJsonValue &value : root.value("jobs"_L1).toArray()) {
        const QJsonObject object = value.toObject();
        QueuedJob job;
        job.id = object.value("id"_L1).toString();
        job.batchId = object.value("batch"_L1).toString();
        job.indexInBatch = object.value("index"_L1).toInt();
        job.promptId = object.value("promptId"_L1).toString();
        const QString state = object.value("state"_L1).toString();
        job.restore(state == "submitted"_L1 ? QueuedJob::State::Submitted
                    : state == "running"_L1 ? QueuedJob::State::Running
                                            : QueuedJob::State::Waiting);
        if (job.id.isEmpty() || job.promptId.isEmpty() || !batchIds.contains(job.batchId))
            continue;
        if (job.state != QueuedJob::State::Waiting)
            job.server = object.value("server"_L1).toString();
        else if (object.contains("pulledBack"_L1))
            contents.pulledBack.insert(job.id, object.value("pulledBack"_L1).toString().toULongLong());
        job.journalOverrides = object.value("overrides"_L1).toArray();
        for (const QJsonValue &item : std::as_const(job.journalOverrides)) {
            const QJsonArray triple = item.toArray();
            // The value is kept as JSON text: 64-bit seeds stay exact.
            job.overrides.append({triple.at(0).toString(), triple.at(1).toString(),
                                  JsonTree::parse(triple.at(2).toString().toUtf8()), triple.at(3).toBool()});
        }
        contents.jobs.append(job);
        auto &[kept, highest] = leastSizes[job.batchId];
        ++kept;
        highest = std::max(highest, job.indexInBatch);
    }
    // A journal written before the batch's size was kept (or a damaged one): no job's index
    // may exceed its batch's size. The highest index kept is usually the last job's.
    for (QueueBatch &batch : contents.batches) {
        const auto [kept, highest] = leastSizes.value(batch.id);
        batch.jobCount = std::max({batch.jobCount, kept, highest});
    }
    contents.ok = true;
    return contents;
}

bool JobJournal::write(const QString &path, const QByteArray &bytes, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Easel
