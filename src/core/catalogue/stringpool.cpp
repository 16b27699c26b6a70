#include "stringpool.h"

namespace Easel::Detail {

QString StringPool::string(std::string_view utf8)
{
    if (utf8.empty())
        return QString();
    if (auto it = m_strings.find(utf8); it != m_strings.end())
        return it->second;
    QString text = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    text = string(text); // the same text may have come through string(QString)
    m_strings.emplace(std::string(utf8), text);
    return text;
}

QString StringPool::string(const QString &text)
{
    if (text.isEmpty())
        return QString();
    if (auto it = m_texts.constFind(text); it != m_texts.cend())
        return *it;
    m_texts.insert(text);
    return text;
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
