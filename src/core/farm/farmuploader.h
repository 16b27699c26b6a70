#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

namespace Easel {

class ComfyClient;

// The input images of a farm job, uploaded to the server that runs it. Each local file is
// read on the thread pool, never on the caller's (GUI) thread; it goes to a server once
// (the server's own name for it is remembered per server and file) and that name, as
// LoadImage takes it ("subfolder/name"), replaces the node's image input in the prompt.
class FarmUploader : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        enum class Status {
            Uploaded,        // promptJson names every upload
            Unreadable,      // a local file could not be read (error says why)
            TransportFailed, // the server could not be reached: try it elsewhere
            Refused,         // the server answered with a refusal
        };
        Status status = Status::Uploaded;
        QByteArray promptJson;
        QString nodeId; // the node whose file failed
        QString path;   // its local file
        QString error;  // the read error or the server's message
    };
    using Done = std::function<void(const Outcome &outcome)>;

    explicit FarmUploader(QObject *parent = nullptr);

    // Uploads imageUploads (node id -> local file) through client to the server serverId
    // and calls done once, on this object's thread, with the prompt rewritten. When every
    // file is on that server already, done is called before upload() returns. Never called
    // once the uploader (or the client) is gone.
    void upload(ComfyClient *client, const QString &serverId, const QHash<QString, QString> &imageUploads,
                const QByteArray &promptJson, const Done &done);
    // The server's name for a local file sent there (empty: not sent yet).
    QString knownName(const QString &serverId, const QString &localPath) const;
    // The prompt with the node's "image" input set to name.
    static QByteArray withImage(const QByteArray &promptJson, const QString &nodeId, const QString &name);

private:
    void next(ComfyClient *client, const QString &serverId, QStringList nodes,
              const QHash<QString, QString> &imageUploads, const QByteArray &promptJson, const Done &done);

    QHash<QString, QHash<QString, QString>> m_uploaded; // server -> local file -> server's name
};

} // namespace Easel
