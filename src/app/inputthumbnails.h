#pragma once

#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace Easel {

class ComfyClient;

// Small pictures of the images that image inputs (LoadImage's "image") name on the server:
// fetched through ComfyClient::view, decoded off the GUI thread at most `size` pixels
// wide and high (a hostile or huge file is refused from its header), and kept for the
// session. ready() tells when a requested one arrives.
class InputThumbnails : public QObject
{
    Q_OBJECT
public:
    static constexpr int size = 64;

    explicit InputThumbnails(QObject *parent = nullptr);
    void setClient(ComfyClient *client);

    // The picture of an input's value ("name.png", "sub/name.png", "name.png [output]");
    // null while it loads (ready() follows), without a client, or when there is none.
    QImage thumbnail(const QString &value);
    // After an upload replaced the file of that name.
    void forget(const QString &value);

signals:
    void ready(const QString &value);

private:
    QPointer<ComfyClient> m_client;
    QHash<QString, QImage> m_cache; // null: the server has no such picture
    QSet<QString> m_pending;
};

} // namespace Easel
