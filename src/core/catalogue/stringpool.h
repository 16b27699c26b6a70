#pragma once

#include "cataloguestore.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

#include <string_view>

namespace Easel::Detail {

// One shared copy of each string, list and default the node catalogue keeps. /object_info
// repeats itself: type names, input names, and above all the choice lists (every model
// file, in every loader node of every pack) come again and again; Qt's implicit sharing
// lets one copy stand for all. Used by one parse on one thread.
class StringPool
{
public:
    QString string(std::string_view utf8) { return ref(utf8); }
    QString string(const QString &text) { return ref(text); }
    // The pool's own copy, which stays where it is: what an InputSpec's name refers to.
    const QString &ref(std::string_view utf8);
    const QString &ref(const QString &text);
    // Every string given out, for the catalogue to keep (references stay good).
    StableList<QString, 1024> takeStrings() { return std::move(m_strings); }
    QStringList list(QStringList &&list);
    QByteArray bytes(std::string_view utf8);
    QJsonValue value(QJsonValue &&value);
    QList<bool> flags(QList<bool> &&flags); // output_is_list: nearly always all false

private:
    // Each distinct string once, found by hash without converting an ASCII name first: about
    // 40 bytes a string (issue 17: a map keyed by std::string beside a QSet cost ~140, the
    // biggest part of the parse's transient peak when names do not repeat).
    StableList<QString, 1024> m_strings;
    InternIndex m_index;
    QSet<QStringList> m_lists;
    QSet<QByteArray> m_bytes;
    QHash<QString, QJsonValue> m_stringValues;
    QSet<QList<bool>> m_flags;
};

} // namespace Easel::Detail
