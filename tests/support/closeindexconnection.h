#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Closes the calling thread's open connections to the library index at databasePath and
// says how many. A test that closes the GUI thread's connection proves an action reads the
// index on a worker: a read left on the GUI thread now finds nothing.
inline int closeIndexConnections(const QString &databasePath)
{
    int closed = 0;
    for (const QString &name : QSqlDatabase::connectionNames()) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen() && db.databaseName() == databasePath) {
            db.close();
            ++closed;
        }
    }
    return closed;
}
