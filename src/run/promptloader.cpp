#include "promptloader.h"

#include "comfyclient.h"
#include "dynamicprompt.h"
#include "futurecallback.h"
#include "promptconverter.h"
#include "promptpreflight.h"
#include "savedworkflow.h"
#include "workflowfile.h"
#include "workflowvalidator.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace Easel {

namespace {

// lupdate files tr() calls by the class they are made from; a free helper would file these
// strings under the namespace, where the translation is never looked up.
struct PromptLoaderText
{
    Q_DECLARE_TR_FUNCTIONS(Easel::PromptLoader)
};

// Whether any text input holds dynamic-prompt syntax (the catalogue says which count).
bool hasDynamicSyntax(const JsonTree &prompt)
{
    for (int n = 0; prompt.isObject() && n < prompt.size(); ++n) {
        const JsonTree *inputs = prompt.at(n).find(u"inputs");
        for (int i = 0; inputs && inputs->isObject() && i < inputs->size(); ++i) {
            if (inputs->at(i).isString() && DynamicPrompt::hasSyntax(inputs->at(i).toString()))
                return true;
        }
    }
    return false;
}

} // namespace

PromptLoader::PromptLoader(const QUrl &server, const QString &objectInfoPath,
                           const TransportOptions &transport)
    : m_server(server), m_transport(transport), m_objectInfoPath(objectInfoPath)
{
}

bool PromptLoader::loadCatalogue()
{
    QByteArray bytes;
    if (!m_objectInfoPath.isEmpty()) {
        QFile file(m_objectInfoPath);
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = PromptLoaderText::tr("Cannot open %1: %2").arg(m_objectInfoPath, file.errorString());
            return false;
        }
        bytes = file.readAll();
    } else {
        ComfyClient client(m_server);
        client.setTransportOptions(m_transport);
        QEventLoop loop;
        bool ok = false;
        onFinished(client.objectInfo(), &loop, [&](const Result<QByteArray> &result) {
            ok = result.isOk();
            // Only a server that did not answer is unreachable; one that answered with
            // something unusable (an error status, a giant) makes the workflow unconvertible.
            using Kind = ProtocolError::Kind;
            const Kind kind = result.error().kind();
            m_unreachable = !ok && (kind == Kind::ConnectionRefused || kind == Kind::HostNotFound
                                    || kind == Kind::Timeout || kind == Kind::Network
                                    || kind == Kind::Tls);
            if (ok)
                bytes = result.value();
            else
                m_error = PromptLoaderText::tr("Cannot read /object_info from %1: %2")
                              .arg(m_server.toString(), result.error().message());
            loop.quit();
        });
        loop.exec();
        if (!ok)
            return false;
    }
    // Parsed on a worker thread: tens of MB on servers with many node packs.
    NodeCatalogue::ParseError parseError;
    QFuture<NodeCatalogue> parsed = QtConcurrent::run([bytes, &parseError] {
        return NodeCatalogue::fromJson(bytes, &parseError);
    });
    QFutureWatcher<NodeCatalogue> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(parsed);
    if (!parsed.isFinished())
        loop.exec();
    m_catalogue = parsed.result();
    if (m_catalogue.isEmpty()) {
        m_error = PromptLoaderText::tr("The node catalogue (/object_info) is unreadable: %1").arg(parseError.message);
        return false;
    }
    return true;
}

PromptLoader::Status PromptLoader::load(const QString &path, bool validate)
{
    QString error;
    const WorkflowFile file = WorkflowFile::fromFile(path, &error);
    if (file.isNull()) {
        m_error = error;
        return CannotConvert;
    }
    const bool needCatalogue = file.format() == WorkflowFile::Format::Saved
        || (validate && !m_objectInfoPath.isEmpty());
    if (needCatalogue && !loadCatalogue())
        return m_unreachable ? ServerUnreachable : CannotConvert;
    // An API file that is about to be queued is checked against the server's catalogue as
    // a saved one is (unknown node types, output slots); one with {a|b} or comments in its
    // text needs it for --print-api too (the catalogue says which inputs are dynamic
    // prompts). Without one the checks that need none still run, and the text goes as
    // written, with a warning.
    const bool dynamic = hasDynamicSyntax(file.tree());
    if (!needCatalogue && (!validate || dynamic) && !loadCatalogue()) {
        if (dynamic) {
            m_diagnostics.append({WorkflowDiagnostic::Severity::Warning, WorkflowDiagnostic::Kind::Structure, {}, {},
                                  {}, PromptLoaderText::tr("{…|…} groups and comments are sent as written: %1").arg(m_error)});
        }
        m_error.clear();
    }

    if (file.format() == WorkflowFile::Format::Api) {
        m_prompt = file.tree();
    } else {
        const SavedWorkflow saved = SavedWorkflow::fromTree(file.tree(), &m_diagnostics);
        PromptConverter::Result result = PromptConverter(m_catalogue).convert(saved);
        m_diagnostics += result.diagnostics;
        m_prompt = std::move(result.prompt);
        m_workflowJson = file.tree().toPython();
        if (hasErrors(m_diagnostics)) {
            m_error = PromptLoaderText::tr("%1 cannot be converted to an API prompt").arg(file.sourceName());
            return CannotConvert;
        }
    }
    // The pre-flight's findings stop the run: the server is sure to refuse them. The
    // catalogue's other findings are reported, the prompt still printed or queued (a
    // missing model file may be installed by then).
    const WorkflowDiagnostics checks = m_catalogue.isEmpty() ? PromptPreflight::check(m_prompt, nullptr)
                                                             : WorkflowValidator(m_catalogue).validate(m_prompt);
    const bool refused = PromptPreflight::refuses(checks);
    for (WorkflowDiagnostic d : checks) {
        if (!PromptPreflight::refuses({d}))
            d.severity = WorkflowDiagnostic::Severity::Warning;
        m_diagnostics.append(d);
    }
    if (refused) {
        m_error = PromptLoaderText::tr("%1 would be refused by the server; nothing was sent").arg(file.sourceName());
        return CannotConvert;
    }
    return Ok;
}

} // namespace Easel
