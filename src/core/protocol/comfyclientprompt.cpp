// ComfyClient: submitting a prompt (POST /prompt, its body and its retries).
#include "comfyclient.h"
#include "promptlocator.h"

#include "comfyclient_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

using ClientDetail::Method;
using ClientDetail::Request;

// A JSON string literal, escaped the way QJsonDocument does it.
QByteArray jsonString(const QString &text)
{
    QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray validationFailure(const QByteArray &json, bool mustBeObject, QString *why)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *why = u"%1 at %2"_s.arg(parseError.errorString(),
                                 WireParsers::lineColumn(json, parseError.offset));
        return "invalid";
    }
    if (mustBeObject && !doc.isObject()) {
        *why = u"not a JSON object"_s;
        return "invalid";
    }
    return {};
}

} // namespace

QFuture<Result<QueuedPrompt>> ComfyClient::queuePrompt(const PromptRequest &prompt)
{
    const QString endpoint = u"POST /prompt"_s;
    QString why;
    // Fail fast: a broken graph would otherwise come back as aiohttp's bare 500 page.
    if (!prompt.promptIsObject && !validationFailure(prompt.promptJson, true, &why).isEmpty()) {
        return Private::failed<QueuedPrompt>(
            this, ProtocolError(ProtocolError::Kind::UnexpectedShape, endpoint,
                                QCoreApplication::translate("Easel::ProtocolError", "%1: the prompt is not a JSON object (%2)").arg(endpoint, why)));
    }
    if (!prompt.workflowJson.isEmpty()
        && !validationFailure(prompt.workflowJson, false, &why).isEmpty()) {
        return Private::failed<QueuedPrompt>(
            this, ProtocolError(ProtocolError::Kind::UnexpectedShape, endpoint,
                                QCoreApplication::translate("Easel::ProtocolError", "%1: the workflow is not valid JSON (%2)").arg(endpoint, why)));
    }
    const QString promptId = prompt.promptId.isEmpty() ? makePromptId() : prompt.promptId;

    // Built as text so the prompt and workflow bytes go out verbatim: a QJsonDocument round
    // trip would turn seed 18446744073709551615 into 18446744073709552000.
    QByteArray body = "{\"prompt\": " + prompt.promptJson.trimmed();
    if (!prompt.clientId.isEmpty())
        body += ", \"client_id\": " + jsonString(prompt.clientId);
    body += ", \"prompt_id\": " + jsonString(promptId);
    // extra_data: the workflow for the PNG, and the profile's Comfy API key, which API nodes
    // of comfy.org read from api_key_comfy_org.
    QByteArrayList extraData;
    if (!prompt.workflowJson.isEmpty())
        extraData.append("\"extra_pnginfo\": {\"workflow\": " + prompt.workflowJson.trimmed() + '}');
    if (!m_transport.comfyApiKey.isEmpty())
        extraData.append("\"api_key_comfy_org\": " + jsonString(m_transport.comfyApiKey));
    if (!extraData.isEmpty())
        body += ", \"extra_data\": {" + extraData.join(", ") + '}';
    if (prompt.front)
        body += ", \"front\": true";
    if (prompt.number)
        body += ", \"number\": " + QByteArray::number(*prompt.number, 'g', 17);
    if (!prompt.partialExecutionTargets.isEmpty()) {
        body += ", \"partial_execution_targets\": "
                + QJsonDocument(QJsonArray::fromStringList(prompt.partialExecutionTargets))
                      .toJson(QJsonDocument::Compact);
    }
    body += '}';

    Request request;
    request.method = Method::Post;
    request.path = u"/prompt"_s;
    request.body = body;
    request.contentType = "application/json";
    auto promise = std::make_shared<QPromise<Result<QueuedPrompt>>>();
    promise->start();
    postPrompt(request, promptId, promise, 0);
    return promise->future();
}

// POST /prompt, made idempotent by the client-made prompt_id: when the answer is lost to a
// transient failure, the prompt may or may not be queued, so /queue and /history/{id} are
// asked before it is sent again.
void ComfyClient::postPrompt(const ClientDetail::Request &request, const QString &promptId,
                             const std::shared_ptr<QPromise<Result<QueuedPrompt>>> &promise,
                             int attempt)
{
    // Straight to the promise the caller watches: one round of events per prompt, not two.
    d->sendTo<QueuedPrompt>(request, &WireParsers::parseQueuedPrompt,
               [this, request, promptId, promise, attempt](const Result<QueuedPrompt> &result) {
                   if (result.isOk() || attempt >= m_maxRetries
                       || !Private::isTransient(result.error())) {
                       promise->addResult(result);
                       promise->finish();
                       return;
                   }
                   ++d->retryCount;
                   const int delay = std::min(m_retryDelayMs << std::min(attempt, 6), 10000);
                   QTimer::singleShot(delay, this, [this, request, promptId, promise, attempt,
                                                    result] {
                       findQueuedPrompt(promptId, [this, request, promptId, promise, attempt,
                                                   result](std::optional<QueuedPrompt> found,
                                                           bool answered) {
                           if (found) {
                               promise->addResult(Result<QueuedPrompt>(*found));
                               promise->finish();
                           } else if (!answered) {
                               promise->addResult(result); // cannot tell: report the failure
                               promise->finish();
                           } else {
                               postPrompt(request, promptId, promise, attempt + 1);
                           }
                       });
                   });
               });
}

void ComfyClient::findQueuedPrompt(const QString &promptId,
                                   std::function<void(std::optional<QueuedPrompt>, bool)> done)
{
    PromptLocator::locate(this, promptId, PromptLocator::Mode::Locate, this,
                          [promptId, done](const PromptLocation &location) {
                              if (location.place == PromptLocation::Place::Unknown)
                                  done(std::nullopt, false);
                              else if (location.place == PromptLocation::Place::Gone)
                                  done(std::nullopt, true);
                              else
                                  done(QueuedPrompt{promptId, location.number, {}}, true);
                          });
}

} // namespace Easel
