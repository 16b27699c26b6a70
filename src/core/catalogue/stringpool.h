#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <unordered_map>

namespace Easel::Detail {

// One shared copy of each string, list and default the node catalogue keeps. /object_info
// repeats itself: type names, input names, and above all the choice lists (every model
// file, in every loader node of every pack) come again and again; Qt's implicit sharing
// lets one copy stand for all. Used by one parse on one thread.
class StringPool
{
public:
    QString string(std::string_view utf8);
    QString string(const QString &text);
    QStringList list(QStringList &&list);
    QByteArray bytes(std::string_view utf8);
    QJsonValue value(QJsonValue &&value);
    QList<bool> flags(QList<bool> &&flags); // output_is_list: nearly always all false

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, QString, Hash, std::equal_to<>> m_strings;
    QSet<QString> m_texts;
    QSet<QStringList> m_lists;
    QSet<QByteArray> m_bytes;
    QHash<QString, QJsonValue> m_stringValues;
    QSet<QList<bool>> m_flags;
};

} // namespace Easel::Detail
