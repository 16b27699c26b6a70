#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Easel {

class NodeCatalogue;
class WorkflowDocument;

// A workflow shipped with Easel for a first run: an API prompt with a title and a line of
// description (resources/starters, README.md there says how to add one).
struct Starter
{
    QString id;          // the file's base name ("text-to-image-sd15")
    QString title;
    QString description;
    int order = 0;
    QString needs;       // "checkpoint", "image" or "nothing"
    QByteArray promptJson;
    // control_after_generate of inputs that have one, as the web UI keeps it beside a widget
    // (an API prompt has nowhere to): node id -> input -> mode ("randomize", ...).
    QHash<QString, QHash<QString, QString>> controls;
};

// Reads the starters and makes documents of them that fit the connected server.
namespace StarterWorkflows {
// Every *.json starter of a folder (":/starters" in the application), by order then
// title; malformed files are left out with a line in *errors. Titles and descriptions
// are translated (context "Easel::StarterWorkflows") when they are shipped texts.
QList<Starter> load(const QString &directory, QStringList *errors = nullptr);
// The shipped starters' titles and descriptions as lupdate sees them (source English).
QStringList translatableTexts();
// The starter as a new, unsaved document named after it.
WorkflowDocument document(const Starter &starter);
// Model choices the starter names that the server lacks, e.g. "ckpt_name" of node 4, as
// "<input label>: <value>"; inputs whose list is empty on the server are always listed.
struct ModelFit
{
    QStringList replaced; // "Model: v1-5-pruned-emaonly.safetensors → dreamshaper_8.safetensors"
    QStringList missing;  // the server has no file at all for these (its list is empty)
};
// Puts the server's first choice in place of a missing model file (value not in a
// non-empty list of a loader input); says what it changed and what cannot be run.
ModelFit fitToServer(WorkflowDocument &document);
} // namespace StarterWorkflows

} // namespace Easel
