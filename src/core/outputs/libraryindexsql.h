#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <initializer_list>

QT_BEGIN_NAMESPACE
class QSqlQuery;
QT_END_NAMESPACE

// What the files of LibraryIndex share to bind and read values (libraryindex.cpp).
namespace Easel::IndexSql {

qint64 toMs(const QDateTime &time);
QString notNull(const QString &text);
void bindAll(QSqlQuery &query, std::initializer_list<QVariant> values);
QDateTime fromMs(qint64 ms);

} // namespace Easel::IndexSql
