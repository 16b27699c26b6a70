#include "filehandlers.h"

#include "maskcompositor.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>

using namespace Qt::StringLiterals;

namespace Easel::Sim {

static bool isInside(const QString &base, const QString &path)
{
    const QString b = QDir::cleanPath(base);
    const QString p = QDir::cleanPath(path);
    return p == b || p.startsWith(b + u'/');
}

HttpReply FileHandlers::view(const QUrlQuery &query) const
{
    if (!query.hasQueryItem(u"filename"_s))
        return HttpReply::empty(404);
    QString filename = query.queryItemValue(u"filename"_s, QUrl::FullyDecoded);
    QString type = query.hasQueryItem(u"type"_s) ? query.queryItemValue(u"type"_s, QUrl::FullyDecoded) : u"output"_s;
    for (const QString &annotation : {u"output"_s, u"input"_s, u"temp"_s}) {
        const QString suffix = u" ["_s + annotation + u']';
        if (filename.endsWith(suffix)) {
            filename.chop(suffix.size());
            type = annotation;
        }
    }
    if (filename.isEmpty())
        return HttpReply::empty(400);
    if (filename.startsWith(u'/') || filename.contains(".."_L1))
        return HttpReply::empty(400);
    if (type != "output"_L1 && type != "input"_L1 && type != "temp"_L1)
        return HttpReply::empty(400);
    const QString base = m_dataDir + u'/' + type;
    QString directory = base;
    const QString subfolder = query.queryItemValue(u"subfolder"_s, QUrl::FullyDecoded);
    if (!subfolder.isEmpty()) {
        directory = subfolder.startsWith(u'/') ? subfolder : base + u'/' + subfolder;
        if (!isInside(base, directory))
            return HttpReply::empty(403);
    }
    const QString path = QDir(directory).filePath(QFileInfo(filename).fileName());
    if (m_compositor)
        m_compositor->settle(path); // a mask composite still being written
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return HttpReply::empty(404);
    HttpReply reply;
    reply.body = file.readAll();
    QByteArray mime = QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchExtension).name().toLatin1();
    if (mime.isEmpty() || mime == "application/x-zerosize" || mime.startsWith("text/html") || mime == "text/css"
        || mime == "application/xhtml+xml" || mime == "text/javascript" || mime == "application/javascript")
        mime = "application/octet-stream";
    reply.contentType = mime;
    reply.headers.append({QByteArrayLiteral("Content-Disposition"), QByteArray("filename=\"" + QFileInfo(path).fileName().toUtf8() + '"')});
    reply.headers.append({QByteArrayLiteral("Accept-Ranges"), QByteArrayLiteral("bytes")});
    const QFileInfo info(path);
    reply.headers.append({QByteArrayLiteral("Etag"), QByteArray('"' + QByteArray::number(info.lastModified().toMSecsSinceEpoch(), 16) + '-'
                                      + QByteArray::number(info.size(), 16) + '"')});
    return reply;
}

QList<FileHandlers::Part> FileHandlers::parseMultipart(const QByteArray &contentType, const QByteArray &body, bool *ok)
{
    QList<Part> parts;
    *ok = false;
    const qsizetype b = contentType.indexOf("boundary=");
    if (b < 0)
        return parts;
    QByteArray boundary = contentType.mid(b + 9);
    if (const qsizetype semi = boundary.indexOf(';'); semi >= 0)
        boundary.truncate(semi);
    boundary = boundary.trimmed();
    if (boundary.startsWith('"') && boundary.endsWith('"') && boundary.size() >= 2)
        boundary = boundary.mid(1, boundary.size() - 2);
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0)
        return parts;
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            break;
        if (body.mid(pos, 2) == "\r\n")
            pos += 2;
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", pos);
        if (headerEnd < 0)
            return parts;
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), headerEnd + 4);
        if (next < 0)
            return parts;
        Part part;
        const QList<QByteArray> headers = body.mid(pos, headerEnd - pos).split('\n');
        for (const QByteArray &rawHeader : headers) {
            const QByteArray header = rawHeader.trimmed();
            if (!header.toLower().startsWith("content-disposition:"))
                continue;
            const QList<QByteArray> params = header.mid(20).split(';');
            for (const QByteArray &rawParam : params) {
                const QByteArray param = rawParam.trimmed();
                const qsizetype eq = param.indexOf('=');
                if (eq < 0)
                    continue;
                const QByteArray key = param.left(eq).trimmed().toLower();
                QByteArray value = param.mid(eq + 1).trimmed();
                if (value.startsWith('"') && value.endsWith('"') && value.size() >= 2)
                    value = value.mid(1, value.size() - 2);
                if (key == "name")
                    part.name = value;
                else if (key == "filename") {
                    part.fileName = value;
                    part.hasFileName = true;
                }
            }
        }
        part.data = body.mid(headerEnd + 4, next - headerEnd - 4);
        parts.append(part);
        pos = next + 2;
    }
    *ok = true;
    return parts;
}

