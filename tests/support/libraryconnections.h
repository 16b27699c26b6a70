#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The library's connections (LibraryIndex names them "easel-library-N") that belong to the
// calling thread. QSqlDatabase hands a connection out only on the thread that made it, and
// warns on any other: those warnings (workers' and the writer's connections) are expected
// here. A test that finds none on the GUI thread proves the library is opened elsewhere.
inline QStringList libraryConnectionsOfThisThread()
{
    const QtMessageHandler previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    QStringList mine;
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(QStringLiteral("easel-library-")) && QSqlDatabase::database(name, false).isValid())
            mine.append(name);
    }
    qInstallMessageHandler(previous);
    return mine;
}
