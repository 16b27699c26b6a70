#pragma once

#include "result.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace Easel {

// A binary /ws frame split into its parts (comfyui-protocol.md §3.1); the image bytes
// are not decoded here.
struct BinaryFrame
{
    enum class Type : quint32 {
        PreviewImage = 1,
        Text = 3,
        PreviewImageWithMetadata = 4,
    };
    enum class ImageFormat { Jpeg, Png };

    quint32 rawType = 0;
    Type type = Type::PreviewImage;
    ImageFormat imageFormat = ImageFormat::Jpeg;
    QByteArray imageBytes;
    // type 4 metadata; type 3 node id
    QString nodeId;
    QString promptId;
    QString displayNodeId;
    QString parentNodeId;
    QString realNodeId;
    QString text; // type 3
};

namespace BinaryFrames {
// Frames shorter than their header, a metadata length past the end, metadata that is not
// a JSON object: UnexpectedShape errors. An unknown type: an error whose kind is
// UnexpectedShape with rawType kept in detail; callers ignore and count it.
Result<BinaryFrame> parse(const QByteArray &frame);
// True for the error parse() gives for a well-formed frame of a type Easel does not know.
bool isUnknownType(const ProtocolError &error);
} // namespace BinaryFrames

} // namespace Easel

Q_DECLARE_METATYPE(Easel::BinaryFrame)
