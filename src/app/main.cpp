// easel: the desktop app.
#include "kioskconfigwriter.h"
#include "kioskcontroller.h"
#include "kioskpin.h"
#include "kioskpolicy.h"
#include "applicationprofiles.h"
#include "commandlinepath.h"
#include "connectionprofile.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "serverchoice.h"
#include "settings.h"
#include "singleinstance.h"
#include "theme.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QImageReader>
#include <QUrl>

#include <cstdio>
#include <iostream>
#include <string>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

void printMessage(const QString &message)
{
    std::fprintf(stderr, "easel: %s\n", qPrintable(message));
}

// --profile NAME: the saved profile with its secrets (from the keychain), or nothing after
// saying why.
std::optional<Easel::ConnectionProfile> loadProfile(const QString &name)
{
    Easel::ApplicationProfiles profiles;
    if (!profiles.store()->contains(name)) {
        const QStringList known = profiles.store()->names();
        printMessage(QCoreApplication::translate("main", "no connection profile named “%1” (saved: %2)")
                         .arg(name, known.isEmpty() ? QCoreApplication::translate("main", "none")
                                                    : known.join(u", "_s)));
        return std::nullopt;
    }
    std::optional<Easel::ConnectionProfile> result;
    QEventLoop loop; // the keychain answers asynchronously (and gives up after a timeout)
    profiles.store()->load(name, [&](const Easel::ProfileStore::LoadResult &loaded) {
        if (!loaded.warning.isEmpty())
            printMessage(loaded.warning);
        result = loaded.profile;
        loop.quit();
    });
    loop.exec();
    return result;
}

// --help and --version only print: answer them without a display (QCoreApplication).
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-v"
            || argument == "--version" || argument == "--kiosk-hash-pin")
            return true;
    }
    return false;
}

