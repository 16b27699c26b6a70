#include "outputstore.h"

#include "comfyclient.h"
#include "contentclaims.h"
#include "futurecallback.h"
#include "libraryindex.h"
#include "libraryowner.h"
#include "outputstorefiles.h"
#include "safefilename.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPointer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOutputs, "easel.outputs")

// The store's bookkeeping on its own thread: jobs recorded, history entries handed to the
// writer (OutputStoreWriter), which turns them into Pending rows with reserved paths.
// Fetching and placing the files: outputstoredownload.cpp and outputstoreplacement.cpp.

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
    if (m_writer) {
        // What was asked of the writer is done before the store goes (a Stored row, a
        // file in place); then its connection closes and the owner lock goes, on its own
        // thread.
        QMetaObject::invokeMethod(
            m_writer,
            [writer = m_writer] {
                writer->close();
                QThread::currentThread()->quit();
            },
            Qt::QueuedConnection);
        m_writerThread->wait();
        delete m_writer;
        delete m_writerThread;
    }
    // Placements still running go with this store: other stores waiting for the same
    // bytes must not wait for ever.
    for (const QByteArray &sha256 : std::as_const(m_claimed))
        ContentClaims::instance()->release(m_libraryKey, sha256);
}

void OutputStore::open()
{
    if (m_writer)
        return;
    m_state = LibraryState::Opening;
    m_writer = new OutputStoreWriter(m_index->libraryDirectory(), m_index->databasePath(), LibraryOwner::token());
    // Queued (the writer's thread to this one), in order with the writer's answers: the
    // open is said before any answer to work asked after it.
    connect(m_writer, &OutputStoreWriter::opened, this, [this](const QString &libraryKey) {
        const bool late = m_state == LibraryState::Failed;
        m_libraryKey = libraryKey;
        m_state = LibraryState::Open;
        m_error.clear();
        emit libraryOpened();
        // Opened on a later try: what the failed open could not resume is fetched now.
        if (late && m_resumeAsked)
            resumePending();
    });
    connect(m_writer, &OutputStoreWriter::openFailed, this, [this](const QString &error) {
        m_state = LibraryState::Failed;
        m_error = error;
        emit libraryFailed(error);
    });
    m_writerThread = new QThread;
    m_writerThread->setObjectName(u"OutputStoreWriter"_s);
    m_writer->moveToThread(m_writerThread);
    m_writerThread->start();
    onWriter([](OutputStoreWriter &writer) { writer.open(); });
}

LibraryIndex *OutputStore::index() const
{
    if (!m_indexOpened) {
        m_indexOpened = true;
        if (!m_index->open())
            qCWarning(lcOutputs) << "cannot open the library index" << m_index->errorString();
    }
    return m_index.get();
}

QString OutputStore::libraryDirectory() const
{
    return m_index->libraryDirectory();
}

QString OutputStore::databasePath() const
{
    return m_index->databasePath();
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
                            const QString &workflowName, QObject *context, std::function<void()> recorded,
                            std::optional<QJsonObject> api)
{
    JobRecord job;
    job.promptId = promptId;
    job.server = server();
    job.apiJson = apiJson;
    job.workflowJson = workflowJson;
    const QString pendingName = m_pendingNames.take(promptId);
    if (!pendingName.isEmpty())
        m_namesToWrite.removeIf([&promptId](const auto &named) { return named.first == promptId; });
    job.workflowName = workflowName.isEmpty() ? pendingName : workflowName;
    job.submittedAt = QDateTime::currentDateTimeUtc();
    if (m_recentJobs.size() >= 4096)
        m_recentJobs.clear(); // jobs that never reached history (forgotten, rejected)
    m_recentJobs.insert(promptId, {apiJson, job.workflowName});
    if (!m_writer) {
        if (recorded)
            recorded(); // no library: nothing to wait for
        return;
    }
    // Committed before the caller posts the prompt (recorded): should Easel die the moment
    // the server has it, the next start still fetches its outputs (recoverUnfetchedJobs).
    onWriter([job, baseApiJson, api = std::move(api)](OutputStoreWriter &writer) {
                 return writer.addJob(job, baseApiJson, api);
             },
             [guard = QPointer<QObject>(context), hasContext = context != nullptr,
              recorded = std::move(recorded)](bool) {
                 if (recorded && (!hasContext || guard))
                     recorded();
             });
}

