#include "objectmembers.h"

#include <cstring>

namespace Easel::Detail {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

} // namespace

ObjectMembers::ObjectMembers(const char *data, qsizetype size)
    : m_data(data)
    , m_size(size)
{}

bool ObjectMembers::fail(Error error)
{
    m_error = error;
    m_errorOffset = m_pos;
    m_done = true;
    return false;
}

void ObjectMembers::skipSpace()
{
    while (m_pos < m_size && isSpace(m_data[m_pos]))
        ++m_pos;
}

bool ObjectMembers::skipString()
{
    ++m_pos; // the opening quote
    for (;;) {
        // memchr finds the next quote fast; a quote is closing unless an odd run of
        // backslashes comes right before it.
        const void *quote = std::memchr(m_data + m_pos, '"', size_t(m_size - m_pos));
        if (!quote) {
            m_pos = m_size;
            return false;
        }
        const qsizetype at = static_cast<const char *>(quote) - m_data;
        qsizetype backslashes = 0;
        while (at - backslashes - 1 >= m_pos && m_data[at - backslashes - 1] == '\\')
            ++backslashes;
        m_pos = at + 1;
        if (backslashes % 2 == 0)
            return true;
    }
}

bool ObjectMembers::skipValue()
{
    if (m_pos >= m_size)
        return false;
    const char first = m_data[m_pos];
    if (first == '"')
        return skipString();
    if (first != '{' && first != '[') {
        // A number or a word: up to the next separator (simdjson judges it).
        while (m_pos < m_size && m_data[m_pos] != ',' && m_data[m_pos] != '}' && !isSpace(m_data[m_pos]))
            ++m_pos;
        return true;
    }
    qsizetype depth = 0;
    while (m_pos < m_size) {
        const char c = m_data[m_pos];
        if (c == '"') {
            if (!skipString())
                return false;
            continue;
        }
        ++m_pos;
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return true;
        }
    }
    return false;
}

bool ObjectMembers::next(qsizetype *begin, qsizetype *end)
{
    if (m_done)
        return false;
    skipSpace();
    if (!m_started) {
        m_started = true;
        if (m_pos >= m_size || m_data[m_pos] != '{')
            return fail(Error::NotAnObject);
        ++m_pos;
        skipSpace();
        if (m_pos < m_size && m_data[m_pos] == '}') {
            ++m_pos;
            skipSpace();
            m_done = true;
            return m_pos < m_size ? fail(Error::TrailingContent) : false;
        }
    } else {
        // After a member: a comma and the next, or the end of the object.
        if (m_pos >= m_size)
            return fail(Error::Unterminated);
        if (m_data[m_pos] == '}') {
            ++m_pos;
            skipSpace();
            m_done = true;
            return m_pos < m_size ? fail(Error::TrailingContent) : false;
        }
        if (m_data[m_pos] != ',')
            return fail(Error::BadSeparator);
        ++m_pos;
        skipSpace();
    }
    if (m_pos >= m_size)
        return fail(Error::Unterminated);
    if (m_data[m_pos] != '"')
        return fail(Error::BadSeparator);
    *begin = m_pos;
    if (!skipString())
        return fail(Error::Unterminated);
    skipSpace();
    if (m_pos >= m_size || m_data[m_pos] != ':')
        return fail(m_pos >= m_size ? Error::Unterminated : Error::BadSeparator);
    ++m_pos;
    skipSpace();
    if (!skipValue())
        return fail(Error::Unterminated);
    *end = m_pos;
    return true;
}

} // namespace Easel::Detail
