#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace Easel {

class CatalogueCache;
class ComfyClient;
class NodeCatalogue;

// A server's node catalogue as the editor and the queue use it: the one cached on disk for
// that server first (shown at once, before the server answers), then the server's own
// /object_info; bytes that equal the catalogue held are not parsed again, changed ones
// are parsed on the pool and cached. A node list with no nodes is not a ComfyUI server.
// A load started later wins over an earlier one still under way (a switch of server).
class CatalogueLoader : public QObject
{
    Q_OBJECT
public:
    // cacheDirectory: empty = CatalogueCache's default (<CacheLocation>/object_info).
    explicit CatalogueLoader(ComfyClient *client, const QString &cacheDirectory = {}, QObject *parent = nullptr);
    ~CatalogueLoader() override;

    // For the client's current server.
    void load();
    std::shared_ptr<const NodeCatalogue> catalogue() const { return m_catalogue; }

signals:
    // The cached catalogue, then the server's when it differs.
    void catalogueChanged(const std::shared_ptr<const NodeCatalogue> &catalogue);
    // /object_info could not be read (message: why); the catalogue held stays.
    void failed(const QString &message);
    // /object_info lists no nodes.
    void emptyCatalogue();
    // The server's answer to this load has been handled, whatever it was.
    void settled();

private:
    ComfyClient *m_client;
    std::unique_ptr<CatalogueCache> m_cache;
    std::shared_ptr<const NodeCatalogue> m_catalogue;
    QByteArray m_hash; // of the bytes m_catalogue was parsed from
    quint64 m_generation = 0;
};

} // namespace Easel
