#include "outputstore.h"

#include "comfyclient.h"
#include "contentclaims.h"
#include "futurecallback.h"
#include "libraryindex.h"
#include "libraryowner.h"
#include "outputstorefiles.h"
#include "promptfacts.h"
#include "safefilename.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOutputs, "easel.outputs")

// The store's index bookkeeping: jobs recorded, history entries turned into Pending rows
// with reserved paths. Fetching and placing the files: outputstoredownload.cpp and
// outputstoreplacement.cpp.

namespace Easel {

QString OutputStore::boundedText(const QString &text)
{
    if (text.size() <= maxTextChars)
        return text;
    // A node that prints a whole tensor or a log can send megabytes of text: the library
    // keeps the first part and says what was cut, so memory and the index stay bounded.
    return text.left(maxTextChars) + u"\n\n"_s
           + QCoreApplication::translate("Easel::OutputStore",
                                         "[Easel kept the first %1 of %2 characters of this text]")
                 .arg(maxTextChars)
                 .arg(text.size());
}

OutputStore::OutputStore(ComfyClient *client, const QString &libraryDirectory, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_index(std::make_unique<LibraryIndex>(libraryDirectory))
{
    qRegisterMetaType<Easel::OutputRecord>();
    // Queued: a waiter retries on its own thread's next turn, never inside the releasing
    // store's callback.
    connect(ContentClaims::instance(), &ContentClaims::released, this, &OutputStore::placeWaiting,
            Qt::QueuedConnection);
}

OutputStore::~OutputStore()
{
    // Placements still running go with this store: other stores waiting for the same
    // bytes must not wait for ever.
    for (const QByteArray &sha256 : std::as_const(m_claimed))
        ContentClaims::instance()->release(m_libraryKey, sha256);
    if (m_ownerHeld)
        LibraryOwner::release(libraryDirectory());
}

void OutputStore::beginBatch()
{
    if (!m_batchOpen)
        m_batchOpen = m_index->transaction(); // without one, each write commits by itself
}

void OutputStore::commitBatch()
{
    if (!m_batchOpen)
        return;
    m_batchOpen = false;
    if (!m_index->commit())
        qCWarning(lcOutputs) << "cannot commit the library index" << m_index->errorString();
}

bool OutputStore::open()
{
    if (!m_index->open())
        return false;
    // The Pending rows this store records are this process's until it ends (LibraryOwner).
    m_index->setOwner(LibraryOwner::token());
    if (!m_ownerHeld) {
        m_ownerHeld = true;
        if (!LibraryOwner::hold(libraryDirectory()))
            qCWarning(lcOutputs) << "cannot hold the library's owner lock in" << libraryDirectory();
    }
    return true;
}

QString OutputStore::errorString() const
{
    return m_index->errorString();
}

QString OutputStore::libraryDirectory() const
{
    return m_index->libraryDirectory();
}

QString OutputStore::server() const
{
    return m_client->baseUrl().toString();
}

void OutputStore::setRetryDelays(int firstMs, int maxMs)
{
    m_firstRetryMs = firstMs;
    m_maxRetryMs = maxMs;
}

void OutputStore::recordJob(const QString &promptId, const QByteArray &apiJson,
                            const QByteArray &workflowJson, const QByteArray &baseApiJson,
                            const QString &workflowName)
{
    JobRecord job;
    job.promptId = promptId;
    job.server = server();
    job.apiJson = apiJson;
    job.workflowJson = workflowJson;
    job.changedInputs = changedInputs(baseApiJson, apiJson);
    const QString pendingName = m_pendingNames.take(promptId);
    job.workflowName = workflowName.isEmpty() ? pendingName : workflowName;
    job.submittedAt = QDateTime::currentDateTimeUtc();
    // Committed at once, before the caller posts the prompt: should Easel die the moment
    // the server has it, the next start still fetches its outputs (recoverUnfetchedJobs).
    if (!m_index->addJob(job))
        qCWarning(lcOutputs) << "cannot record job" << promptId << m_index->errorString();
    if (m_recentJobs.size() >= 4096)
        m_recentJobs.clear(); // jobs that never reached history (forgotten, rejected)
    m_recentJobs.insert(promptId, {apiJson, job.workflowName});
}

void OutputStore::setWorkflowName(const QString &promptId, const QString &name)
{
    if (promptId.isEmpty() || name.isEmpty())
        return;
    const auto recent = m_recentJobs.find(promptId);
    if (recent != m_recentJobs.end() && recent->workflowName.isEmpty())
        recent->workflowName = name; // as the index does: only where no name was given
    if (recent != m_recentJobs.end() || m_index->job(promptId)) {
        if (!m_index->setWorkflowName(promptId, name))
            qCWarning(lcOutputs) << "cannot name job" << promptId << m_index->errorString();
        return;
    }
    m_pendingNames.insert(promptId, name);
}

QString OutputStore::reservePath(const QString &serverFileName, const QString &promptId) const
{
    const QString name = safeFileName(serverFileName);
    const QFileInfo info(name);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
    const QDir dir(m_index->libraryDirectory());
    const auto free = [&](const QString &path) {
        return !QFileInfo::exists(path) && !m_index->isPathTaken(path);
    };
    // The server's name, else the name marked with the job ("name (1a2b3c4d).png"), else
    // with a random tag: a constant number of looks whatever the library holds. Probing
    // "name (1)", "name (2)", ... cost one look per earlier copy: ~500 per job after 1,000
    // fully cached jobs that all report the same file.
    QString candidate = dir.filePath(name);
    if (free(candidate))
        return candidate;
    const QString job = promptId.left(8);
    if (!job.isEmpty()) {
        candidate = dir.filePath(u"%1 (%2)%3"_s.arg(base, job, suffix));
        if (free(candidate))
            return candidate;
    }
    for (;;) {
        const QString tag = QString::number(QRandomGenerator::global()->generate(), 36);
        candidate = dir.filePath(u"%1 (%2)%3"_s.arg(base, job.isEmpty() ? tag : job + u'-' + tag, suffix));
        if (free(candidate))
            return candidate;
    }
}

int OutputStore::addHistoryEntry(const HistoryEntry &entry)
{
    QByteArray apiJson;
    QString workflowName;
    if (const auto recent = m_recentJobs.constFind(entry.promptId); recent != m_recentJobs.cend()) {
        apiJson = recent->apiJson;
        workflowName = recent->workflowName;
    } else if (const std::optional<JobRecord> job = m_index->job(entry.promptId)) {
        apiJson = job->apiJson;
        workflowName = job->workflowName;
    } else {
        // Not queued by this library (or its record was lost): keep what history knows.
        JobRecord known;
        known.promptId = entry.promptId;
        known.server = server();
        known.apiJson = QJsonDocument(entry.prompt).toJson(QJsonDocument::Compact);
        const QJsonObject workflow = entry.extraData.value("extra_pnginfo"_L1).toObject()
                                         .value("workflow"_L1).toObject();
        if (!workflow.isEmpty())
            known.workflowJson = QJsonDocument(workflow).toJson(QJsonDocument::Compact);
        known.changedInputs = "{}";
        beginBatch();
        m_index->addJob(known);
        apiJson = known.apiJson;
    }
    const PromptFacts facts = promptFacts(apiJson);
    const QDateTime createdAt = entry.startTimestampMs > 0
                                    ? QDateTime::fromMSecsSinceEpoch(entry.startTimestampMs, Qt::UTC)
                                    : QDateTime::currentDateTimeUtc();
    beginBatch();
    QList<OutputRecord> added;
    bool allNew = true;
    for (const NodeOutput &node : entry.outputs) {
        int textIndex = 0;
        for (const TypedOutput &output : typedOutputs(node)) {
            OutputRecord record;
            record.server = server();
            record.promptId = entry.promptId;
            record.nodeId = node.nodeId;
            record.kind = output.kind;
            if (output.hasFile()) {
                record.serverFileName = output.file.filename;
                record.subfolder = output.file.subfolder;
                record.type = output.file.type;
                record.path = reservePath(output.file.filename, entry.promptId);
            } else if (output.kind == MediaKind::Text) {
                // No file on the server: Easel writes the text into the library as a .txt
                // file, so a text output can be opened, dragged out and found like any
                // other. The name is made here, unique within the job.
                ++textIndex;
                record.serverFileName = u"text_%1_%2.txt"_s.arg(safeFileName(node.nodeId)).arg(textIndex);
                record.type = textOutputType;
                record.path = reservePath(u"%1_%2"_s.arg(entry.promptId.left(8), record.serverFileName), entry.promptId);
                record.text = boundedText(output.text);
            } else {
                continue; // a key Easel does not know: kept in the entry's raw JSON only
            }
            record.createdAt = createdAt;
            record.seed = facts.seed;
            record.promptText = facts.promptText;
            record.workflowName = workflowName;
            record.id = m_index->addPendingOutput(record); // 0 when already known: no duplicate
            if (record.id == 0)
                allNew = false;
            else
                added.append(record);
        }
    }
    m_index->markJobFetched(entry.promptId);
    m_recentJobs.remove(entry.promptId);
    // Every Pending row (with the path it reserves) is committed before its file is written.
    commitBatch();
    if (allNew) {
        // The rows just written, as the index holds them: no need to read them back.
        for (const OutputRecord &record : std::as_const(added))
            enqueue(record);
    } else {
        // History read again: some files are known already, stored or still owed. Those
        // owed are fetched here unless another live process fetches them (LibraryOwner).
        for (const OutputRecord &record : m_index->takePendingOutputs(server(), entry.promptId, ownerAlive()))
            enqueue(record, false);
    }
    pump();
    return m_outstanding.value(entry.promptId);
}

void OutputStore::fetchJob(const QString &promptId)
{
    if (m_fetchingJobs.contains(promptId))
        return;
    m_fetchingJobs.insert(promptId);
    onFinished(m_client->historyEntry(promptId), this,
               [this, promptId](const Result<QList<HistoryEntry>> &result) {
                   m_fetchingJobs.remove(promptId);
                   // Empty: still queued or running, or the server forgot it; asked again later.
                   if (result.isOk() && !result.value().isEmpty())
                       addHistoryEntry(result.value().constFirst());
               });
}

std::function<bool(const QString &)> OutputStore::ownerAlive() const
{
    return [library = libraryDirectory()](const QString &owner) { return LibraryOwner::isAlive(library, owner); };
}

void OutputStore::resumePending()
{
    // Only this process's rows, and those no live process owns: another Easel on this
    // library and server may be fetching its own into the same part files right now.
    for (const OutputRecord &record : m_index->takePendingOutputs(server(), {}, ownerAlive()))
        enqueue(record, false);
    pump();
}

void OutputStore::recoverUnfetchedJobs(const QSet<QString> &except)
{
    for (const QString &promptId : m_index->unfetchedJobs(server())) {
        if (!except.contains(promptId))
            fetchJob(promptId);
    }
}

} // namespace Easel