void OutputStore::setWorkflowName(const QString &promptId, const QString &name)
{
    if (promptId.isEmpty() || name.isEmpty())
        return;
    const auto recent = m_recentJobs.find(promptId);
    if (recent != m_recentJobs.end()) {
        if (!recent->workflowName.isEmpty())
            return; // as the index does: only where no name was given, and it has one
        recent->workflowName = name;
        if (m_writer)
            onWriter([promptId, name](OutputStoreWriter &writer) { writer.setWorkflowName(promptId, name); });
        return;
    }
    // Not recorded this session (the window names a job as it queues it, before it is
    // submitted): named at recordJob when it comes. Should an earlier session have recorded
    // it (a job restored from the journal), the index gets the name with the writer's next
    // call: one look-up there, no call of its own.
    if (m_pendingNames.size() >= 4096)
        m_pendingNames.clear();
    m_pendingNames.insert(promptId, name);
    if (m_namesToWrite.size() < 4096)
        m_namesToWrite.append({promptId, name});
}

int OutputStore::addHistoryEntry(const HistoryEntry &entry)
{
    QByteArray apiJson;
    QString workflowName;
    if (const auto recent = m_recentJobs.constFind(entry.promptId); recent != m_recentJobs.cend()) {
        apiJson = recent->apiJson;
        workflowName = recent->workflowName;
    }
    m_recentJobs.remove(entry.promptId);
    const QDateTime createdAt = entry.startTimestampMs > 0
                                    ? QDateTime::fromMSecsSinceEpoch(entry.startTimestampMs, Qt::UTC)
                                    : QDateTime::currentDateTimeUtc();
    QList<OutputRecord> records;
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
            } else if (output.kind == MediaKind::Text) {
                // No file on the server: Easel writes the text into the library as a .txt
                // file, so a text output can be opened, dragged out and found like any
                // other. The name is made here, unique within the job.
                ++textIndex;
                record.serverFileName = u"text_%1_%2.txt"_s.arg(safeFileName(node.nodeId)).arg(textIndex);
                record.type = textOutputType;
                record.text = boundedText(output.text);
            } else {
                continue; // a key Easel does not know: kept in the entry's raw JSON only
            }
            record.createdAt = createdAt;
            records.append(record);
        }
    }
    if (!m_writer)
        return 0;
    // The entry itself is owed until the writer answers: the job settles after that.
    const bool owes = !records.isEmpty();
    if (owes)
        ++m_outstanding[entry.promptId];
    const QString promptId = entry.promptId;
    onWriter(
        [entry, records, apiJson, workflowName, server = server()](OutputStoreWriter &writer) {
            return writer.recordEntry(entry, records, apiJson, workflowName, server);
        },
        [this, promptId, owes](const OutputStoreWriter::RecordedEntry &recorded) {
            if (owes)
                entryRecorded(promptId, recorded);
        });
    return m_outstanding.value(promptId);
}

void OutputStore::entryRecorded(const QString &promptId, const OutputStoreWriter::RecordedEntry &recorded)
{
    for (const OutputRecord &record : recorded.added)
        enqueue(record);
    for (const OutputRecord &record : recorded.resumed)
        enqueue(record);
    if (!recorded.storedBefore.isEmpty())
        m_storedBefore.insert(promptId, recorded.storedBefore);
    if (!recorded.error.isEmpty())
        qCWarning(lcOutputs) << "cannot record the outputs of" << promptId << recorded.error;
    settleOne(promptId, recorded.error.isEmpty(),
              recorded.error.isEmpty() ? QString()
                                       : tr("Could not record the outputs in the library: %1").arg(recorded.error));
    pump();
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

void OutputStore::resumePending()
{
    if (!m_writer)
        return;
    m_resumeAsked = true;
    // Only this process's rows, and those no live process owns: another Easel on this
    // library and server may be fetching its own into the same part files right now.
    onWriter([server = server()](OutputStoreWriter &writer) { return writer.takePending(server); },
             [this](const OutputStoreWriter::Resumed &resumedRows) {
                 for (const OutputRecord &record : resumedRows.owed)
                     enqueue(record);
                 for (const OutputRecord &record : resumedRows.stored) {
                     // Written before a crash or quit, marked Stored by the writer now.
                     ++m_outstanding[record.promptId];
                     stored(record, record.size, nullptr, record.path);
                 }
                 emit resumed(int(resumedRows.owed.size() + resumedRows.stored.size()));
                 pump();
             });
}

void OutputStore::recoverUnfetchedJobs(const QSet<QString> &except)
{
    if (!m_writer)
        return;
    onWriter([server = server()](OutputStoreWriter &writer) { return writer.unfetchedJobs(server); },
             [this, except](const QStringList &jobs) {
                 for (const QString &promptId : jobs) {
                     if (!except.contains(promptId))
                         fetchJob(promptId);
                 }
             });
}

} // namespace Easel
