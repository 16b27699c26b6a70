#include "cataloguecache.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

constexpr QByteArrayView Magic = "easel-object-info 1 ";

// The same server under spellings that differ only in a trailing slash or case shares a file.
QString normalized(const QUrl &server)
{
    QUrl url = server.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveFragment | QUrl::RemoveQuery
                               | QUrl::RemoveUserInfo);
    url.setHost(url.host().toLower());
    if (url.path() == "/"_L1)
        url.setPath(QString());
    return url.toString();
}

} // namespace

CatalogueCache::CatalogueCache(const QString &directory)
    : m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + "/object_info"_L1
                      : directory)
{
}

QString CatalogueCache::fileFor(const QUrl &server) const
{
    const QByteArray id = QCryptographicHash::hash(normalized(server).toUtf8(), QCryptographicHash::Sha1).toHex();
    return m_directory + u'/' + QString::fromLatin1(id) + ".json"_L1;
}

QByteArray CatalogueCache::hash(const QByteArray &objectInfo)
{
    return QCryptographicHash::hash(objectInfo, QCryptographicHash::Sha256).toHex();
}

QByteArray CatalogueCache::read(const QUrl &server, QByteArray *hashOut) const
{
    QFile file(fileFor(server));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray header = file.readLine(256);
    if (!header.startsWith(Magic) || !header.endsWith('\n'))
        return {};
    const QByteArray stored = header.mid(Magic.size()).trimmed();
    QByteArray body = file.readAll();
    if (hash(body) != stored)
        return {}; // truncated or changed behind our back
    if (hashOut)
        *hashOut = stored;
    return body;
}

bool CatalogueCache::store(const QUrl &server, const QByteArray &objectInfo, QString *error) const
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = QCoreApplication::translate("Easel::CatalogueCache", "Cannot create %1").arg(m_directory);
        return false;
    }
    QSaveFile file(fileFor(server));
    const QByteArray header = Magic.toByteArray() + hash(objectInfo) + '\n';
    if (!file.open(QIODevice::WriteOnly) || file.write(header) != header.size()
        || file.write(objectInfo) != objectInfo.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool CatalogueCache::remove(const QUrl &server) const
{
    return QFile::remove(fileFor(server));
}

bool CatalogueCache::isCurrent(const QUrl &server, const QByteArray &objectInfo) const
{
    QFile file(fileFor(server));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.readLine(256);
    return header.startsWith(Magic) && header.mid(Magic.size()).trimmed() == hash(objectInfo);
}

QFuture<CatalogueCache::Entry> CatalogueCache::load(const QUrl &server) const
{
    const CatalogueCache cache = *this;
    return QtConcurrent::run([cache, server]() {
        Entry entry;
        QByteArray h;
        const QByteArray bytes = cache.read(server, &h);
        if (bytes.isEmpty())
            return entry;
        NodeCatalogue::ParseError error;
        auto catalogue = std::make_shared<NodeCatalogue>(NodeCatalogue::fromJson(bytes, &error));
        if (!error.message.isEmpty() || catalogue->isEmpty())
            return entry;
        entry.hash = h;
        entry.catalogue = std::move(catalogue);
        return entry;
    });
}

QFuture<CatalogueCache::Entry> CatalogueCache::update(const QUrl &server, const QByteArray &objectInfo,
                                                     const Entry &current) const
{
    const CatalogueCache cache = *this;
    return QtConcurrent::run([cache, server, objectInfo, current]() {
        const QByteArray h = hash(objectInfo);
        if (current.catalogue && current.hash == h)
            return current; // the node set is unchanged: nothing to parse
        Entry entry;
        NodeCatalogue::ParseError error;
        auto catalogue = std::make_shared<NodeCatalogue>(NodeCatalogue::fromJson(objectInfo, &error));
        if (!error.message.isEmpty())
            return entry;
        if (!cache.isCurrent(server, objectInfo))
            cache.store(server, objectInfo);
        entry.hash = h;
        entry.catalogue = std::move(catalogue);
        return entry;
    });
}

} // namespace Easel
