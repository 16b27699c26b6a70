#pragma once

#include "httpreply.h"

#include <QUrlQuery>

namespace Easel::Sim {

// GET /view and POST /upload/image|mask (server.py:view_image, image_upload).
class FileHandlers
{
public:
    explicit FileHandlers(const QString &dataDir) : m_dataDir(dataDir) {}
    HttpReply view(const QUrlQuery &query) const;
    HttpReply upload(const QByteArray &contentType, const QByteArray &body, bool mask) const;

    struct Part
    {
        QByteArray name;
        QByteArray fileName;
        bool hasFileName = false;
        QByteArray data;
    };
    // multipart/form-data, split by hand (Qt has no server-side parser).
    static QList<Part> parseMultipart(const QByteArray &contentType, const QByteArray &body, bool *ok);

private:
    int writeMaskComposite(const QByteArray &originalRefJson, const QByteArray &maskBytes, const QString &path) const;

    QString m_dataDir;
};

} // namespace Easel::Sim