// --kiosk-hash-pin: the PIN from the first line of standard input (so it is in no shell
// history or process list), refused when it is easy to guess, its Argon2id hash on
// standard output, or with --kiosk-config FILE written into that file (0640).
int printPinHash(const QString &configPath)
{
    std::string line;
    std::getline(std::cin, line);
    const QString pin = QString::fromUtf8(line).trimmed();
    const QString weakness = Easel::KioskPin::weakness(pin);
    if (!weakness.isEmpty()) {
        printMessage(weakness);
        return 2;
    }
    const QString hash = Easel::KioskPin::hash(pin);
    if (hash.isEmpty()) {
        printMessage(QCoreApplication::translate("main", "the PIN could not be hashed (out of memory?)"));
        return 1;
    }
    if (configPath.isEmpty()) {
        std::printf("%s\n", qPrintable(hash));
        return 0;
    }
    QString error;
    if (!Easel::KioskConfigWriter::setPinHash(configPath, hash, &error)) {
        printMessage(QCoreApplication::translate("main", "%1: %2").arg(configPath, error));
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    const bool textOnly = onlyPrints(argc, argv);
    std::unique_ptr<QCoreApplication> app = textOnly
                                                ? std::make_unique<QCoreApplication>(argc, argv)
                                                : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(u"Easel"_s);
    QCoreApplication::setOrganizationName(u"Easel"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(EASEL_VERSION));
    // Process-wide cap for any QImageReader (MiB); decoders also check sizes themselves.
    QImageReader::setAllocationLimit(256);

    Easel::Settings settings;
    Easel::Translations::setLanguage(settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Easel, a desktop client for ComfyUI."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        u"files"_s,
        QCoreApplication::translate("main", "API-format workflows (.json) or images to open."),
        u"[files...]"_s);
    const QCommandLineOption serverOption(
        u"server"_s,
        QCoreApplication::translate("main",
                                    "The ComfyUI server's address (default: from the "
                                    "preferences, else %1). Repeat it, or add --profile, "
                                    "to use several servers together as a render farm.")
            .arg(Easel::Settings::defaultServerUrl().toString()),
        u"url"_s);
    const QCommandLineOption outOption(
        u"out"_s, QCoreApplication::translate("main", "Folder for finished outputs."), u"dir"_s);
    const QCommandLineOption profileOption(
        u"profile"_s,
        QCoreApplication::translate("main", "Use the named connection profile (Server → Connections…). "
                                            "Repeat it to use several servers together as a "
                                            "render farm."),
        u"name"_s);
    const QCommandLineOption kioskOption(
        u"kiosk"_s,
        QCoreApplication::translate("main", "Start in kiosk mode (see docs/kiosk.md)."));
    const QCommandLineOption hashPinOption(
        u"kiosk-hash-pin"_s,
        QCoreApplication::translate("main",
                                    "Read a PIN (6 characters or more, not easy to guess) from "
                                    "standard input and print its Argon2id hash for kiosk.conf's "
                                    "admin_pin."));
    const QCommandLineOption kioskConfigOption(
        u"kiosk-config"_s,
        QCoreApplication::translate("main",
                                    "With --kiosk-hash-pin: write the hash into this kiosk.conf "
                                    "instead (readable by its owner and group only)."),
        u"file"_s);
    parser.addOptions({serverOption, outOption, profileOption, kioskOption, hashPinOption, kioskConfigOption});
    parser.process(*app);
    if (textOnly)
        return parser.isSet(hashPinOption) ? printPinHash(parser.value(kioskConfigOption))
                                           : 0; // else process() has exited

    const QString profile = parser.value(profileOption);
    const QStringList profileNames = parser.values(profileOption);
    const QStringList serverTexts = parser.values(serverOption);
    // Kiosk mode: --kiosk, or the system-wide policy file (which the user cannot change).
    const Easel::KioskPolicy kiosk = Easel::KioskPolicy::load(Easel::KioskPolicy::configPath());
    const bool kioskMode = parser.isSet(kioskOption) || kiosk.isEnabled();
    if (kioskMode) {
        for (const QString &problem : kiosk.problems())
            printMessage(u"%1: %2"_s.arg(kiosk.path(), problem));
        if (kiosk.approvedWorkflows().isEmpty())
            printMessage(QCoreApplication::translate("main", "kiosk mode: no approved workflows in “%1”")
                             .arg(kiosk.workflowFolder()));
    }

    // Two or more addresses (--server and --profile, repeated or mixed) make a render farm:
    // each server keeps its own profile's headers, certificate and key, so no secret goes to
    // another address. Without either option, a farm chosen in Server → Connections… is used.
    // A kiosk's administrator-set server wins over both.
    Easel::ServerChoices farm;
    const bool kioskServer = kioskMode && kiosk.server().isValid();
    if (profileNames.size() + serverTexts.size() >= 2 && !kioskServer) {
        for (const QString &name : profileNames) {
            const std::optional<Easel::ConnectionProfile> chosen = loadProfile(name);
            if (!chosen)
                return 2;
            farm.append({chosen->serverUrl(), chosen->transportOptions(), chosen->name});
        }
        for (const QString &text : serverTexts) {
            const QUrl url = QUrl::fromUserInput(text);
            if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1)) {
                printMessage(QCoreApplication::translate("main", "not an http(s) server address: %1").arg(text));
                return 2;
            }
            farm.append({url, {}, {}});
        }
    } else if (profileNames.isEmpty() && serverTexts.isEmpty() && !kioskServer) {
        Easel::ApplicationProfiles profiles;
        const QStringList saved = profiles.store()->isFarmEnabled() ? profiles.store()->farmProfiles()
                                                                    : QStringList();
        for (const QString &name : saved) {
            // A saved member that cannot be read is left out, not the whole farm.
            if (const std::optional<Easel::ConnectionProfile> chosen = loadProfile(name))
                farm.append({chosen->serverUrl(), chosen->transportOptions(), chosen->name});
        }
        if (farm.size() < 2)
            farm.clear();
    }
    // One server named twice (host:8188 and host:8188/) would take two places in the farm.
    const auto sameServer = [](QUrl a, QUrl b) {
        for (QUrl *url : {&a, &b}) {
            if (url->path().isEmpty())
                url->setPath(u"/"_s);
        }
        return a.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments)
               == b.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    };
    for (qsizetype i = 0; i < farm.size(); ++i) {
        for (qsizetype j = 0; j < i; ++j) {
            if (sameServer(farm.at(i).url, farm.at(j).url)) {
                printMessage(QCoreApplication::translate("main", "the same server is named twice: %1")
                                 .arg(farm.at(i).url.toString()));
                return 2;
            }
        }
    }

    QUrl server = settings.serverUrl();
    // A profile brings its address, headers, pinned certificate and API key; its secrets must
    // not go to any other address, so --server cannot be combined with it.
    QUrl profileServer;
    Easel::TransportOptions transport;
    if (parser.isSet(profileOption) && farm.isEmpty()) {
        if (parser.isSet(serverOption)) {
            printMessage(QCoreApplication::translate("main", "use either --server or --profile"));
            return 2;
        }
        const std::optional<Easel::ConnectionProfile> chosen = loadProfile(profile);
        if (!chosen)
            return 2;
        server = profileServer = chosen->serverUrl();
        transport = chosen->transportOptions();
    }
    if (parser.isSet(serverOption) && farm.isEmpty()) {
        server = QUrl::fromUserInput(parser.value(serverOption));
        if (!server.isValid() || (server.scheme() != "http"_L1 && server.scheme() != "https"_L1)) {
            printMessage(QCoreApplication::translate("main", "not an http(s) server address: %1")
                             .arg(parser.value(serverOption)));
            return 2;
        }
    }
    if (kioskMode && kiosk.server().isValid())
        server = kiosk.server(); // the administrator's server, whatever else was asked
    const QString outDir = kioskMode && !kiosk.outputFolder().isEmpty() ? kiosk.outputFolder()
                           : parser.isSet(outOption) ? QDir(parser.value(outOption)).absolutePath()
                                                   : settings.effectiveOutputDirectory();
    QStringList files;
    for (const QString &decoded : parser.positionalArguments()) {
        // The bytes the system gave, also when they are not UTF-8 (a Latin-1 name).
        const QString argument = Easel::commandLinePath(argc, argv, decoded);
        const QUrl url(argument);
        files.append(url.isLocalFile() ? url.toLocalFile()
                                       : QFileInfo(argument).absoluteFilePath());
    }

    // A second `easel FILE` hands FILE to the running window and exits.
    // A farm named on the command line is a window of its own, like a profile.
    Easel::SingleInstance instance(Easel::SingleInstance::keyFor(
        farm.isEmpty() || profileNames.size() + serverTexts.size() < 2 ? profile
                                                                        : (profileNames + serverTexts).join(u'\n')));
    if (settings.singleInstance() && !instance.listen()) {
        if (instance.forward(files))
            return 0;
        printMessage(QCoreApplication::translate(
            "main", "another Easel is running but does not answer; opening a new window."));
    }

    // Wayland's app id and the taskbar's match with the installed .desktop file.
    QGuiApplication::setDesktopFileName(Easel::Theme::applicationId());
    Easel::Theme::installIcons();
    Easel::Theme::apply(settings.theme());

    const std::unique_ptr<Easel::MainWindow> windowOwner =
        farm.isEmpty() ? std::make_unique<Easel::MainWindow>(server, outDir, nullptr,
                                                             server == profileServer ? transport
                                                                                     : Easel::TransportOptions())
                       : std::make_unique<Easel::MainWindow>(farm, outDir);
    Easel::MainWindow &window = *windowOwner;
    QObject::connect(&instance,
                     &Easel::SingleInstance::filesReceived,
                     &window,
                     [&window, kioskMode](const QStringList &paths) {
                         for (const QString &path : paths) {
                             if (!kioskMode) // a kiosk opens only approved workflows
                                 window.openWorkflow(path);
                         }
                         if (window.isMinimized() && kioskMode)
                             window.showFullScreen();
                         else if (window.isMinimized())
                             window.showNormal();
                         window.raise();
                         window.activateWindow();
                     });
    std::unique_ptr<Easel::KioskController> kioskController;
    if (kioskMode) {
        kioskController = std::make_unique<Easel::KioskController>(&window, kiosk);
        QObject::connect(kioskController.get(), &Easel::KioskController::adminQuitRequested, app.get(),
                         [] { QCoreApplication::exit(Easel::KioskController::adminExitCode); });
        kioskController->show();
        return app->exec();
    }
    window.show();
    for (const QString &path : std::as_const(files))
        window.openWorkflow(path);
    return app->exec();
}