// server.py upload_mask's image_save_function: original_ref's image, converted to RGBA,
// takes the uploaded PNG's alpha (its colour stays under alpha 0) and keeps its PNG text
// (MaskCompositor). Like the server, a reference it cannot resolve writes nothing and still
// answers 200 (image_upload ignores the 400/403 image_save_function returns); a mask that
// cannot be read or is not of the image's size raises there (500).
int FileHandlers::writeMaskComposite(const QByteArray &originalRefJson, const QByteArray &maskBytes,
                                      const QString &path) const
{
    const QJsonObject ref = QJsonDocument::fromJson(originalRefJson).object();
    QString filename = ref.value("filename"_L1).toString();
    QString type = ref.value("type"_L1).toString(u"output"_s);
    for (const QString &annotation : {u"output"_s, u"input"_s, u"temp"_s}) {
        const QString suffix = u" ["_s + annotation + u']';
        if (filename.endsWith(suffix)) {
            filename.chop(suffix.size());
            type = annotation;
        }
    }
    if (filename.isEmpty() || filename.startsWith(u'/') || filename.contains(".."_L1))
        return 200;
    if (type != "output"_L1 && type != "input"_L1 && type != "temp"_L1)
        return 200;
    const QString base = m_dataDir + u'/' + type;
    QString directory = base;
    const QString subfolder = ref.value("subfolder"_L1).toString();
    if (!subfolder.isEmpty()) {
        directory = QDir::cleanPath(base + u'/' + subfolder);
        if (!isInside(base, directory))
            return 200;
    }
    const QString originalPath = QDir(directory).filePath(filename);
    if (m_compositor)
        m_compositor->settle(originalPath);
    if (!QFileInfo(originalPath).isFile())
        return 200;
    if (!m_compositor)
        return MaskCompositor().compose(originalPath, maskBytes, path) == MaskCompositor::Result::Written ? 200 : 500;
    // The answer once the headers agree; the 64 MB composite is written after it.
    return m_compositor->defer(originalPath, maskBytes, path) == MaskCompositor::Result::Written ? 200 : 500;
}

HttpReply FileHandlers::upload(const QByteArray &contentType, const QByteArray &body, bool mask) const
{
    bool ok = false;
    const QList<Part> parts = parseMultipart(contentType, body, &ok);
    if (!ok)
        return HttpReply::serverError();
    const Part *image = nullptr;
    QString type = u"input"_s;
    QString subfolder;
    bool overwrite = false;
    const Part *originalRef = nullptr;
    for (const Part &p : parts) {
        if (p.name == "original_ref")
            originalRef = &p;
        if (p.name == "image")
            image = &p;
        else if (p.name == "type")
            type = QString::fromUtf8(p.data);
        else if (p.name == "subfolder")
            subfolder = QString::fromUtf8(p.data);
        else if (p.name == "overwrite")
            overwrite = p.data == "true" || p.data == "1";
    }
    if (!image || !image->hasFileName || image->fileName.isEmpty())
        return HttpReply::empty(400);
    if (mask && !originalRef)
        return HttpReply::serverError(); // json.loads(None) raises
    if (type.isEmpty())
        type = u"input"_s;
    if (type != "input"_L1 && type != "temp"_L1 && type != "output"_L1)
        return HttpReply::serverError();
    const QString base = m_dataDir + u'/' + type;
    const QString folder = QDir::cleanPath(base + u'/' + subfolder);
    if (!isInside(base, folder))
        return HttpReply::empty(400);
    QString name = QFileInfo(QString::fromUtf8(image->fileName)).fileName();
    QDir().mkpath(folder);
    QString path = folder + u'/' + name;
    bool write = true;
    if (!overwrite) {
        const QString stem = QFileInfo(name).completeBaseName();
        const QString suffix = QFileInfo(name).suffix();
        auto exists = [this](const QString &candidate) {
            if (m_compositor)
                m_compositor->settle(candidate);
            return QFileInfo::exists(candidate);
        };
        for (int i = 1; exists(path); ++i) {
            QFile existing(path);
            if (existing.open(QIODevice::ReadOnly)
                && QCryptographicHash::hash(existing.readAll(), QCryptographicHash::Sha256)
                    == QCryptographicHash::hash(image->data, QCryptographicHash::Sha256)) {
                write = false;
                break;
            }
            name = u"%1 (%2)%3"_s.arg(stem).arg(i).arg(suffix.isEmpty() ? QString() : u"."_s + suffix);
            path = folder + u'/' + name;
        }
    }
    if (write && mask) {
        if (writeMaskComposite(originalRef->data, image->data, path) != 200)
            return HttpReply::serverError();
    } else if (write) {
        if (m_compositor)
            m_compositor->settle(path); // an overwritten file may be a pending composite's original
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(image->data) != image->data.size())
            return HttpReply::serverError();
    }
    JsonTree result = JsonTree::object();
    result.insert(u"name"_s, JsonTree::fromString(name));
    result.insert(u"subfolder"_s, JsonTree::fromString(subfolder));
    result.insert(u"type"_s, JsonTree::fromString(type));
    return HttpReply::json(result);
}

} // namespace Easel::Sim
