#include "workflowfile.h"

#include "commandlinepath.h"

#include "imagemetadata.h"
#include "mediatags.h"
#include "savedworkflow.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

// lupdate files tr() calls by the class they are made from; a free helper would file these
// strings under the namespace, where the translation is never looked up.
struct WorkflowFileText
{
    Q_DECLARE_TR_FUNCTIONS(Easel::WorkflowFile)
};

JsonParseLimits workflowLimits()
{
    JsonParseLimits limits;
    limits.maxBytes = WorkflowFile::MaxJsonBytes;
    limits.maxDepth = 256; // saved workflows nest about 10 levels
    limits.allowNonFinite = true;
    return limits;
}

bool looksApi(const JsonTree &tree)
{
    if (!tree.isObject() || tree.size() == 0)
        return false;
    for (int i = 0; i < tree.size(); ++i) {
        if (!tree.at(i).isObject() || !tree.at(i).contains(u"class_type"))
            return false;
    }
    return true;
}

} // namespace

WorkflowFile WorkflowFile::fromFile(const QString &path, QString *error)
{
    const QString name = displayFileName(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = WorkflowFileText::tr("Cannot open %1: %2").arg(path, file.errorString());
        return {};
    }
    const QByteArray head = file.peek(16);
    if (ImageMetadata::isPng(head))
        return fromImage(&file, Container::Png, name, error);
    if (ImageMetadata::isWebp(head))
        return fromImage(&file, Container::Webp, name, error);
    if (looksLikeMediaContainer(head))
        return fromImage(&file, Container::Media, name, error);
    if (file.size() > MaxJsonBytes) {
        if (error)
            *error = WorkflowFileText::tr("%1 is %2 MB; Easel opens workflow files of up to %3 MB")
                         .arg(name).arg(file.size() / (1024 * 1024)).arg(MaxJsonBytes / (1024 * 1024));
        return {};
    }
    return fromJson(file.readAll(), name, error);
}

WorkflowFile WorkflowFile::fromData(const QByteArray &data, const QString &sourceName, QString *error)
{
    const bool png = ImageMetadata::isPng(data);
    const bool webp = ImageMetadata::isWebp(data);
    if (png || webp || looksLikeMediaContainer(data.left(16))) {
        QByteArray copy = data;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        return fromImage(&buffer, png ? Container::Png : webp ? Container::Webp : Container::Media,
                         sourceName, error);
    }
    return fromJson(data, sourceName, error);
}

WorkflowFile WorkflowFile::fromJson(const QByteArray &json, const QString &sourceName, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return WorkflowFile();
    };
    QByteArray text = json;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    JsonParseError parseError;
    JsonTree tree = JsonTree::parse(text, &parseError, workflowLimits());
    if (!parseError.message.isEmpty())
        return fail(WorkflowFileText::tr("%1 is not valid JSON: %2").arg(sourceName, parseError.message));
    WorkflowFile file;
    file.m_sourceName = sourceName;
    if (SavedWorkflow::looksSaved(tree))
        file.m_format = Format::Saved;
    else if (looksApi(tree))
        file.m_format = Format::Api;
    else if (tree.isObject() && tree.size() == 0)
        return fail(WorkflowFileText::tr("%1 holds no nodes").arg(sourceName));
    else {
        for (int i = 0; tree.isObject() && i < tree.size(); ++i) {
            if (tree.at(i).isObject() && !tree.at(i).contains(u"class_type"))
                return fail(WorkflowFileText::tr("%1: node %2 has no class_type; this is not an API-format workflow")
                                .arg(sourceName, tree.keys().at(i)));
        }
        return fail(WorkflowFileText::tr("%1 is not a workflow: expected an API-format or a saved ComfyUI workflow")
                        .arg(sourceName));
    }
    file.m_tree = std::move(tree);
    return file;
}

WorkflowFile WorkflowFile::fromImage(QIODevice *device, Container container, const QString &sourceName,
                                     QString *error)
{
    QByteArray workflow;
    QByteArray prompt;
    if (container == Container::Media) {
        // Video and audio outputs carry "prompt"/"workflow" as container or stream tags
        // (upper-case in WebM); read with FFmpeg's demuxers, headers only.
        QList<MediaTag> tags;
        QString tagError;
        if (!readMediaTags(device, &tags, &tagError)) {
            if (error)
                *error = WorkflowFileText::tr("%1: %2").arg(sourceName, tagError);
            return {};
        }
        workflow = mediaTagValue(tags, u"workflow"_s);
        prompt = mediaTagValue(tags, u"prompt"_s);
    } else {
        ImageMetadata metadata;
        const bool ok = container == Container::Png ? metadata.readPng(device) : metadata.readWebp(device);
        if (!ok) {
            if (error)
                *error = WorkflowFileText::tr("%1: %2").arg(sourceName, metadata.errorString());
            return {};
        }
        workflow = metadata.value(u"workflow"_s);
        prompt = metadata.value(u"prompt"_s);
    }
    if (workflow.isEmpty() && prompt.isEmpty()) {
        if (error)
            *error = WorkflowFileText::tr("%1 carries no ComfyUI workflow").arg(sourceName);
        return {};
    }
    QString jsonError;
    WorkflowFile file = fromJson(workflow.isEmpty() ? prompt : workflow, sourceName, &jsonError);
    if (file.isNull() && !workflow.isEmpty() && !prompt.isEmpty())
        file = fromJson(prompt, sourceName, &jsonError); // an unreadable workflow: the prompt still runs
    if (file.isNull()) {
        if (error)
            *error = jsonError;
        return {};
    }
    file.m_container = container;
    if (!workflow.isEmpty() && !prompt.isEmpty() && file.m_format == Format::Saved) {
        JsonParseError ignored;
        file.m_embeddedPrompt = JsonTree::parse(prompt, &ignored, workflowLimits());
    }
    return file;
}

} // namespace Easel
