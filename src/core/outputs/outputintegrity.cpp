#include "outputintegrity.h"

#include <QtEndian>

namespace Easel {

bool looksComplete(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return false;
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return bytes.endsWith(QByteArray::fromRawData("IEND\xae\x42\x60\x82", 8));
    if (bytes.startsWith("\xff\xd8\xff"))
        return bytes.endsWith("\xff\xd9");
    if (bytes.startsWith("RIFF") && bytes.size() >= 8) {
        const quint32 declared = qFromLittleEndian<quint32>(bytes.constData() + 4);
        return quint64(bytes.size()) >= quint64(declared) + 8;
    }
    if (bytes.startsWith("GIF8"))
        return bytes.endsWith(';');
    return true;
}

} // namespace Easel
