// A second Easel process for tst_outputstore: one OutputStore on the library folder given,
// reading one job's history from the server given and storing its files, then exiting with
// 0 when every file is stored. Two of these at once are two Easel processes (the window and
// an easel-run, or two easel-run) writing one library folder.
//   outputstorepeer <library folder> <server url> <prompt id>
#include "comfyclient.h"
#include "outputstore.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUrl>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: outputstorepeer <library folder> <server url> <prompt id>\n");
        return 2;
    }
    Easel::ComfyClient client{QUrl(args.at(2))};
    Easel::OutputStore store(&client, args.at(1));
    QObject::connect(&store, &Easel::OutputStore::libraryFailed, &app, [&app](const QString &error) {
        std::fprintf(stderr, "cannot open the library: %s\n", qPrintable(error));
        app.exit(3);
    });
    store.open();
    QObject::connect(&store, &Easel::OutputStore::jobSettled, &app,
                     [&app](const QString &, int failures, const QString &lastError) {
                         if (failures > 0)
                             std::fprintf(stderr, "%s\n", qPrintable(lastError));
                         app.exit(failures > 0 ? 1 : 0);
                     });
    store.fetchJob(args.at(3));
    // The test waits for conditions, not for this: it only keeps a lost peer from hanging.
    QTimer::singleShot(60000, &app, [&app] { app.exit(4); });
    return app.exec();
}
