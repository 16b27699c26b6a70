// What the queue gets from the editor (the API prompt, converted once per revision, and the
// saved workflow) and the problems panel: validation as you type and the server's node_errors.
#include "workfloweditor.h"

#include "ui_workfloweditor.h"

#include "futurecallback.h"

#include <QListWidget>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Easel {

bool WorkflowEditor::convertedIsCurrent() const
{
    return m_converted.valid && m_hasDocument && m_converted.revision == m_model->revision()
           && m_converted.catalogue == m_model->document().catalogue().get();
}

QByteArray WorkflowEditor::apiPromptJson(WorkflowDiagnostics *diagnostics, JsonTree *parsed)
{
    // Conversion and validation cost more than the rest of queueing a job; the result of
    // an unchanged document (WorkflowModel::revision counts every change) is the same.
    if (!convertedIsCurrent()) {
        PromptConverter::Result result = m_model->document().toApiPrompt();
        ++m_promptConversions;
        m_converted = {};
        m_converted.valid = true;
        m_converted.revision = m_model->revision();
        m_converted.catalogue = m_model->document().catalogue().get();
        m_converted.json = result.prompt.toPython();
        m_converted.tree = std::move(result.prompt);
        m_converted.diagnostics = std::move(result.diagnostics);
    }
    if (diagnostics)
        *diagnostics = m_converted.diagnostics;
    if (parsed)
        *parsed = m_converted.tree;
    // These findings are the newest: one under way must not replace them.
    ++m_validation;
    m_validateTimer->stop();
    m_model->setDiagnostics(m_converted.diagnostics);
    return m_converted.json;
}

QByteArray WorkflowEditor::savedWorkflowJson() const
{
    if (m_model->document().format() != Format::Saved)
        return {};
    if (!convertedIsCurrent())
        return m_model->document().tree().toPython();
    if (!m_converted.hasSaved) {
        m_converted.saved = m_model->document().tree().toPython();
        m_converted.hasSaved = true;
    }
    return m_converted.saved;
}

int WorkflowEditor::applyAfterQueue()
{
    return m_model->applyAfterQueue();
}

void WorkflowEditor::setNodeErrors(const QList<InputError> &errors)
{
    m_model->setServerErrors(errors);
    if (!errors.isEmpty())
        jumpTo(errors.first().nodeId, errors.first().inputName);
}

void WorkflowEditor::updateErrorPanel()
{
    QListWidget *list = m_ui->errorList;
    list->clear();
    const WorkflowDocument &doc = m_model->document();
    // Nodes the server lacks first: the user needs their class types to install them.
    QHash<QString, QStringList> unknown;
    for (const DocumentNode &node : doc.nodes()) {
        if (!node.known)
            unknown[node.classType].append(u'#' + node.id);
    }
    if (m_catalogue) {
        QStringList types = unknown.keys();
        types.sort();
        for (const QString &type : std::as_const(types)) {
            auto *item = new QListWidgetItem(
                tr("Not installed on the server: %1 (node %2)").arg(type, unknown.value(type).join(u", "_s)), list);
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
            item->setData(Qt::UserRole, unknown.value(type).first().mid(1));
        }
    }
    for (const InputError &e : m_model->errors()) {
        if (!unknown.isEmpty() && e.inputName.isEmpty() && doc.node(e.nodeId) && !doc.node(e.nodeId)->known)
            continue; // listed above
        // In the tree's words ("Negative prompt · Text"); the ids, for the web UI or the
        // server's log, in the tooltip only.
        const DocumentNode *node = doc.node(e.nodeId);
        const QString where = node ? m_model->labels().nodeLabel(e.nodeId) : tr("node %1").arg(e.nodeId);
        const QString text = e.inputName.isEmpty()
            ? tr("%1: %2").arg(where, e.message)
            : tr("%1 · %2: %3").arg(where, ParameterLabels::inputLabel(e.inputName), e.message);
        auto *item = new QListWidgetItem(e.fromServer ? tr("Server: %1").arg(text) : text, list);
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        item->setData(Qt::UserRole, e.nodeId);
        item->setData(Qt::UserRole + 1, e.inputName);
        const QString ids = node ? tr("%1, node %2").arg(node->classType, e.nodeId) : tr("node %1").arg(e.nodeId);
        item->setToolTip(e.inputName.isEmpty() ? tr("%1\n(%2)").arg(e.message, ids)
                                               : tr("%1\n(%2, input %3)").arg(e.message, ids, e.inputName));
    }
    m_ui->errorLabel->setText(tr("Problems (%n)", nullptr, list->count()));
    m_ui->errorPanel->setVisible(list->count() > 0);
}

void WorkflowEditor::validate()
{
    const quint64 generation = ++m_validation;
    m_validateTimer->stop();
    if (!m_hasDocument || !m_model->document().catalogue()) {
        m_model->setDiagnostics({});
        return;
    }
    // Converting and validating a large document takes longer than a frame: a worker does
    // it on a copy of its own while the user goes on editing; the findings of a document
    // that has changed since are dropped (a newer validation is under way or scheduled).
    QFuture<WorkflowDiagnostics> findings = QtConcurrent::run([document = m_model->document()] {
        return document.toApiPrompt().diagnostics;
    });
    onFinished(findings, this, [this, generation](const WorkflowDiagnostics &diagnostics) {
        if (generation != m_validation)
            return;
        m_model->setDiagnostics(diagnostics);
        emit validated();
    });
}

} // namespace Easel
