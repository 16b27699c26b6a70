// easel: the desktop app.
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QImageReader>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Easel"));
    QApplication::setOrganizationName(QStringLiteral("Easel"));
    QApplication::setApplicationVersion(QStringLiteral(EASEL_VERSION));
    // Process-wide cap for any QImageReader (MiB); decoders also check sizes themselves.
    QImageReader::setAllocationLimit(256);

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator easelTranslator;
    if (easelTranslator.load(QLocale(), QStringLiteral("easel"), QStringLiteral("_"),
                             QStringLiteral(":/i18n")))
        QApplication::installTranslator(&easelTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Easel, a desktop client for ComfyUI."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("workflow"),
                                 QApplication::translate("main", "An API-format workflow to open."),
                                 QStringLiteral("[workflow]"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"), QApplication::translate("main", "The ComfyUI server's address."),
        QStringLiteral("url"), QStringLiteral("http://127.0.0.1:8188"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), QApplication::translate("main", "Folder for finished outputs."),
        QStringLiteral("dir"));
    parser.addOptions({serverOption, outOption});
    parser.process(app);

    QString outDir = parser.value(outOption);
    if (outDir.isEmpty()) {
        const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        outDir = pictures.isEmpty()
                     ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                           + QStringLiteral("/outputs")
                     : pictures + QStringLiteral("/Easel");
    }

    Easel::MainWindow window(QUrl::fromUserInput(parser.value(serverOption)),
                             QDir(outDir).absolutePath());
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openWorkflow(parser.positionalArguments().constFirst());
    return app.exec();
}
