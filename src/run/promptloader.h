#pragma once

#include "jsontree.h"
#include "nodecatalogue.h"
#include "transportoptions.h"
#include "workflowdiagnostic.h"

#include <QString>
#include <QUrl>

namespace Easel {

// easel-run's way from a file to the API prompt it queues: API JSON as it is; a saved
// workflow, or a PNG/WebP carrying one, converted with the server's node catalogue.
// The catalogue comes from --object-info FILE or from the server's /object_info, parsed
// on a worker thread.
class PromptLoader
{
public:
    enum Status { Ok, CannotConvert, ServerUnreachable };

    // objectInfoPath empty: ask the server, but only when the file needs a catalogue
    // (or when validate is set).
    // transport: the server's connection profile, if any (a proxy may want its headers).
    PromptLoader(const QUrl &server, const QString &objectInfoPath, const TransportOptions &transport = {});

    Status load(const QString &path, bool validate);

    QByteArray promptJson() const { return m_prompt.toPython(); }
    bool promptIsEmpty() const { return m_prompt.size() == 0; }
    // The saved workflow's text for extra_pnginfo (empty for API files).
    QByteArray workflowJson() const { return m_workflowJson; }
    // The server's node catalogue, when one was read (saved files, --object-info, or an
    // API file with dynamic prompts to resolve); null otherwise.
    const NodeCatalogue *catalogue() const { return m_catalogue.isEmpty() ? nullptr : &m_catalogue; }
    const WorkflowDiagnostics &diagnostics() const { return m_diagnostics; }
    QString errorString() const { return m_error; }

private:
    bool loadCatalogue();

    QUrl m_server;
    TransportOptions m_transport;
    QString m_objectInfoPath;
    NodeCatalogue m_catalogue;
    JsonTree m_prompt;
    QByteArray m_workflowJson;
    WorkflowDiagnostics m_diagnostics;
    QString m_error;
    bool m_unreachable = false; // the server gave no answer (vs. an unusable one)
};

} // namespace Easel
