#include "farmuploader.h"

#include "comfyclient.h"
#include "futurecallback.h"
#include "jsontree.h"

#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {
struct FileRead
{
    QByteArray bytes;
    QString error; // empty: read
};
} // namespace

FarmUploader::FarmUploader(QObject *parent)
    : QObject(parent)
{
}

QString FarmUploader::knownName(const QString &serverId, const QString &localPath) const
{
    return m_uploaded.value(serverId).value(localPath);
}

QByteArray FarmUploader::withImage(const QByteArray &promptJson, const QString &nodeId, const QString &name)
{
    JsonTree tree = JsonTree::parse(promptJson);
    JsonTree *node = tree.findMutable(nodeId);
    JsonTree *inputs = node ? node->findMutable(u"inputs") : nullptr;
    if (inputs)
        inputs->insert(u"image"_s, JsonTree::fromString(name));
    return tree.toPython();
}

void FarmUploader::upload(ComfyClient *client, const QString &serverId, const QHash<QString, QString> &imageUploads,
                          const QByteArray &promptJson, const Done &done)
{
    next(client, serverId, imageUploads.keys(), imageUploads, promptJson, done);
}

void FarmUploader::next(ComfyClient *client, const QString &serverId, QStringList nodes,
                        const QHash<QString, QString> &imageUploads, const QByteArray &promptJson, const Done &done)
{
    // Files this server has already: their names go in without reading or sending again.
    QByteArray prompt = promptJson;
    while (!nodes.isEmpty() && !knownName(serverId, imageUploads.value(nodes.constFirst())).isEmpty()) {
        const QString nodeId = nodes.takeFirst();
        prompt = withImage(prompt, nodeId, knownName(serverId, imageUploads.value(nodeId)));
    }
    if (nodes.isEmpty()) {
        done({Outcome::Status::Uploaded, prompt, {}, {}, {}});
        return;
    }
    const QString nodeId = nodes.takeFirst();
    const QString path = imageUploads.value(nodeId);
    QPointer<ComfyClient> guard = client;
    // A picture can be tens of megabytes on a network drive: read on the pool.
    onFinished(QtConcurrent::run([path] {
                   QFile file(path);
                   if (!file.open(QIODevice::ReadOnly))
                       return FileRead{{}, file.errorString()};
                   return FileRead{file.readAll(), {}};
               }),
               this, [=, this](const FileRead &read) {
                   if (!guard)
                       return;
                   if (!read.error.isEmpty()) {
                       done({Outcome::Status::Unreadable, {}, nodeId, path, read.error});
                       return;
                   }
                   onFinished(guard->uploadImage(read.bytes, QFileInfo(path).fileName()), this,
                              [=, this](const Result<UploadResult> &result) {
                                  if (!result.isOk()) {
                                      const auto status = result.error().isTransportFailure()
                                                              ? Outcome::Status::TransportFailed
                                                              : Outcome::Status::Refused;
                                      done({status, {}, nodeId, path, result.error().message()});
                                      return;
                                  }
                                  const QString name = result.value().inputValue();
                                  m_uploaded[serverId].insert(path, name);
                                  if (guard)
                                      next(guard, serverId, nodes, imageUploads, withImage(prompt, nodeId, name), done);
                              });
               });
}

} // namespace Easel
