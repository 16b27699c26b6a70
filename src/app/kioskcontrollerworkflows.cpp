// KioskController's approved workflows: the one open is always on the list (anything else
// that replaces the document is put back), and settings reach it only through the lock.

#include "kioskcontroller.h"

#include "mainwindow.h"
#include "settingstransfer.h"
#include "workfloweditor.h"
#include "workflowmodel.h"

#include <QComboBox>
#include <QDebug>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Easel {

void KioskController::selectWorkflow(int index)
{
    if (index < 0 || index >= m_workflows.size())
        return;
    m_current = index;
    if (m_workflowCombo)
        m_workflowCombo->setCurrentIndex(index);
    m_window->editor()->openFile(m_workflows.at(index), WorkflowEditor::OpenMode::Discard);
}

void KioskController::ensureApproved()
{
    // Whatever replaced the document (a forwarded file, a restored autosave), only an
    // approved workflow may stay open.
    WorkflowEditor *editor = m_window->editor();
    if (!editor->hasDocument() || m_policy.isApproved(editor->filePath()))
        return;
    emit escapeBlocked(u"document"_s);
    QTimer::singleShot(0, this, [this] {
        if (m_workflows.isEmpty())
            m_window->editor()->closeDocument();
        else
            selectWorkflow(m_current);
    });
}

int KioskController::applySettings(const QByteArray &apiPromptJson, int *refused)
{
    // The same plan and the same checked edit as everywhere else (SettingsTransfer,
    // WorkflowModel::setValues): the kiosk's rules are the model's, so nothing is re-checked here.
    int applied = 0;
    QStringList refusals;
    WorkflowEditor *editor = m_window->editor();
    const SettingsTransfer plan = editor->hasDocument() ? SettingsTransfer::plan(editor->document(), apiPromptJson)
                                                        : SettingsTransfer();
    if (!editor->hasDocument() || !plan.sameGraph()) {
        qInfo().noquote() << "kiosk: settings of another workflow:" << plan.error << plan.differences.join(u"; "_s);
        setVisitorStatus(tr("These settings belong to another workflow. Pick that workflow first."));
        if (refused)
            *refused = 0;
        return 0;
    }
    applied = editor->model()->setValues(plan.changes, tr("Use these settings"), &refusals);
    if (!refusals.isEmpty())
        qInfo().noquote() << "kiosk: settings not used:" << refusals.join(u"; "_s);
    if (refused)
        *refused = int(refusals.size());
    setVisitorStatus(tr("%n setting(s) used", nullptr, applied)
                     + (refusals.isEmpty() ? QString()
                                           : tr("; %n kept as the administrator set them", nullptr,
                                                int(refusals.size()))));
    return applied;
}

} // namespace Easel
