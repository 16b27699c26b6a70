// SimServer's routes: the REST endpoints of ComfyUI, and the prompt and queue posts.
#include "simserver.h"

#include "executionengine.h"
#include "faultcontrol.h"
#include "filehandlers.h"
#include "httpreply.h"
#include "maskcompositor.h"
#include "promptvalidator.h"
#include "simcatalogue.h"
#include "simulatedmodels.h"
#include "wshub.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Easel::Sim {

static JsonTree resourceJson(const QString &name)
{
    QFile file(u":/easel-sim/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return JsonTree::parse(file.readAll());
}

HttpReply SimServer::dispatch(const QHttpServerRequest &request, const QString &path)
{
    const bool get = request.method() == QHttpServerRequest::Method::Get;
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    const QUrlQuery query(request.url());
    const QString inputDir = m_dataDir + u"/input"_s;
    // aiohttp's Origin check on loopback.
    const QByteArray origin = request.value("Origin");
    if (!origin.isEmpty()) {
        const QUrl originUrl(QString::fromLatin1(origin));
        const QString originHost = originUrl.host() + (originUrl.port() > 0 ? u':' + QString::number(originUrl.port()) : QString());
        if (originHost != QString::fromLatin1(request.value("Host")))
            return HttpReply::empty(403);
    }
    if (path == "/prompt"_L1 || path.startsWith("/object_info"_L1))
        m_compositor->settleAll(); // LoadImage's list of files, and the files a prompt reads
    if (get && path == "/object_info"_L1)
        return HttpReply::json(m_catalogue->all(inputDir));
    if (get && path.startsWith("/object_info/"_L1)) {
        const QString name = QUrl::fromPercentEncoding(path.mid(13).toUtf8());
        JsonTree result = JsonTree::object();
        if (m_catalogue->contains(name))
            result.insert(name, m_catalogue->definition(name, inputDir));
        return HttpReply::json(result);
    }
    if (get && path == "/system_stats"_L1)
        return HttpReply::json(resourceJson(u"system_stats.json"_s));
    if (get && path == "/features"_L1)
        return HttpReply::json(WsHub::serverFeatures());
    if (get && path == "/embeddings"_L1)
        return HttpReply::json(JsonTree::array());
    if (get && path == "/extensions"_L1)
        return HttpReply::json(resourceJson(u"extensions.json"_s));
    static const QStringList folders{u"checkpoints"_s, u"configs"_s, u"loras"_s, u"vae"_s, u"text_encoders"_s,
                                     u"diffusion_models"_s, u"clip_vision"_s, u"style_models"_s, u"embeddings"_s,
                                     u"diffusers"_s, u"vae_approx"_s, u"controlnet"_s, u"gligen"_s,
                                     u"upscale_models"_s, u"custom_nodes"_s, u"hypernetworks"_s, u"photomaker"_s,
                                     u"classifiers"_s, u"model_patches"_s, u"audio_encoders"_s};
    if (get && path == "/models"_L1)
        return HttpReply::json(JsonTree::fromStringList(folders));
    if (get && path.startsWith("/models/"_L1))
        return folders.contains(path.mid(8))
                   ? HttpReply::json(JsonTree::fromStringList(SimulatedModels::files(path.mid(8))))
                   : HttpReply::empty(404);
    if (path == "/prompt"_L1) {
        if (get) {
            JsonTree execInfo = JsonTree::object();
            execInfo.insert(u"queue_remaining"_s, JsonTree::fromInt(m_engine->queueRemaining()));
            JsonTree result = JsonTree::object();
            result.insert(u"exec_info"_s, execInfo);
            return HttpReply::json(result);
        }
        if (post)
            return postPrompt(request.body());
    }
    if (path == "/queue"_L1) {
        if (get)
            return HttpReply::json(m_engine->queueJson());
        if (post)
            return postQueueOrHistory(request.body(), false);
    }
    if (path == "/history"_L1) {
        if (get) {
            bool okMax = true;
            bool okOffset = true;
            const int maxItems = query.hasQueryItem(u"max_items"_s) ? query.queryItemValue(u"max_items"_s).toInt(&okMax) : -1;
            const int offset = query.hasQueryItem(u"offset"_s) ? query.queryItemValue(u"offset"_s).toInt(&okOffset) : -1;
            if (!okMax || !okOffset)
                return HttpReply::serverError();
            return HttpReply::json(m_engine->history().list(maxItems, offset));
        }
        if (post)
            return postQueueOrHistory(request.body(), true);
    }
    if (get && path.startsWith("/history/"_L1))
        return HttpReply::json(m_engine->history().entry(QUrl::fromPercentEncoding(path.mid(9).toUtf8())));
    if (post && path == "/interrupt"_L1) {
        const JsonTree body = JsonTree::parse(request.body());
        m_engine->interrupt(body.isObject() ? body.value(u"prompt_id").toString() : QString());
        return HttpReply::empty(200);
    }
    if (post && path == "/free"_L1) {
        const JsonTree body = JsonTree::parse(request.body());
        if (!body.isObject())
            return HttpReply::serverError();
        if (body.value(u"free_memory").toBool())
            m_engine->freeMemory();
        return HttpReply::empty(200);
    }
    FileHandlers files(m_dataDir, m_compositor.get());
    if (get && path == "/view"_L1) {
        if (m_faults && m_faults->escapesFileNames()) {
            // Serve the real file behind the hostile name this server announced.
            QUrlQuery real = query;
            QString name = real.queryItemValue(u"filename"_s, QUrl::FullyDecoded);
            while (name.startsWith(QString::fromLatin1(FaultControl::escapePrefix())))
                name = name.mid(FaultControl::escapePrefix().size());
            real.removeAllQueryItems(u"filename"_s);
            real.addQueryItem(u"filename"_s, QString::fromLatin1(QUrl::toPercentEncoding(name)));
            return files.view(real);
        }
        return files.view(query);
    }
    if (post && (path == "/upload/image"_L1 || path == "/upload/mask"_L1)) {
        emit uploadReceived(path, request.value("Content-Type"), request.body());
        if (request.body().size() > m_maxUploadSize) {
            // aiohttp's HTTPRequestEntityTooLarge.
            return {413, QByteArrayLiteral("text/plain; charset=utf-8"),
                    "Maximum request body size " + QByteArray::number(m_maxUploadSize)
                        + " exceeded, actual body size " + QByteArray::number(request.body().size()),
                    {}};
        }
        return files.upload(request.value("Content-Type"), request.body(), path.endsWith("mask"_L1));
    }
    static const QStringList known{u"/object_info"_s, u"/prompt"_s, u"/queue"_s, u"/history"_s, u"/interrupt"_s,
                                   u"/free"_s, u"/view"_s, u"/upload/image"_s, u"/upload/mask"_s};
    return HttpReply::empty(known.contains(path) ? 405 : 404);
}

HttpReply SimServer::postQueueOrHistory(const QByteArray &rawBody, bool history)
{
    const JsonTree body = JsonTree::parse(rawBody);
    if (!body.isObject())
        return HttpReply::serverError();
    if (body.value(u"clear").toBool()) {
        if (history)
            m_engine->history().clear();
        else
            m_engine->clearPending();
    }
    const JsonTree ids = body.value(u"delete");
    QStringList list;
    for (int i = 0; i < ids.size(); ++i)
        list.append(ids.at(i).toString());
    if (history) {
        for (const QString &id : std::as_const(list))
            m_engine->history().remove(id);
    } else if (!list.isEmpty()) {
        m_engine->deletePending(list);
    }
    return HttpReply::empty(200);
}

HttpReply SimServer::postPrompt(const QByteArray &rawBody)
{
    JsonParseError parseError;
    const JsonTree body = JsonTree::parse(rawBody, &parseError);
    if (!body.isObject())
        return HttpReply::serverError();
    JsonNumber number;
    if (body.contains(u"number")) {
        number = JsonNumber::fromDouble(body.value(u"number").toNumber().toDouble());
    } else {
        const qint64 n = m_counter++;
        number = JsonNumber::fromInt(body.value(u"front").toBool() ? -n : n);
    }
    if (!body.contains(u"prompt")) {
        JsonTree error = JsonTree::object();
        error.insert(u"type"_s, JsonTree::fromString(u"no_prompt"_s));
        error.insert(u"message"_s, JsonTree::fromString(u"No prompt provided"_s));
        error.insert(u"details"_s, JsonTree::fromString(u"No prompt provided"_s));
        error.insert(u"extra_info"_s, JsonTree::object());
        JsonTree result = JsonTree::object();
        result.insert(u"error"_s, error);
        result.insert(u"node_errors"_s, JsonTree::object());
        return HttpReply::json(result, 400);
    }
    const JsonTree prompt = body.value(u"prompt");
    const JsonTree idValue = body.value(u"prompt_id");
    const QString promptId = idValue.isNull() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
        : idValue.isString()                  ? idValue.toString()
                                              : pythonRepr(idValue);
    const PromptValidator validator(*m_catalogue, m_dataDir + u"/input"_s);
    const PromptValidator::Result valid = validator.validate(prompt, body.value(u"partial_execution_targets"));
    JsonTree extraData = body.value(u"extra_data");
    if (!extraData.isObject())
        extraData = JsonTree::object();
    if (body.contains(u"client_id"))
        extraData.insert(u"client_id"_s, body.value(u"client_id"));
    JsonTree result = JsonTree::object();
    if (!valid.ok) {
        result.insert(u"error"_s, valid.error);
        result.insert(u"node_errors"_s, valid.nodeErrors);
        return HttpReply::json(result, 400);
    }
    emit promptExtraData(promptId, body.value(u"extra_data").toPython());
    m_engine->enqueue({number, promptId, prompt, extraData, valid.outputs});
    emit promptQueued(promptId);
    result.insert(u"prompt_id"_s, JsonTree::fromString(promptId));
    result.insert(u"number"_s, JsonTree::fromNumber(number));
    result.insert(u"node_errors"_s, valid.nodeErrors);
    return HttpReply::json(result);
}

} // namespace Easel::Sim
