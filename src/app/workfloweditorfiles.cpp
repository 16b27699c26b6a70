// The open document's life: opened (on a worker), saved, recent files, and autosaves
// recovered after a crash.
#include "workfloweditor.h"

#include "futurecallback.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

constexpr int maxRecentFiles = 10;

const QString recentFilesKey = u"editor/recentFiles"_s;

} // namespace

void WorkflowEditor::openFile(const QString &path, OpenMode mode)
{
    if (mode == OpenMode::AskToSave && !confirmDiscard())
        return;
    const quint64 generation = ++m_openGeneration;
    const auto catalogue = m_catalogue;
    // Reading, parsing and laying out the document all happen on a worker thread.
    QFuture<std::pair<WorkflowDocument, QString>> load = QtConcurrent::run([path, catalogue]() {
        QString error;
        WorkflowDocument document = WorkflowDocument::fromFile(path, &error);
        if (!document.isNull() && catalogue)
            document.setCatalogue(catalogue);
        return std::make_pair(std::move(document), error);
    });
    onFinished(load, this, [this, path, generation](const std::pair<WorkflowDocument, QString> &loaded) {
        if (generation != m_openGeneration)
            return; // a later open won
        if (loaded.first.isNull()) {
            showStatus(loaded.second, true);
            emit openFailed(path, loaded.second);
            return;
        }
        setDocument(loaded.first);
        addRecentFile(path);
        emit opened(path);
    });
}

bool WorkflowEditor::save(QString *error)
{
    const QString path = filePath();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (path.isEmpty() || suffix == "png"_L1 || suffix == "webp"_L1) // never overwrite an image
        return saveAsWithDialog();
    return saveAs(path, m_model->document().format(), error);
}

bool WorkflowEditor::saveAs(const QString &path, Format format, QString *error)
{
    QString message;
    if (!m_model->document().save(path, format, &message)) {
        showStatus(message, true);
        if (error)
            *error = message;
        return false;
    }
    if (format == m_model->document().format()) {
        // The open document now lives in that file.
        WorkflowDocument &doc = const_cast<WorkflowDocument &>(m_model->document());
        doc.setFilePath(path);
        m_model->undoStack()->setClean();
        if (m_autosave)
            m_autosave->discard();
    }
    addRecentFile(path);
    showStatus(tr("Saved %1").arg(QFileInfo(path).fileName()));
    emit saved(path);
    return true;
}

bool WorkflowEditor::saveAsWithDialog()
{
    const QString savedFilter = tr("Saved workflow, opens in ComfyUI (*.json)");
    const QString apiFilter = tr("API workflow (*.json)");
    QStringList filters;
    if (m_model->document().format() == Format::Saved)
        filters << savedFilter;
    filters << apiFilter;
    QString selected = filters.first();
    QString start = filePath();
    if (QFileInfo(start).suffix().toLower() != "json"_L1)
        start = QFileInfo(start).path() + u'/' + QFileInfo(start).completeBaseName() + ".json"_L1;
    QString path = QFileDialog::getSaveFileName(this, tr("Save Workflow As"), start, filters.join(";;"_L1), &selected);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += ".json"_L1;
    return saveAs(path, selected == apiFilter ? Format::Api : Format::Saved);
}

bool WorkflowEditor::confirmDiscard()
{
    if (!m_hasDocument || !isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"), tr("%1 has changes that are not saved. Save them?").arg(displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    if (m_autosave)
        m_autosave->discard();
    m_model->undoStack()->setClean(); // discarded on purpose
    return true;
}

void WorkflowEditor::closeDocument()
{
    if (m_autosave)
        m_autosave->discard();
    m_autosave.reset();
    m_model->setDocument({});
    m_hasDocument = false;
    collectImageInputs();
    ++m_validation;
    m_validateTimer->stop();
    updateErrorPanel();
    emit documentChanged();
}

QStringList WorkflowEditor::recentFiles()
{
    return QSettings().value(recentFilesKey).toStringList();
}

void WorkflowEditor::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(recentFilesKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    settings.setValue(recentFilesKey, files);
    emit recentFilesChanged();
}

void WorkflowEditor::populateRecentFilesMenu(QMenu *menu)
{
    menu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *action = menu->addAction(u"&%1 %2"_s.arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    menu->setEnabled(!files.isEmpty());
}

QList<WorkflowAutosave::Recovery> WorkflowEditor::pendingAutosaves()
{
    return WorkflowAutosave().pending();
}

bool WorkflowEditor::restoreAutosave(const WorkflowAutosave::Recovery &recovery, QString *error)
{
    WorkflowDocument doc = WorkflowAutosave::restore(recovery, error);
    if (doc.isNull())
        return false;
    // The recovered document opens as modified: nothing on disk matches it.
    setDocument(doc);
    QFile::remove(recovery.autosavePath);
    m_model->undoStack()->resetClean(); // emits modifiedChanged(true)
    showStatus(tr("Recovered unsaved changes from %1").arg(QLocale().toString(recovery.savedAt.toLocalTime(),
                                                                                QLocale::ShortFormat)));
    return true;
}

bool WorkflowEditor::offerAutosaves()
{
    const QList<WorkflowAutosave::Recovery> pending = pendingAutosaves();
    for (const WorkflowAutosave::Recovery &r : pending) {
        const QString name = r.originalPath.isEmpty() ? tr("an unsaved workflow") : QFileInfo(r.originalPath).fileName();
        const auto answer = QMessageBox::question(
            this, tr("Recover Unsaved Changes"),
            tr("Easel closed with unsaved changes to %1 (%2). Recover them?")
                .arg(name, QLocale().toString(r.savedAt.toLocalTime(), QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Ignore, QMessageBox::Yes);
        if (answer == QMessageBox::Discard)
            QFile::remove(r.autosavePath);
        if (answer == QMessageBox::Yes)
            return restoreAutosave(r);
    }
    return false;
}

void WorkflowEditor::scheduleAutosave()
{
    if (m_autosave)
        m_autosaveTimer->start();
}

} // namespace Easel
