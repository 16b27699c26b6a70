#include "workflowautosave.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

bool writeFile(const QString &path, const JsonTree &tree, const QString &originalPath, WorkflowDocument::Format format)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    JsonTree root = JsonTree::object();
    root.appendMember(u"easel_autosave"_s, JsonTree::fromInt(1));
    root.appendMember(u"path"_s, JsonTree::fromString(originalPath));
    root.appendMember(u"format"_s, JsonTree::fromString(format == WorkflowDocument::Format::Saved ? u"saved"_s : u"api"_s));
    root.appendMember(u"saved_at"_s, JsonTree::fromString(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    root.appendMember(u"document"_s, tree);
    const QByteArray json = root.toPython();
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(json) == json.size() && file.commit();
}

} // namespace

WorkflowAutosave::WorkflowAutosave(const QString &directory)
    : m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/autosave"_L1
                      : directory)
    , m_path(m_directory + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces) + ".json"_L1)
{
}

QFuture<bool> WorkflowAutosave::write(const WorkflowDocument &document)
{
    return QtConcurrent::run(writeFile, m_path, document.tree(), document.filePath(), document.format());
}

bool WorkflowAutosave::writeNow(const WorkflowDocument &document)
{
    return writeFile(m_path, document.tree(), document.filePath(), document.format());
}

void WorkflowAutosave::discard()
{
    QFile::remove(m_path);
}

QList<WorkflowAutosave::Recovery> WorkflowAutosave::pending() const
{
    QList<Recovery> list;
    const QDir dir(m_directory);
    for (const QFileInfo &info : dir.entryInfoList({u"*.json"_s}, QDir::Files, QDir::Time)) {
        if (info.absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
            continue;
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        // Only the header fields: the document is read when the user takes it back.
        const QByteArray head = file.read(4096);
        const qsizetype start = head.indexOf("\"path\": ");
        if (!head.startsWith("{\"easel_autosave\": 1") || start < 0)
            continue;
        const qsizetype end = head.indexOf(", \"document\": ");
        JsonTree header = JsonTree::parse(end > 0 ? head.left(end) + '}' : QByteArray());
        Recovery r;
        r.autosavePath = info.absoluteFilePath();
        r.originalPath = header.value(u"path").toString();
        r.format = header.value(u"format").toString() == "saved"_L1 ? WorkflowDocument::Format::Saved
                                                                   : WorkflowDocument::Format::Api;
        r.savedAt = QDateTime::fromString(header.value(u"saved_at").toString(), Qt::ISODate);
        list.append(r);
    }
    return list;
}

WorkflowDocument WorkflowAutosave::restore(const Recovery &recovery, QString *error)
{
    QFile file(recovery.autosavePath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    JsonParseError parseError;
    JsonParseLimits limits;
    limits.allowNonFinite = true;
    const JsonTree root = JsonTree::parse(file.readAll(), &parseError, limits);
    const JsonTree *document = root.find(u"document");
    if (!parseError.message.isEmpty() || !document) {
        if (error)
            *error = QCoreApplication::translate("Easel::WorkflowAutosave", "The autosave %1 is damaged: %2")
                         .arg(recovery.autosavePath, parseError.message);
        return {};
    }
    const QString name = recovery.originalPath.isEmpty() ? QFileInfo(recovery.autosavePath).fileName()
                                                         : QFileInfo(recovery.originalPath).fileName();
    WorkflowDocument doc(*document, recovery.format, name);
    doc.setFilePath(recovery.originalPath);
    return doc;
}

} // namespace Easel
