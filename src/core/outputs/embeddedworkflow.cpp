#include "embeddedworkflow.h"

#include <QImageReader>

using namespace Qt::StringLiterals;

namespace Easel {

EmbeddedWorkflow readEmbeddedWorkflow(const QString &path)
{
    QImageReader reader(path);
    EmbeddedWorkflow workflow;
    // text() reads only the header chunks before the image data.
    workflow.apiJson = reader.text(u"prompt"_s).toUtf8();
    workflow.workflowJson = reader.text(u"workflow"_s).toUtf8();
    return workflow;
}

} // namespace Easel
