#include "outputintegrity.h"

#include <QCoreApplication>
#include <QFile>
#include <QtEndian>

#include <array>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

const QByteArray pngSignature = QByteArrayLiteral("\x89PNG\r\n\x1a\n");

// The first bytes of every format the checks below recognise. A body that is a strict
// prefix of one of them (but not empty) is the start of such a file and nothing more.
bool isTruncatedSignature(const QByteArray &bytes)
{
    static const std::array<QByteArray, 5> signatures = {
        pngSignature, QByteArrayLiteral("\xff\xd8\xff"), QByteArrayLiteral("RIFF"),
        QByteArrayLiteral("GIF8"), QByteArrayLiteral("\x1a\x45\xdf\xa3")};
    for (const QByteArray &signature : signatures) {
        if (bytes.size() < signature.size() && signature.startsWith(bytes))
            return true;
    }
    return false;
}

bool isIsoMedia(const QByteArray &bytes)
{
    // ISO base media (MP4, MOV, M4V): a box size, then "ftyp" as the first box.
    return bytes.size() >= 12 && bytes.mid(4, 4) == "ftyp";
}

// The checks need only the first and last bytes and the size, so a file streamed to disk
// is checked without reading it whole.
struct Sample
{
    QByteArray head; // up to headBytes
    QByteArray tail; // up to tailBytes
    qint64 size = 0;
};
constexpr qsizetype headBytes = 64;
constexpr qsizetype tailBytes = 16;

Sample sampleOf(const QByteArray &bytes)
{
    return {bytes.left(headBytes), bytes.right(tailBytes), bytes.size()};
}

bool complete(const Sample &s)
{
    const QByteArray &head = s.head;
    if (s.size == 0 || (s.size == head.size() && isTruncatedSignature(head)))
        return false;
    if (head.startsWith(pngSignature))
        return s.tail.endsWith(QByteArray::fromRawData("IEND\xae\x42\x60\x82", 8));
    if (head.startsWith("\xff\xd8\xff"))
        return s.tail.endsWith("\xff\xd9");
    if (head.startsWith("RIFF")) {
        if (head.size() < 12)
            return false;
        const quint32 declared = qFromLittleEndian<quint32>(head.constData() + 4);
        return quint64(s.size) >= quint64(declared) + 8;
    }
    if (head.startsWith("GIF8"))
        return s.tail.endsWith(';');
    return true;
}

// lupdate files tr() calls by the class they are made from; a free helper would file these
// strings under the namespace, where the translation is never looked up.
struct OutputIntegrityText
{
    Q_DECLARE_TR_FUNCTIONS(Easel::OutputIntegrity)
};

QString problem(const QString &fileName, const Sample &s)
{
    const QString lower = fileName.toLower();
    const auto endsWith = [&](std::initializer_list<QLatin1StringView> suffixes) {
        for (QLatin1StringView suffix : suffixes) {
            if (lower.endsWith(suffix))
                return true;
        }
        return false;
    };
    const QByteArray &head = s.head;
    bool matches = true;
    if (endsWith({".png"_L1, ".apng"_L1}))
        matches = head.startsWith(pngSignature);
    else if (endsWith({".webp"_L1}))
        matches = head.startsWith("RIFF") && head.mid(8, 4) == "WEBP";
    else if (endsWith({".jpg"_L1, ".jpeg"_L1}))
        matches = head.startsWith("\xff\xd8\xff");
    else if (endsWith({".gif"_L1}))
        matches = head.startsWith("GIF8");
    else if (endsWith({".mp4"_L1, ".mov"_L1, ".m4v"_L1}))
        matches = isIsoMedia(head);
    else if (endsWith({".webm"_L1, ".mkv"_L1}))
        matches = head.startsWith("\x1a\x45\xdf\xa3");
    if (!matches) {
        return OutputIntegrityText::tr("%1 is not what its name says: %2 bytes that do not start with its "
                  "format's signature")
            .arg(fileName)
            .arg(s.size);
    }
    if (!complete(s))
        return OutputIntegrityText::tr("The download of %1 was cut short (%2 bytes)").arg(fileName).arg(s.size);
    return {};
}

} // namespace

bool looksComplete(const QByteArray &bytes)
{
    return complete(sampleOf(bytes));
}

QString outputBytesProblem(const QString &fileName, const QByteArray &bytes)
{
    return problem(fileName, sampleOf(bytes));
}

QString outputFileProblem(const QString &fileName, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return QCoreApplication::translate("Easel::OutputIntegrity", "Cannot read %1: %2")
            .arg(path, file.errorString());
    }
    const qint64 size = file.size();
    if (size <= headBytes + tailBytes)
        return problem(fileName, sampleOf(file.readAll()));
    Sample s;
    s.size = size;
    s.head = file.read(headBytes);
    if (file.seek(size - tailBytes))
        s.tail = file.read(tailBytes);
    return problem(fileName, s);
}

} // namespace Easel
