#include "stringpool.h"

#include <algorithm>

namespace Easel::Detail {

namespace {
const QString &emptyString()
{
    static const QString empty;
    return empty;
}
} // namespace

const QString &StringPool::ref(std::string_view utf8)
{
    if (utf8.empty())
        return emptyString();
    const bool ascii = std::all_of(utf8.begin(), utf8.end(), [](char c) { return (c & 0x80) == 0; });
    if (!ascii) // rare in names: converted first, then found as text
        return ref(QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
    const QLatin1StringView latin1(utf8.data(), qsizetype(utf8.size()));
    const quint32 hash = hashAscii(utf8.data(), utf8.size());
    const qint64 found = m_index.find(hash, [&](quint32 n) { return m_strings[n] == latin1; });
    if (found >= 0)
        return m_strings[size_t(found)];
    m_index.insert(hash, quint32(m_strings.size()), [this](quint32 n) { return hashText(m_strings[n]); });
    return m_strings.append(QString(latin1));
}

const QString &StringPool::ref(const QString &text)
{
    if (text.isEmpty())
        return emptyString();
    const quint32 hash = hashText(text);
    const qint64 found = m_index.find(hash, [&](quint32 n) { return m_strings[n] == text; });
    if (found >= 0)
        return m_strings[size_t(found)];
    m_index.insert(hash, quint32(m_strings.size()), [this](quint32 n) { return hashText(m_strings[n]); });
    return m_strings.append(text);
}

QStringList StringPool::list(QStringList &&list)
{
    if (list.isEmpty())
        return QStringList();
    if (auto it = m_lists.constFind(list); it != m_lists.cend())
        return *it;
    for (QString &item : list)
        item = string(item);
    list.squeeze();
    m_lists.insert(list);
    return std::move(list);
}

QByteArray StringPool::bytes(std::string_view utf8)
{
    const QByteArray raw = QByteArray::fromRawData(utf8.data(), qsizetype(utf8.size()));
    if (auto it = m_bytes.constFind(raw); it != m_bytes.cend())
        return *it;
    const QByteArray copy(utf8.data(), qsizetype(utf8.size()));
    m_bytes.insert(copy);
    return copy;
}

QJsonValue StringPool::value(QJsonValue &&value)
{
    if (!value.isString())
        return std::move(value);
    const QString text = value.toString();
    if (auto it = m_stringValues.constFind(text); it != m_stringValues.cend())
        return *it;
    m_stringValues.insert(string(text), value);
    return std::move(value);
}

QList<bool> StringPool::flags(QList<bool> &&flags)
{
    if (flags.isEmpty())
        return QList<bool>();
    if (auto it = m_flags.constFind(flags); it != m_flags.cend())
        return *it;
    m_flags.insert(flags);
    return std::move(flags);
}

} // namespace Easel::Detail
