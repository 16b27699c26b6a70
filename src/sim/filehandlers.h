#pragma once

#include "httpreply.h"

#include <QUrlQuery>

namespace Easel::Sim {

class MaskCompositor;

// GET /view and POST /upload/image|mask (server.py:view_image, image_upload).
class FileHandlers
{
public:
    // compositor: /upload/mask's composition (and its cache of originals); may be null
    // when only /view and /upload/image are served.
    explicit FileHandlers(const QString &dataDir, MaskCompositor *compositor = nullptr)
        : m_dataDir(dataDir)
        , m_compositor(compositor)
    {
    }
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
    MaskCompositor *m_compositor = nullptr;
};

} // namespace Easel::Sim
