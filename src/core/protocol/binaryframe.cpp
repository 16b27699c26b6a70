#include "binaryframe.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace Easel::BinaryFrames {

namespace {

ProtocolError shapeError(const char *text)
{
    const QString endpoint = u"WebSocket /ws (binary)"_s;
    return ProtocolError(ProtocolError::Kind::UnexpectedShape, endpoint,
                         QCoreApplication::translate("Easel::ProtocolError",
                                                     "%1: malformed frame: %2")
                             .arg(endpoint, QCoreApplication::translate("Easel::ProtocolError",
                                                                        text)));
}

quint32 readU32(const QByteArray &bytes, qsizetype offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

QString optionalString(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

} // namespace

Result<BinaryFrame> parse(const QByteArray &frame)
{
    // Every frame on the wire has the u32 type and a u32 second word (§3.1).
    if (frame.size() < 8)
        return shapeError(QT_TRANSLATE_NOOP("Easel::ProtocolError",
                                            "shorter than its 8-byte header"));
    BinaryFrame result;
    result.rawType = readU32(frame, 0);
    const quint32 second = readU32(frame, 4);
    switch (result.rawType) {
    case quint32(BinaryFrame::Type::PreviewImage):
        result.type = BinaryFrame::Type::PreviewImage;
        // 1 = JPEG, 2 = PNG; the frontend treats anything else as JPEG.
        result.imageFormat = second == 2 ? BinaryFrame::ImageFormat::Png
                                         : BinaryFrame::ImageFormat::Jpeg;
        result.imageBytes = frame.mid(8);
        return result;
    case quint32(BinaryFrame::Type::Text):
        if (qint64(second) > frame.size() - 8)
            return shapeError(QT_TRANSLATE_NOOP("Easel::ProtocolError",
                                                "node id length past the end"));
        result.type = BinaryFrame::Type::Text;
        result.nodeId = QString::fromUtf8(frame.mid(8, second));
        result.text = QString::fromUtf8(frame.mid(8 + qsizetype(second)));
        return result;
    case quint32(BinaryFrame::Type::PreviewImageWithMetadata): {
        if (qint64(second) > frame.size() - 8)
            return shapeError(QT_TRANSLATE_NOOP("Easel::ProtocolError",
                                                "metadata length past the end"));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(frame.mid(8, second), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return shapeError(QT_TRANSLATE_NOOP("Easel::ProtocolError",
                                                "metadata is not a JSON object"));
        const QJsonObject meta = doc.object();
        result.type = BinaryFrame::Type::PreviewImageWithMetadata;
        result.nodeId = optionalString(meta.value("node_id"_L1));
        result.promptId = optionalString(meta.value("prompt_id"_L1));
        result.displayNodeId = optionalString(meta.value("display_node_id"_L1));
        result.parentNodeId = optionalString(meta.value("parent_node_id"_L1));
        result.realNodeId = optionalString(meta.value("real_node_id"_L1));
        result.imageFormat = meta.value("image_type"_L1).toString() == "image/png"_L1
                                 ? BinaryFrame::ImageFormat::Png
                                 : BinaryFrame::ImageFormat::Jpeg;
        result.imageBytes = frame.mid(8 + qsizetype(second));
        return result;
    }
    default: {
        // Custom nodes may invent types: the caller ignores and counts these.
        ProtocolError error =
            shapeError(QT_TRANSLATE_NOOP("Easel::ProtocolError", "unknown event type"));
        error.setDetail(u"rawType=%1"_s.arg(result.rawType));
        return error;
    }
    }
}

} // namespace Easel::BinaryFrames

bool Easel::BinaryFrames::isUnknownType(const ProtocolError &error)
{
    return error.kind() == ProtocolError::Kind::UnexpectedShape
        && error.detail().startsWith("rawType="_L1);
}
