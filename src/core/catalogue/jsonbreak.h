#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Easel {

// Where a JSON text breaks, found by following its strings and brackets alone: a string
// that never closes (the file ends inside it: reported where it opened), a bracket that
// closes nothing or the wrong thing, or a file that ends with brackets still open. A
// parser that stops at its first pass (simdjson reports offset 0 for an unclosed string)
// says nothing so precise; other mistakes (a missing comma, a bad word) are left to it.
struct JsonBreak
{
    qint64 offset = 0;
    QString message; // "line L, column C: …", translated
};

std::optional<JsonBreak> locateJsonBreak(const QByteArray &text);

} // namespace Easel
