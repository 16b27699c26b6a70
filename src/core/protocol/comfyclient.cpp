#include "comfyclient.h"

#include "comfyclient_p.h"

#include <QtEndian>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

using ClientDetail::Method;
using ClientDetail::Request;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Request jsonPost(const QString &path, const QJsonObject &body)
{
    Request request;
    request.method = Method::Post;
    request.path = path;
    request.body = compact(body);
    request.contentType = "application/json";
    return request;
}

Request get(const QString &path, const QUrlQuery &query = {})
{
    Request request;
    request.path = path;
    request.query = query;
    return request;
}

// Path segments and query values are percent-encoded fully: QUrlQuery alone leaves '+'
// as is, which aiohttp reads as a space.
QString encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

ComfyClient::ComfyClient(const QUrl &baseUrl, QObject *parent)
    : QObject(parent), d(new Private(this)), m_baseUrl(baseUrl)
{
}

ComfyClient::~ComfyClient()
{
    delete d;
}

void ComfyClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
}

QString ComfyClient::makePromptId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}


int ComfyClient::retryCount() const
{
    return d->retryCount;
}

QFuture<Result<int>> ComfyClient::queueRemaining()
{
    return d->send<int>(get(u"/prompt"_s), &WireParsers::parseQueueRemaining);
}

QFuture<Result<QueueSnapshot>> ComfyClient::queue()
{
    return d->send<QueueSnapshot>(get(u"/queue"_s), &WireParsers::parseQueue);
}

QFuture<Result<Done>> ComfyClient::deleteFromQueue(const QStringList &promptIds)
{
    return d->send<Done>(jsonPost(u"/queue"_s,
                                  {{u"delete"_s, QJsonArray::fromStringList(promptIds)}}),
                         &ignoreBody);
}

QFuture<Result<Done>> ComfyClient::clearQueue()
{
    return d->send<Done>(jsonPost(u"/queue"_s, {{u"clear"_s, true}}), &ignoreBody);
}

QFuture<Result<QList<HistoryEntry>>> ComfyClient::history(int maxItems, int offset)
{
    QUrlQuery query;
    if (maxItems >= 0)
        query.addQueryItem(u"max_items"_s, QString::number(maxItems));
    if (offset >= 0)
        query.addQueryItem(u"offset"_s, QString::number(offset));
    return d->send<QList<HistoryEntry>>(get(u"/history"_s, query), &parseHistoryBody);
}

QFuture<Result<QList<HistoryEntry>>> ComfyClient::historyEntry(const QString &promptId)
{
    // The outputs of a finished prompt (and below, their files) go ahead of requests still
    // waiting for one of the six connections: after queueing 1,000 prompts they would wait
    // for all 1,000 POSTs otherwise. Only reads of finished work jump the line, so nothing
    // overtakes the POST it depends on and the POSTs keep their order.
    Request request = get(u"/history/"_s + encoded(promptId));
    request.urgent = true;
    // Only the asked prompt's entry counts: a server (or a proxy cache) that answers with
    // another prompt's entry as well must not make its files this prompt's outputs.
    auto promise = std::make_shared<QPromise<Result<QList<HistoryEntry>>>>();
    promise->start();
    onFinished(d->send<QList<HistoryEntry>>(std::move(request), &parseHistoryBody), this,
               [promise, promptId](const Result<QList<HistoryEntry>> &result) {
                   if (!result.isOk()) {
                       promise->addResult(result);
                   } else {
                       QList<HistoryEntry> own = result.value();
                       own.removeIf([&](const HistoryEntry &e) { return e.promptId != promptId; });
                       promise->addResult(Result<QList<HistoryEntry>>(std::move(own)));
                   }
                   promise->finish();
               });
    return promise->future();
}

QFuture<Result<Done>> ComfyClient::deleteFromHistory(const QStringList &promptIds)
{
    return d->send<Done>(jsonPost(u"/history"_s,
                                  {{u"delete"_s, QJsonArray::fromStringList(promptIds)}}),
                         &ignoreBody);
}

QFuture<Result<Done>> ComfyClient::clearHistory()
{
    return d->send<Done>(jsonPost(u"/history"_s, {{u"clear"_s, true}}), &ignoreBody);
}

