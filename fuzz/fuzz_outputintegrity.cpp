// libFuzzer target: the checks a downloaded output passes before it is kept
// (outputintegrity.h) and the name it is kept under (safefilename.h). The first byte picks
// the name's extension, the rest is the body; the same bytes also go through the on-disk
// path (outputFileProblem) once in a while, and the body as a server file name.
#include "fuzzsupport.h"
#include "outputintegrity.h"
#include "safefilename.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <array>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    easelFuzzInit();
    static const std::array<const char *, 10> names = {"a.png", "a.webp", "a.jpg", "a.gif", "a.mp4",
                                                       "a.webm", "a.mov", "a.txt", "a", "a.apng"};
    const QByteArray all = fuzzBytes(data, size);
    const QString name = QString::fromLatin1(names[size ? uint8_t(all.at(0)) % names.size() : 0]);
    const QByteArray body = all.mid(1);
    (void)Easel::looksComplete(body);
    const QString problem = Easel::outputBytesProblem(name, body);
    if (size % 64 == 0) {
        static QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("f"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            file.write(body);
            file.close();
            // The file and the memory check must agree.
            if (Easel::outputFileProblem(name, path).isEmpty() != problem.isEmpty())
                __builtin_trap();
        }
    }
    const QString safe = Easel::safeFileName(QString::fromUtf8(body));
    if (safe.isEmpty() || safe.contains(QLatin1Char('/')) || safe.contains(QLatin1Char('\\'))
        || safe.startsWith(QLatin1Char('-')) || safe.startsWith(QLatin1Char('.')))
        __builtin_trap();
    return 0;
}
