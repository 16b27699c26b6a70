#include "contentclaims.h"

#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>

namespace Easel {

ContentClaims *ContentClaims::instance()
{
    // Leaked on purpose: a store destroyed during static destruction still releases.
    static ContentClaims *const claims = new ContentClaims;
    return claims;
}

QString ContentClaims::libraryKey(const QString &libraryDirectory)
{
    const QFileInfo info(libraryDirectory);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

bool ContentClaims::claim(const QString &library, const QByteArray &sha256)
{
    const QMutexLocker lock(&m_mutex);
    QSet<QByteArray> &placing = m_claims[library];
    if (placing.contains(sha256)) {
        m_waited[library].insert(sha256); // the caller waits for released()
        return false;
    }
    placing.insert(sha256);
    return true;
}

void ContentClaims::release(const QString &library, const QByteArray &sha256)
{
    {
        const QMutexLocker lock(&m_mutex);
        const auto it = m_claims.find(library);
        if (it == m_claims.end() || !it->remove(sha256))
            return;
        if (it->isEmpty())
            m_claims.erase(it);
        const auto waited = m_waited.find(library);
        if (waited == m_waited.end() || !waited->remove(sha256))
            return; // nobody waits for these bytes
        if (waited->isEmpty())
            m_waited.erase(waited);
    }
    // Outside the lock: a directly connected waiter claims again at once.
    emit released(library, sha256);
}

bool ContentClaims::isClaimed(const QString &library, const QByteArray &sha256) const
{
    const QMutexLocker lock(&m_mutex);
    return m_claims.value(library).contains(sha256);
}

} // namespace Easel