QFuture<Result<QByteArray>> ComfyClient::view(const OutputFile &file)
{
    QUrlQuery query;
    query.addQueryItem(u"filename"_s, encoded(file.filename));
    query.addQueryItem(u"subfolder"_s, encoded(file.subfolder));
    query.addQueryItem(u"type"_s, encoded(file.type));
    Request request = get(u"/view"_s, query);
    request.urgent = true;
    request.maxBytes = m_limits.viewBytes;
    request.deadlineMs = m_limits.viewDeadlineMs;
    return d->send<QByteArray>(std::move(request), &rawBody);
}

QFuture<Result<SavedFile>> ComfyClient::viewToFile(const OutputFile &file, const QString &path, qint64 maxBytes,
                                                   qint64 memoryBytes)
{
    QUrlQuery query;
    query.addQueryItem(u"filename"_s, encoded(file.filename));
    query.addQueryItem(u"subfolder"_s, encoded(file.subfolder));
    query.addQueryItem(u"type"_s, encoded(file.type));
    Request request = get(u"/view"_s, query);
    request.urgent = true;
    request.maxBytes = maxBytes > 0 ? std::min(maxBytes, m_limits.viewBytes) : m_limits.viewBytes;
    request.deadlineMs = m_limits.viewDeadlineMs;
    request.sinkPath = path;
    request.sinkMemoryBytes = std::max<qint64>(memoryBytes, 0);
    auto promise = std::make_shared<QPromise<Result<SavedFile>>>();
    promise->start();
    d->start(std::move(request), [this, promise](Result<QByteArray> result) {
        if (!result.isOk()) {
            emit errorOccurred(result.error());
            promise->addResult(Result<SavedFile>(result.error()));
        } else {
            promise->addResult(Result<SavedFile>(unpackSinkResult(std::move(result.value()))));
        }
        promise->finish();
    });
    return promise->future();
}

OutputFile ComfyClient::inputImageFile(const QString &value)
{
    OutputFile file;
    file.type = u"input"_s;
    QString name = value.trimmed();
    for (const QString &folder : {u"input"_s, u"output"_s, u"temp"_s}) {
        const QString annotation = u" ["_s + folder + u']';
        if (name.endsWith(annotation)) {
            name.chop(annotation.size());
            file.type = folder;
            break;
        }
    }
    const qsizetype slash = name.lastIndexOf(u'/');
    file.subfolder = slash < 0 ? QString() : name.left(slash);
    file.filename = name.mid(slash + 1);
    return file;
}

static QHttpPart formField(const QString &name, const QByteArray &value)
{
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QByteArray("form-data; name=\"" + name.toUtf8() + '"'));
    part.setBody(value);
    return part;
}

static QHttpMultiPart *uploadParts(const QByteArray &bytes, const QString &fileName,
                                   const QString &subfolder, const QString &type, bool overwrite)
{
    auto *multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart image;
    QString safeName = fileName;
    safeName.remove(u'"');
    image.setHeader(QNetworkRequest::ContentDispositionHeader,
                    QByteArray("form-data; name=\"image\"; filename=\"" + safeName.toUtf8()
                               + '"'));
    // The type the web UI's browser would send for the file (audio/wav for LoadAudio's
    // upload in run_media_audio/upload_wav.*): by its extension.
    const QString mime = QMimeDatabase().mimeTypeForFile(fileName, QMimeDatabase::MatchExtension).name();
    image.setHeader(QNetworkRequest::ContentTypeHeader,
                    mime.isEmpty() || mime == "application/x-zerosize"_L1 ? QByteArray("application/octet-stream")
                                                                           : mime.toLatin1());
    image.setBody(bytes);
    multiPart->append(image);
    multiPart->append(formField(u"overwrite"_s, overwrite ? "true" : "false"));
    multiPart->append(formField(u"type"_s, type.toUtf8()));
    if (!subfolder.isEmpty())
        multiPart->append(formField(u"subfolder"_s, subfolder.toUtf8()));
    return multiPart;
}

QFuture<Result<UploadResult>> ComfyClient::uploadImage(const QByteArray &bytes,
                                                       const QString &fileName,
                                                       const QString &subfolder,
                                                       const QString &type, bool overwrite,
                                                       const UploadProgress &progress)
{
    Request request;
    request.method = Method::Post;
    request.path = u"/upload/image"_s;
    request.multiPart = uploadParts(bytes, fileName, subfolder, type, overwrite);
    request.uploadProgress = progress;
    return d->send<UploadResult>(request, &WireParsers::parseUploadResult);
}

