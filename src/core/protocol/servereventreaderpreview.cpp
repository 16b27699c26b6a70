// ServerEventReader's preview headers: a binary frame's type word and metadata, read on the
// socket's thread without copying the image.
#include "servereventreader_p.h"

#include <QtEndian>

namespace Easel {

std::optional<BinaryFrame> ServerEventReader::readPreviewHeader(const QByteArray &frame, qsizetype *imageOffset)
{
    if (frame.size() < 8)
        return std::nullopt;
    BinaryFrame result;
    result.rawType = qFromBigEndian<quint32>(frame.constData());
    const quint32 second = qFromBigEndian<quint32>(frame.constData() + 4);
    if (result.rawType == quint32(BinaryFrame::Type::PreviewImage)) {
        result.type = BinaryFrame::Type::PreviewImage;
        result.imageFormat = second == 2 ? BinaryFrame::ImageFormat::Png : BinaryFrame::ImageFormat::Jpeg;
        *imageOffset = 8;
        return result;
    }
    if (result.rawType != quint32(BinaryFrame::Type::PreviewImageWithMetadata) || qint64(second) > frame.size() - 8
        || qint64(second) > maxCommonBytes)
        return std::nullopt;
    result.type = BinaryFrame::Type::PreviewImageWithMetadata;
    d->padded.assign(frame.constData() + 8, second);
    d->padded.resize(size_t(second) + simdjson::SIMDJSON_PADDING);
    element root;
    if (!d->parse(second, &root) || root.type() != element_type::OBJECT)
        return std::nullopt;
    // As BinaryFrames::parse reads it: a string or empty; image_type "image/png" or JPEG.
    StringCache &strings = d->strings;
    const bool read = forEachField(root, [&](std::string_view key, element value) {
        if (key == "node_id")
            return readString(strings, value, &result.nodeId);
        if (key == "prompt_id")
            return readString(strings, value, &result.promptId);
        if (key == "display_node_id")
            return readString(strings, value, &result.displayNodeId);
        if (key == "parent_node_id")
            return readString(strings, value, &result.parentNodeId);
        if (key == "real_node_id")
            return readString(strings, value, &result.realNodeId);
        if (key == "image_type") {
            std::string_view type;
            const bool png = value.type() == element_type::STRING && value.get_string().get(type) == simdjson::SUCCESS
                             && type == "image/png";
            result.imageFormat = png ? BinaryFrame::ImageFormat::Png : BinaryFrame::ImageFormat::Jpeg;
        }
        return true;
    });
    if (!read)
        return std::nullopt;
    *imageOffset = 8 + qsizetype(second);
    return result;
}

bool ServerEventReader::sameAsReference(const BinaryFrame &a, const BinaryFrame &b)
{
    return a.rawType == b.rawType && a.type == b.type && a.imageFormat == b.imageFormat && a.nodeId == b.nodeId
           && a.promptId == b.promptId && a.displayNodeId == b.displayNodeId && a.parentNodeId == b.parentNodeId
           && a.realNodeId == b.realNodeId && a.text == b.text;
}

} // namespace Easel
