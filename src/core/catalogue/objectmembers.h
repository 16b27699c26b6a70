#pragma once

#include <QtGlobal>

namespace Easel::Detail {

// Walks the members of a JSON text's top-level object without parsing their values: for
// each it gives where the member starts (its key's opening quote) and where its value ends.
// The node catalogue parses /object_info one node class at a time with it, so the parser's
// working memory is that of the largest class, not of the whole text (~100 MB on servers
// with many node packs). Only the top level is checked here: each member's text is then
// parsed and validated whole by simdjson.
class ObjectMembers
{
public:
    enum class Error { None, NotAnObject, Unterminated, BadSeparator, TrailingContent };

    ObjectMembers(const char *data, qsizetype size);

    // The next member as [begin, end); false at the end of the object or on an error.
    bool next(qsizetype *begin, qsizetype *end);
    Error error() const { return m_error; }
    qsizetype errorOffset() const { return m_errorOffset; }

private:
    void skipSpace();
    bool skipString();  // at '"': past the closing quote
    bool skipValue();   // past one value (brackets matched by depth only)
    bool fail(Error error);

    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    bool m_started = false;
    bool m_done = false;
    Error m_error = Error::None;
    qsizetype m_errorOffset = -1;
};

} // namespace Easel::Detail
