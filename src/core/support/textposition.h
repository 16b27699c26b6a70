#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Easel {

// "line L, column C" (1-based, translated) for a byte offset into a text, for every parser
// that reports where a syntax error is: QJsonParseError and simdjson give byte offsets.
inline QString describeTextPosition(const QByteArray &text, qint64 offset)
{
    const qint64 end = qBound<qint64>(0, offset, text.size());
    int line = 1;
    qint64 lineStart = 0;
    for (qint64 i = 0; i < end; ++i) {
        if (text.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return QCoreApplication::translate("Easel::TextPosition", "line %1, column %2")
        .arg(line)
        .arg(end - lineStart + 1);
}

// Node ids in server order: numbers in practice ("10" after "9"), but subgraph ids ("5:3")
// are not, so numeric ids sort first by value, the rest as text.
inline bool nodeIdLess(const QString &a, const QString &b)
{
    bool okA = false;
    bool okB = false;
    const qlonglong na = a.toLongLong(&okA);
    const qlonglong nb = b.toLongLong(&okB);
    if (okA && okB)
        return na < nb;
    if (okA != okB)
        return okA;
    return a < b;
}

} // namespace Easel
