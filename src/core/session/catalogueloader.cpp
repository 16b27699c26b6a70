#include "catalogueloader.h"

#include "cataloguecache.h"
#include "comfyclient.h"
#include "futurecallback.h"

namespace Easel {

CatalogueLoader::CatalogueLoader(ComfyClient *client, const QString &cacheDirectory, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(std::make_unique<CatalogueCache>(cacheDirectory))
{
}

CatalogueLoader::~CatalogueLoader() = default;

void CatalogueLoader::load()
{
    const quint64 generation = ++m_generation;
    const QUrl server = m_client->baseUrl();
    onFinished(m_cache->load(server), this, [this, generation, server](const CatalogueCache::Entry &entry) {
        if (generation != m_generation)
            return;
        // The cache only fills a gap: a catalogue held (this server's, read before) stays.
        if (entry.catalogue && !m_catalogue) {
            m_hash = entry.hash;
            m_catalogue = entry.catalogue;
            emit catalogueChanged(m_catalogue);
        }
        onFinished(m_client->objectInfo(), this, [this, generation, server](const Result<QByteArray> &result) {
            if (generation != m_generation)
                return;
            if (!result.isOk()) {
                emit failed(result.error().message());
                emit settled();
                return;
            }
            const CatalogueCache::Entry current{m_hash, m_catalogue};
            onFinished(m_cache->update(server, result.value(), current), this,
                       [this, generation](const CatalogueCache::Entry &updated) {
                           if (generation != m_generation)
                               return;
                           if (!updated.catalogue || updated.catalogue->isEmpty()) {
                               emit emptyCatalogue();
                               emit settled();
                               return;
                           }
                           m_hash = updated.hash;
                           if (updated.catalogue != m_catalogue) {
                               m_catalogue = updated.catalogue;
                               emit catalogueChanged(m_catalogue);
                           }
                           emit settled();
                       });
        });
    });
}

} // namespace Easel
