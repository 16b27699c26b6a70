#pragma once

#include "workflowdocument.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QString>

namespace Easel {

// Keeps a copy of an open document with unsaved edits on disk, so that nothing typed is
// lost in a crash; the next start lists what is left and offers it back. One file per
// open document under <AppDataLocation>/autosave, written with QSaveFile on a worker
// thread, removed when the document is saved or closed on purpose.
class WorkflowAutosave
{
public:
    struct Recovery
    {
        QString autosavePath; // the autosave file
        QString originalPath; // the document's file; empty for an unsaved one
        WorkflowDocument::Format format = WorkflowDocument::Format::Api;
        QDateTime savedAt;
    };

    // directory: empty means <AppDataLocation>/autosave.
    explicit WorkflowAutosave(const QString &directory = {});
    QString directory() const { return m_directory; }
    QString path() const { return m_path; } // this document's autosave file

    // Writes the document on a worker thread (the tree is copied first).
    QFuture<bool> write(const WorkflowDocument &document);
    bool writeNow(const WorkflowDocument &document);
    void discard(); // removes this document's file

    QList<Recovery> pending() const;
    static WorkflowDocument restore(const Recovery &recovery, QString *error);

private:
    QString m_directory;
    QString m_path;
};

} // namespace Easel
