#pragma once

#include "nodecatalogue.h"

#include <QByteArray>
#include <QFuture>
#include <QString>
#include <QUrl>

#include <memory>

namespace Easel {

// The last /object_info of each server, kept on disk so that Easel shows a workflow's
// editors at once on the next start and parses the catalogue again only when the server's
// node set changed. One file per server URL under QStandardPaths::CacheLocation: a header
// line with the SHA-256 of the body, then /object_info's bytes exactly as received,
// written with QSaveFile. A file whose body does not match its hash is ignored.
class CatalogueCache
{
public:
    struct Entry
    {
        QByteArray hash; // SHA-256 of the raw bytes (hex); empty when nothing is cached
        std::shared_ptr<const NodeCatalogue> catalogue;
    };

    // directory: where the files go; empty means <CacheLocation>/object_info.
    explicit CatalogueCache(const QString &directory = {});

    QString directory() const { return m_directory; }
    QString fileFor(const QUrl &server) const;
    static QByteArray hash(const QByteArray &objectInfo);

    // The raw bytes cached for a server (empty when none or corrupt), and their hash.
    QByteArray read(const QUrl &server, QByteArray *hash = nullptr) const;
    bool store(const QUrl &server, const QByteArray &objectInfo, QString *error = nullptr) const;
    bool remove(const QUrl &server) const;
    // True when the server's /object_info is byte-for-byte the cached one.
    bool isCurrent(const QUrl &server, const QByteArray &objectInfo) const;

    // Reads and parses the cached catalogue on a worker thread (never the GUI thread):
    // an empty Entry when nothing usable is cached.
    QFuture<Entry> load(const QUrl &server) const;
    // Parses fresh bytes on a worker thread and stores them when they changed; when they
    // equal `current`'s hash the current catalogue is returned without parsing.
    QFuture<Entry> update(const QUrl &server, const QByteArray &objectInfo, const Entry &current = {}) const;

private:
    QString m_directory;
};

} // namespace Easel
