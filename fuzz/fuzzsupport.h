#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImageReader>

#include <cstddef>
#include <cstdint>

// One QCoreApplication for the whole fuzzing process (image plugins, translations), and
// the same allocation cap the programs set in main().
inline void easelFuzzInit()
{
    static int argc = 1;
    static char name[] = "easel-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    QImageReader::setAllocationLimit(256);
}

inline QByteArray fuzzBytes(const uint8_t *data, size_t size)
{
    // A deep copy: the parsers must not rely on the fuzzer's buffer outliving the call.
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}