// The mask editor's uploads, field by field as the web UI's MaskEditorDialog.save() sends
// them (ComfyUI_frontend src/extensions/core/maskeditor/MaskEditorDialog.ts): image,
// original_ref (compact JSON), type=input, subfolder; no overwrite field.
static QHttpMultiPart *layerParts(const QByteArray &bytes, const QString &fileName,
                                  const OutputFile &originalRef, const QString &subfolder)
{
    auto *multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart image;
    QString safeName = fileName;
    safeName.remove(u'"');
    image.setHeader(QNetworkRequest::ContentDispositionHeader,
                    QByteArray("form-data; name=\"image\"; filename=\"" + safeName.toUtf8()
                               + '"'));
    image.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("image/png"));
    image.setBody(bytes);
    multiPart->append(image);
    multiPart->append(formField(u"original_ref"_s,
                                compact({{u"filename"_s, originalRef.filename},
                                         {u"subfolder"_s, originalRef.subfolder},
                                         {u"type"_s, originalRef.type}})));
    multiPart->append(formField(u"type"_s, "input"));
    multiPart->append(formField(u"subfolder"_s, subfolder.toUtf8()));
    return multiPart;
}

QFuture<Result<UploadResult>> ComfyClient::uploadImage(const QByteArray &bytes,
                                                       const QString &fileName,
                                                       const OutputFile &originalRef,
                                                       const QString &subfolder)
{
    Request request;
    request.method = Method::Post;
    request.path = u"/upload/image"_s;
    request.multiPart = layerParts(bytes, fileName, originalRef, subfolder);
    return d->send<UploadResult>(request, &WireParsers::parseUploadResult);
}

QFuture<Result<UploadResult>> ComfyClient::uploadMask(const QByteArray &bytes,
                                                      const QString &fileName,
                                                      const OutputFile &originalRef,
                                                      const QString &subfolder)
{
    Request request;
    request.method = Method::Post;
    request.path = u"/upload/mask"_s;
    // The server puts this PNG's alpha into original_ref's image and stores that.
    request.multiPart = layerParts(bytes, fileName, originalRef, subfolder);
    return d->send<UploadResult>(request, &WireParsers::parseUploadResult);
}

QFuture<Result<QByteArray>> ComfyClient::objectInfo()
{
    Request request = get(u"/object_info"_s);
    request.maxBytes = m_limits.objectInfoBytes;
    request.deadlineMs = m_limits.objectInfoDeadlineMs;
    return d->send<QByteArray>(std::move(request), &rawBody);
}

QFuture<Result<QByteArray>> ComfyClient::objectInfo(const QString &classType)
{
    Request request = get(u"/object_info/"_s + encoded(classType));
    request.maxBytes = m_limits.objectInfoBytes;
    request.deadlineMs = m_limits.objectInfoDeadlineMs;
    return d->send<QByteArray>(std::move(request), &rawBody);
}

QFuture<Result<SystemStats>> ComfyClient::systemStats()
{
    return d->send<SystemStats>(get(u"/system_stats"_s), &WireParsers::parseSystemStats);
}

QFuture<Result<Features>> ComfyClient::features()
{
    return d->send<Features>(get(u"/features"_s), &WireParsers::parseFeatures);
}

QFuture<Result<QStringList>> ComfyClient::models(const QString &folder)
{
    return d->send<QStringList>(get(u"/models/"_s + encoded(folder)),
                                &WireParsers::parseStringList);
}

QFuture<Result<QStringList>> ComfyClient::embeddings()
{
    return d->send<QStringList>(get(u"/embeddings"_s), &WireParsers::parseStringList);
}

QFuture<Result<Done>> ComfyClient::interrupt(const QString &promptId)
{
    return d->send<Done>(jsonPost(u"/interrupt"_s, {{u"prompt_id"_s, promptId}}), &ignoreBody);
}

QFuture<Result<Done>> ComfyClient::freeMemory(bool unloadModels, bool freeMemory)
{
    return d->send<Done>(jsonPost(u"/free"_s, {{u"unload_models"_s, unloadModels},
                                               {u"free_memory"_s, freeMemory}}),
                         &ignoreBody);
}

} // namespace Easel
